// Comparing two models: declarations match by id (the JSON pointer of their schema, so by the
// $defs / components key, and a hoisted declaration by where it stands), properties by wire name.
// Every difference becomes a Change with its pointer in both schemas. A hoisted declaration's
// appearing or going is not listed: the property or variant that brought it is.

import { joinPointer } from '../errors.js';
import type { Declaration, EnumDeclaration, ObjectDeclaration, Property, TypeRef, UnionDeclaration } from '../model/ir.js';
import { CODE_TARGETS, type Change, type ChangeKind, type CodeTarget, type Side, type Values } from './changes.js';
import { matchRenames } from './renames.js';
import { compareTypes, describeType } from './types.js';

export { CODE_TARGETS, type CodeTarget, type Locate, type RenamedChange, type Side } from './changes.js';

export function compareModels(given: Side, neu: Side): Change[] {
  const { old, renames } = matchRenames(given, neu);
  const byOld = new Map(old.model.declarations.map((d) => [d.id, d]));
  const byNew = new Map(neu.model.declarations.map((d) => [d.id, d]));
  const out: Change[] = [];
  for (const r of renames) {
    const detail = `${r.old.schemaName} -> ${r.new.schemaName}`;
    out.push({
      ...change({ name: r.new.schemaName, id: r.new.id }, 'declaration-renamed', given.locate(r.old.id), neu.locate(r.new.id), detail, 'same'),
      keptIn: r.keptIn,
    } as Change);
  }
  for (const d of neu.model.declarations) {
    const before = byOld.get(d.id);
    const at = { name: d.schemaName, id: d.id };
    if (before === undefined) {
      if (!d.hoisted) out.push(change(at, 'declaration-added', null, neu.locate(d.id), `${d.kind} ${d.schemaName}`, 'same'));
      continue;
    }
    const ctx: Context = { old, neu, byOld, byNew, out, at };
    const pointers = { old: old.locate(before.id), new: neu.locate(d.id) };
    if (before.kind !== d.kind) {
      ctx.out.push(change(at, 'declaration-kind-changed', pointers.old, pointers.new, `${before.kind} -> ${d.kind}`, 'different'));
      continue;
    }
    if (!before.doc.deprecated && d.doc.deprecated) out.push(change(at, 'deprecated-added', pointers.old, pointers.new, `${d.schemaName} deprecated`, 'same'));
    if (before.doc.deprecated && !d.doc.deprecated)
      out.push(change(at, 'deprecated-removed', pointers.old, pointers.new, `${d.schemaName} no longer deprecated`, 'same'));
    compareDeclarations(before, d, ctx, pointers);
  }
  for (const d of old.model.declarations) {
    if (!byNew.has(d.id) && !d.hoisted)
      out.push(change({ name: d.schemaName, id: d.id }, 'declaration-removed', old.locate(d.id), null, `${d.kind} ${d.schemaName}`, 'same'));
  }
  return out;
}

interface Context {
  readonly old: Side;
  readonly neu: Side;
  readonly byOld: ReadonlyMap<string, Declaration>;
  readonly byNew: ReadonlyMap<string, Declaration>;
  readonly out: Change[];
  readonly at: { readonly name: string; readonly id: string };
}

type Pointers = { readonly old: string; readonly new: string };

function change(
  at: Context['at'],
  kind: ChangeKind,
  old: string | null,
  neu: string | null,
  detail: string,
  values: Values,
  extra: { property?: string; required?: boolean; closed?: boolean } = {},
): Change {
  return {
    kind,
    old,
    new: neu,
    declaration: at.name,
    id: at.id,
    property: extra.property ?? null,
    detail,
    values,
    required: extra.required ?? false,
    closed: extra.closed ?? false,
  };
}

function compareDeclarations(a: Declaration, b: Declaration, ctx: Context, at: Pointers): void {
  const emitHere = (property: string | null, closed: boolean, pointers: Pointers) => (kind: ChangeKind, detail: string, values: Values) =>
    ctx.out.push(change(ctx.at, kind, pointers.old, pointers.new, detail, values, { ...(property === null ? {} : { property }), closed }));
  if (a.kind === 'object' && b.kind === 'object') return compareObjects(a, b, ctx, at);
  if (a.kind === 'enum' && b.kind === 'enum') return compareEnums(a, b, ctx, at);
  if (a.kind === 'union' && b.kind === 'union') return compareUnions(a, b, ctx, at);
  if (a.kind === 'alias' && b.kind === 'alias') compareTypes(a.type, b.type, emitHere(null, false, at), ctx.byOld, ctx.byNew);
}

function nullability(a: { nullable: boolean }, b: { nullable: boolean }, ctx: Context, at: Pointers): void {
  if (a.nullable === b.nullable) return;
  ctx.out.push(
    change(
      ctx.at,
      b.nullable ? 'nullable-added' : 'nullable-removed',
      at.old,
      at.new,
      b.nullable ? 'now accepts null' : 'no longer accepts null',
      b.nullable ? 'wider' : 'narrower',
    ),
  );
}

