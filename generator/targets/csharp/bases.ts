// Shared supertypes of discriminated-union variants, chosen by data. A discriminated union is an
// interface; its x-codegen csharp block may add
//   "baseInterface": "IRealtimeEvent"   a root interface the union's interface extends,
//   "baseClass": "BaseRealtimeEvent"    an abstract class every variant derives from,
//   "baseProperties": ["event_id", "type"]   the wire names these declare (default: the tag).
// Unions naming the same base must agree on it. Each shared member's C# type is the type all
// variants give it, nullable when any variant has it optional or nullable. The tag's setter is
// protected (only the class sets it), the others internal (the converter sets them).

import { SchemaError, joinPointer, quoted } from '../../errors.js';
import type { Declaration, JsonValue, ObjectDeclaration, UnionDeclaration } from '../../model/ir.js';
import { lookup } from '../shared/common.js';
import { isPlainIdentifier } from '../../model/naming.js';
import { code, textLines } from './literals.js';
import { bare, typeNameTaken } from './identifiers.js';
import { baseType, reachesNull, type Ctx } from './types.js';

/** What the plan reads: the declarations, their type names and their objects' member names (by id, in schema order). */
interface BaseCtx extends Ctx {
  readonly members: ReadonlyMap<string, readonly string[]>;
}

export interface BaseMember {
  readonly jsonName: string;
  readonly name: string;
  readonly type: string;
  readonly setter: 'internal' | 'protected';
  /** Doc comment summary lines, XML-escaped. */
  readonly doc: readonly string[];
}

export interface SharedType {
  readonly name: string;
  /** Its converter, when it has one (see dispatch). */
  readonly converter: string;
  /** For a base class: the base interface it implements, or null. */
  readonly implements: string | null;
  readonly members: readonly BaseMember[];
  /** Names of the union interfaces sharing it, for its doc comment. */
  readonly unions: readonly string[];
  readonly pointer: string;
  /** When all its unions share one tag property and no tag value means two classes: read by that tag. */
  readonly dispatch: { readonly propertyName: string; readonly mapping: readonly { readonly value: string; readonly id: string }[] } | null;
}

export interface BasePlan {
  /** Per discriminated union: the base interface it extends (or null) and the members it declares itself. */
  readonly unions: ReadonlyMap<string, { readonly extends: string | null; readonly members: readonly BaseMember[] }>;
  /** Per variant object: its base class (or null), the members it overrides, its interfaces. */
  readonly variants: ReadonlyMap<
    string,
    { readonly baseClass: string | null; readonly overrides: readonly BaseMember[]; readonly interfaces: readonly string[] }
  >;
  readonly interfaces: readonly SharedType[];
  readonly classes: readonly SharedType[];
}

interface Options {
  readonly union: UnionDeclaration;
  readonly baseInterface: string | null;
  readonly baseClass: string | null;
  readonly properties: readonly string[];
}

export function planBases(declarations: readonly Declaration[], types: Ctx, objectMembers: ReadonlyMap<string, readonly string[]>): BasePlan {
  const ctx: BaseCtx = { ...types, members: objectMembers };
  const unions = declarations.filter((d): d is UnionDeclaration => d.kind === 'union' && d.discriminator !== null);
  declarations.forEach((d) => refuseStrayOptions(d));
  const options = unions.map(readOptions);
  const interfaces = shared(options, (o) => o.baseInterface, ctx, false);
  const classes = shared(options, (o) => o.baseClass, ctx, true);
  const unionPlan = new Map(
    options.map((o) => [o.union.id, { extends: o.baseInterface, members: o.baseInterface === null ? members([o], ctx) : [] }] as const),
  );
  return { unions: unionPlan, variants: variantPlan(options, classes, ctx), interfaces, classes };
}

const KEYS = ['baseInterface', 'baseClass', 'baseProperties'];

function refuseStrayOptions(d: Declaration): void {
  if (d.kind === 'union' && d.discriminator !== null) return;
  const key = KEYS.find((k) => d.codegen['csharp']?.[k] !== undefined);
  if (key !== undefined)
    throw new SchemaError(
      `"x-codegen/csharp/${key}" applies to discriminated unions only`,
      joinPointer(d.id, 'x-codegen', 'csharp', key),
      'move it to a "oneOf" with a "discriminator"',
    );
}

function identifierOption(union: UnionDeclaration, key: string): string | null {
  const value = union.codegen['csharp']?.[key];
  if (value === undefined) return null;
  if (typeof value !== 'string' || !isPlainIdentifier(value)) {
    throw new SchemaError(
      `"x-codegen/csharp/${key}" must be an identifier, found ${JSON.stringify(value)}`,
      joinPointer(union.id, 'x-codegen', 'csharp', key),
      'use letters, digits and "_", not starting with a digit',
    );
  }
  const why = typeNameTaken(value);
  if (why !== null)
    throw new SchemaError(
      `"x-codegen/csharp/${key}" ${JSON.stringify(value)} is ${why}`,
      joinPointer(union.id, 'x-codegen', 'csharp', key),
      'choose another name: an explicit name is used as written, never escaped',
    );
  return value;
}

function readOptions(union: UnionDeclaration): Options {
  const raw: JsonValue | undefined = union.codegen['csharp']?.['baseProperties'];
  const pointer = joinPointer(union.id, 'x-codegen', 'csharp', 'baseProperties');
  if (raw !== undefined && (!Array.isArray(raw) || !raw.every((p) => typeof p === 'string') || new Set(raw).size !== raw.length)) {
    throw new SchemaError('"x-codegen/csharp/baseProperties" must be an array of distinct property names', pointer, 'write e.g. ["event_id", "type"]');
  }
  const properties = raw === undefined ? [union.discriminator!.propertyName] : (raw as string[]);
  return { union, baseInterface: identifierOption(union, 'baseInterface'), baseClass: identifierOption(union, 'baseClass'), properties };
}

