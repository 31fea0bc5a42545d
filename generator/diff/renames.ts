// Declarations renamed in the schema (another $defs / components key) whose generated names an
// x-codegen "name" keeps: issue 21 asks that a rename show as removal and addition "unless
// x-codegen names say otherwise". Such a pair is compared as one declaration: the old model's ids
// (the declaration's, its hoisted parts', and every reference to them) are rewritten to the new
// ones before the comparison, and where the old pointers are is still found through the old ids.

import type { Declaration, Model, TypeRef } from '../model/ir.js';
import { CODE_TARGETS, type CodeTarget, type Side } from './changes.js';

export interface Rename {
  readonly old: Declaration;
  readonly new: Declaration;
  /** The targets whose generated type name stays the same. */
  readonly keptIn: readonly CodeTarget[];
}

/** The old side with renamed declarations' ids rewritten to the new ones, and the renames found. */
export function matchRenames(old: Side, neu: Side): { old: Side; renames: Rename[] } {
  const newIds = new Set(neu.model.declarations.map((d) => d.id));
  const oldIds = new Set(old.model.declarations.map((d) => d.id));
  const removed = old.model.declarations.filter((d) => !d.hoisted && !newIds.has(d.id));
  const added = neu.model.declarations.filter((d) => !d.hoisted && !oldIds.has(d.id));
  const renames: Rename[] = [];
  for (const q of added) {
    if (!CODE_TARGETS.some((t) => explicit(q, t) !== null)) continue;
    const p = removed.find((r) => r.kind === q.kind && !renames.some((x) => x.old === r) && keptIn(r, q).length > 0);
    if (p !== undefined) renames.push({ old: p, new: q, keptIn: keptIn(p, q) });
  }
  if (renames.length === 0) return { old, renames };
  const roots = renames.map((r) => ({ from: r.old.id, to: r.new.id }));
  const move = (id: string, a: string, b: string): string | null => (id === a ? b : id.startsWith(`${a}/`) ? b + id.slice(a.length) : null);
  const forward = (id: string): string => roots.reduce<string | null>((got, r) => got ?? move(id, r.from, r.to), null) ?? id;
  const back = (id: string): string => roots.reduce<string | null>((got, r) => got ?? move(id, r.to, r.from), null) ?? id;
  const model: Model = { ...old.model, declarations: old.model.declarations.map((d) => rewrite(d, forward)) };
  // Property and variant pointers were left as they were; only the declarations' ids moved.
  return { old: { model, locate: (pointer) => old.locate(back(pointer)) }, renames };
}

function explicit(d: Declaration, t: string): string | null {
  const name = d.codegen[t]?.['name'];
  return typeof name === 'string' ? name : null;
}

function keptIn(p: Declaration, q: Declaration): CodeTarget[] {
  return CODE_TARGETS.filter((t) => (explicit(p, t) ?? p.schemaName) === (explicit(q, t) ?? q.schemaName));
}

function rewriteType(t: TypeRef, f: (id: string) => string): TypeRef {
  if (t.kind === 'ref') return { ...t, id: f(t.id) };
  if (t.kind === 'array') {
    const tuple = t.tuple && { items: t.tuple.items.map((item) => rewriteType(item, f)), rest: t.tuple.rest && rewriteType(t.tuple.rest, f) };
    return { ...t, items: rewriteType(t.items, f), ...(tuple ? { tuple } : {}) };
  }
  if (t.kind === 'map') return { ...t, values: rewriteType(t.values, f) };
  return t;
}

function rewrite(d: Declaration, f: (id: string) => string): Declaration {
  const id = f(d.id);
  switch (d.kind) {
    case 'object':
      return {
        ...d,
        id,
        properties: d.properties.map((p) => ({ ...p, type: rewriteType(p.type, f) })),
        additional: d.additional.kind === 'typed' ? { kind: 'typed', type: rewriteType(d.additional.type, f) } : d.additional,
      };
    case 'union':
      return {
        ...d,
        id,
        variants: d.variants.map((v) => rewriteType(v, f)),
        discriminator: d.discriminator === null ? null : { ...d.discriminator, mapping: d.discriminator.mapping.map((m) => ({ ...m, id: f(m.id) })) },
      };
    case 'alias':
      return { ...d, id, type: rewriteType(d.type, f) };
    case 'enum':
      return { ...d, id };
  }
}