function compareObjects(a: ObjectDeclaration, b: ObjectDeclaration, ctx: Context, at: Pointers): void {
  nullability(a, b, ctx, at);
  const oldClosed = a.additional.kind !== 'allow';
  const newClosed = b.additional.kind !== 'allow';
  const before = new Map(a.properties.map((p) => [p.jsonName, p]));
  const after = new Map(b.properties.map((p) => [p.jsonName, p]));
  const removed = a.properties.filter((p) => !after.has(p.jsonName));
  const added = b.properties.filter((p) => !before.has(p.jsonName));
  // A property whose wire name changed but whose x-codegen name keeps the generated one is a rename.
  const renamed = new Map<Property, Property>();
  for (const q of added) {
    const p = removed.find((r) => !renamed.has(r) && keptIn(r, q).length > 0);
    if (p !== undefined) renamed.set(p, q);
  }
  for (const [p, q] of renamed) {
    const values: Values = 'different';
    ctx.out.push({
      ...change(
        ctx.at,
        'property-renamed-on-wire',
        ctx.old.locate(p.pointer),
        ctx.neu.locate(q.pointer),
        `${JSON.stringify(p.jsonName)} -> ${JSON.stringify(q.jsonName)}`,
        values,
        {
          property: q.jsonName,
          required: p.required || q.required,
          closed: newClosed,
        },
      ),
      keptIn: keptIn(p, q),
    } as Change);
  }
  const renamedTo = new Set(renamed.values());
  for (const q of added) {
    if (renamedTo.has(q)) continue;
    const kind: ChangeKind = q.required ? 'property-added-required' : 'property-added-optional';
    // Required: old values lack it. Optional: old producers never send it; a closed old object refused it.
    const values: Values = q.required ? 'narrower' : oldClosed ? 'wider' : 'same';
    ctx.out.push(
      change(ctx.at, kind, at.old, ctx.neu.locate(q.pointer), `${q.jsonName}: ${describeType(q.type, ctx.byNew)}`, values, {
        property: q.jsonName,
        required: q.required,
        closed: oldClosed,
      }),
    );
  }
  for (const p of removed) {
    if (renamed.has(p)) continue;
    // Old consumers miss a required one; a closed new object refuses what old producers still send.
    const values: Values = p.required && newClosed ? 'different' : p.required ? 'wider' : newClosed ? 'narrower' : 'same';
    ctx.out.push(
      change(ctx.at, 'property-removed', ctx.old.locate(p.pointer), at.new, `${p.jsonName}${p.required ? ' (required)' : ''}`, values, {
        property: p.jsonName,
        required: p.required,
        closed: newClosed,
      }),
    );
  }
  for (const q of b.properties) {
    const p = before.get(q.jsonName);
    if (p !== undefined) compareProperties(p, q, ctx, newClosed);
  }
  compareAdditional(a, b, ctx, at);
}

function compareProperties(p: Property, q: Property, ctx: Context, closed: boolean): void {
  // Located only when something changed: most properties of a published spec do not.
  const push = (kind: ChangeKind, detail: string, values: Values): void => {
    ctx.out.push(
      change(ctx.at, kind, ctx.old.locate(p.pointer), ctx.neu.locate(q.pointer), detail, values, { property: q.jsonName, required: q.required, closed }),
    );
  };
  if (!p.required && q.required) push('property-made-required', `${q.jsonName} now required`, 'narrower');
  if (p.required && !q.required) push('property-made-optional', `${q.jsonName} now optional`, 'wider');
  compareTypes(p.type, q.type, push, ctx.byOld, ctx.byNew);
  if (JSON.stringify(p.default) !== JSON.stringify(q.default)) {
    push(
      'default-changed',
      `default ${p.default === null ? 'none' : JSON.stringify(p.default.value)} -> ${q.default === null ? 'none' : JSON.stringify(q.default.value)}`,
      'same',
    );
  }
  if (!p.doc.deprecated && q.doc.deprecated) push('deprecated-added', `${q.jsonName} deprecated`, 'same');
  if (p.doc.deprecated && !q.doc.deprecated) push('deprecated-removed', `${q.jsonName} no longer deprecated`, 'same');
}

function compareAdditional(a: ObjectDeclaration, b: ObjectDeclaration, ctx: Context, at: Pointers): void {
  const x = a.additional;
  const y = b.additional;
  const pointers = { old: joinPointer(at.old, 'additionalProperties'), new: joinPointer(at.new, 'additionalProperties') };
  const describe = (v: typeof x, byId: ReadonlyMap<string, Declaration>): string =>
    v.kind === 'typed' ? `typed (${describeType(v.type, byId)})` : v.kind === 'allow' ? 'open' : 'closed';
  const push = (kind: ChangeKind, detail: string, values: Values): void => void ctx.out.push(change(ctx.at, kind, pointers.old, pointers.new, detail, values));
  if (x.kind === 'typed' && y.kind === 'typed') return compareTypes(x.type, y.type, push, ctx.byOld, ctx.byNew, 'additionalProperties: ');
  if (x.kind === y.kind) return;
  // allow > typed > deny, by the unknown properties each accepts.
  const rank = { deny: 0, typed: 1, allow: 2 } as const;
  const opened = rank[y.kind] > rank[x.kind];
  push(
    opened ? 'additional-properties-opened' : 'additional-properties-closed',
    `${describe(x, ctx.byOld)} -> ${describe(y, ctx.byNew)}`,
    opened ? 'wider' : 'narrower',
  );
}