function variantsOf(group: readonly Options[], ctx: BaseCtx): ObjectDeclaration[] {
  const ids = [...new Set(group.flatMap((o) => o.union.discriminator!.mapping.map((m) => m.id)))];
  return ids.map((id) => {
    const d = lookup(ctx.byId, id);
    if (d.kind !== 'object')
      throw new SchemaError(`a variant of a discriminated union must be an object, ${quoted(d.schemaName)} is not`, id, 'refer to an object schema');
    return d;
  });
}

function shared(options: readonly Options[], key: (o: Options) => string | null, ctx: BaseCtx, isClass: boolean): SharedType[] {
  const groups = new Map<string, Options[]>();
  for (const o of options) {
    const name = key(o);
    if (name !== null) groups.set(name, [...(groups.get(name) ?? []), o]);
  }
  return [...groups].map(([name, group]) => {
    const first = group[0]!;
    const odd = group.find((o) => o.properties.join('\n') !== first.properties.join('\n') || (isClass && o.baseInterface !== first.baseInterface));
    if (odd !== undefined) {
      throw new SchemaError(
        `${quoted(odd.union.schemaName)} and ${quoted(first.union.schemaName)} share ${name} but declare it differently`,
        joinPointer(odd.union.id, 'x-codegen', 'csharp'),
        'give both the same baseInterface, baseClass and baseProperties',
      );
    }
    const unions = group.map((o) => ctx.declared.get(o.union.id)!.type);
    return {
      name,
      converter: `${name}Converter`,
      implements: isClass ? first.baseInterface : null,
      members: members(group, ctx),
      unions,
      pointer: joinPointer(first.union.id, 'x-codegen', 'csharp'),
      dispatch: dispatchOf(group),
    };
  });
}

function dispatchOf(group: readonly Options[]): SharedType['dispatch'] {
  const propertyName = group[0]!.union.discriminator!.propertyName;
  if (group.some((o) => o.union.discriminator!.propertyName !== propertyName)) return null;
  const byValue = new Map<string, string>();
  for (const m of group.flatMap((o) => o.union.discriminator!.mapping)) {
    if ((byValue.get(m.value) ?? m.id) !== m.id) return null;
    byValue.set(m.value, m.id);
  }
  return { propertyName, mapping: [...byValue].map(([value, id]) => ({ value, id })) };
}

/** The shared members of a group of unions, typed by what every variant agrees on. */
function members(group: readonly Options[], ctx: BaseCtx): BaseMember[] {
  const variants = variantsOf(group, ctx);
  const tags = new Set(group.map((o) => o.union.discriminator!.propertyName));
  return group[0]!.properties.map((jsonName) => {
    const found = variants.map((v) => {
      const index = v.properties.findIndex((p) => p.jsonName === jsonName);
      if (index < 0)
        throw new SchemaError(
          `baseProperties lists ${quoted(jsonName)}, but variant ${quoted(v.schemaName)} has no such property`,
          v.id,
          `add ${quoted(jsonName)} to the variant, or remove it from baseProperties`,
        );
      const p = v.properties[index]!;
      return { v, p, name: ctx.members.get(v.id)![index]!, type: baseType(p.type, ctx) };
    });
    const first = found[0]!;
    const odd = found.find((f) => f.name !== first.name || f.type.base !== first.type.base);
    if (odd !== undefined) {
      throw new SchemaError(
        `${quoted(jsonName)} is ${odd.type.base} ${bare(odd.name)} in ${quoted(odd.v.schemaName)} but ${first.type.base} ${bare(first.name)} in ${quoted(first.v.schemaName)}`,
        odd.p.pointer,
        'give the property the same type in every variant',
      );
    }
    const nullable = found.some((f) => !f.p.required || (!f.type.holdsNull && reachesNull(f.p.type, ctx)));
    const descriptions = new Set(found.map((f) => f.p.doc.description));
    const doc =
      descriptions.size === 1 && first.p.doc.description !== null
        ? textLines(first.p.doc.description)
        : [`The ${code(jsonName)} property, which every variant has.`];
    return {
      jsonName,
      name: first.name,
      type: nullable ? `${first.type.base}?` : first.type.base,
      setter: tags.has(jsonName) ? 'protected' : 'internal',
      doc,
    } as const;
  });
}

function variantPlan(options: readonly Options[], classes: readonly SharedType[], ctx: BaseCtx): BasePlan['variants'] {
  const plan = new Map<string, { baseClass: string | null; overrides: readonly BaseMember[]; interfaces: string[] }>();
  for (const o of options) {
    for (const v of variantsOf([o], ctx)) {
      const entry = plan.get(v.id) ?? { baseClass: null, overrides: [], interfaces: [] };
      if (o.baseClass !== null && entry.baseClass !== null && entry.baseClass !== o.baseClass) {
        throw new SchemaError(
          `${quoted(v.schemaName)} is a variant of unions with different base classes (${entry.baseClass}, ${o.baseClass})`,
          v.id,
          'give the unions the same baseClass',
        );
      }
      const baseClass = o.baseClass ?? entry.baseClass;
      const overrides = classes.find((c) => c.name === baseClass)?.members ?? [];
      const name = ctx.declared.get(o.union.id)!.type;
      plan.set(v.id, { baseClass, overrides, interfaces: entry.interfaces.includes(name) ? entry.interfaces : [...entry.interfaces, name] });
    }
  }
  return plan;
}