function compareEnums(a: EnumDeclaration, b: EnumDeclaration, ctx: Context, at: Pointers): void {
  nullability(a, b, ctx, at);
  const push = (kind: ChangeKind, detail: string, values: Values): void => void ctx.out.push(change(ctx.at, kind, at.old, at.new, detail, values));
  if (a.valueType !== b.valueType) push('type-changed', `${a.valueType} -> ${b.valueType}`, 'different');
  const before = new Set(a.values.map((v) => JSON.stringify(v)));
  const after = new Set(b.values.map((v) => JSON.stringify(v)));
  for (const v of after) if (!before.has(v)) push('enum-value-added', v, 'wider');
  for (const v of before) if (!after.has(v)) push('enum-value-removed', v, 'narrower');
}

/** A variant's identity: the declaration it names, else its JSON type (and a const's value). */
function variantKey(t: TypeRef): string {
  return t.kind === 'ref' ? `ref ${t.id}` : t.kind === 'const' ? `const ${JSON.stringify(t.value)}` : t.kind;
}

function compareUnions(a: UnionDeclaration, b: UnionDeclaration, ctx: Context, at: Pointers): void {
  nullability(a, b, ctx, at);
  const before = new Map(a.variants.map((t, i) => [variantKey(t), i]));
  const after = new Map(b.variants.map((t, i) => [variantKey(t), i]));
  const push = (kind: ChangeKind, old: string, neu: string, detail: string, values: Values): void =>
    void ctx.out.push(change(ctx.at, kind, old, neu, detail, values));
  if (a.mode !== b.mode) push('type-changed', at.old, at.new, `${a.mode} -> ${b.mode}`, a.mode === 'oneOf' ? 'wider' : 'narrower');
  for (const [key, i] of after) {
    const j = before.get(key);
    const neu = ctx.neu.locate(b.variantPointers[i] ?? at.new);
    if (j === undefined) push('union-variant-added', at.old, neu, describeType(b.variants[i]!, ctx.byNew), 'wider');
    else
      compareTypes(
        a.variants[j]!,
        b.variants[i]!,
        (kind, detail, values) => push(kind, ctx.old.locate(a.variantPointers[j] ?? at.old), neu, detail, values),
        ctx.byOld,
        ctx.byNew,
      );
  }
  for (const [key, j] of before) {
    if (!after.has(key))
      push('union-variant-removed', ctx.old.locate(a.variantPointers[j] ?? at.old), at.new, describeType(a.variants[j]!, ctx.byOld), 'narrower');
  }
  compareDiscriminators(a, b, at, push);
}

function compareDiscriminators(
  a: UnionDeclaration,
  b: UnionDeclaration,
  at: Pointers,
  push: (kind: ChangeKind, old: string, neu: string, detail: string, values: Values) => void,
): void {
  const x = a.discriminator;
  const y = b.discriminator;
  const old = joinPointer(at.old, 'discriminator');
  const neu = joinPointer(at.new, 'discriminator');
  if (x === null && y === null) return;
  if (x === null || y === null || x.propertyName !== y.propertyName) {
    push('discriminator-changed', old, neu, `property ${JSON.stringify(x?.propertyName ?? null)} -> ${JSON.stringify(y?.propertyName ?? null)}`, 'different');
    return;
  }
  // A variant both versions have, told apart by another tag value: producers and consumers disagree.
  const tags = new Map(x.mapping.map((m) => [m.id, m.value]));
  for (const m of y.mapping) {
    const was = tags.get(m.id);
    if (was !== undefined && was !== m.value) push('discriminator-changed', old, neu, `${JSON.stringify(was)} -> ${JSON.stringify(m.value)}`, 'different');
  }
}

/** The code targets in which `q` has `p`'s generated name: an x-codegen "name" keeping it. */
function keptIn(p: Property, q: Property): CodeTarget[] {
  const explicit = (x: Property, t: string): string | null => {
    const name = x.codegen[t]?.['name'];
    return typeof name === 'string' ? name : null;
  };
  if (!CODE_TARGETS.some((t) => explicit(q, t) !== null || explicit(p, t) !== null)) return [];
  return CODE_TARGETS.filter((t) => (explicit(p, t) ?? madeName(p, t)) === (explicit(q, t) ?? madeName(q, t)));
}

/** The member name a target makes from a property (close enough to tell a kept name from a new one). */
function madeName(p: Property, t: CodeTarget): string {
  const cap = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);
  if (t === 'typescript') return p.jsonName; // members are wire names; x-codegen cannot rename them
  if (t === 'python') return p.words.join('_');
  if (t === 'csharp') return p.words.map(cap).join('');
  return p.words.map((w, i) => (i === 0 ? w : cap(w))).join('');
}
