// widened: whether a model type depends on a schema the model types wider than it is (see
// ModelBuilder.widened in build-model-base.ts). Build-model asks it of union variants (a "oneOf"
// of widened variants may see two of them match where the schema's see one), the check stage of
// every example and default (it does not claim to check what the model does not hold).

import type { Declaration, TypeRef } from '../model/ir.js';
import { refsOf, typesOf } from '../model/references.js';

/**
 * The pointers at which a schema was widened or holds a widened one (not in a nested "$defs":
 * those are other schemas): each widened pointer and its ancestors, up to a "$defs" entry that
 * holds it. One set, so that each question is one lookup, not a scan of every widened pointer.
 */
function widenedPointers(widened: ReadonlySet<string>): Set<string> {
  const at = new Set<string>();
  for (const w of widened) {
    const tokens = w.split('/');
    for (let k = tokens.length; k >= 1; k--) {
      if (k < tokens.length - 1 && tokens[k] === '$defs') continue; // w is in a "$defs" entry of this schema
      at.add(tokens.slice(0, k).join('/'));
    }
  }
  return at;
}

/**
 * A test: does `type`, standing at `pointer` (checked for widening itself), reach a widened
 * schema through the declarations it refers to? Without widened schemas, always false at once.
 */
export function reachesWidened(declarations: readonly Declaration[], widened: ReadonlySet<string>): (type: TypeRef, pointer: string) => boolean {
  if (widened.size === 0) return () => false;
  const widenedAt = widenedPointers(widened);
  // The declarations that reach a widened one: those widened, then, backwards along the reference
  // graph (it may be cyclic and 10,000 declarations long), whoever refers to one found. Linear.
  const referrers = new Map<string, string[]>();
  const named: string[] = []; // one list for every type: refsOf appends
  for (const d of declarations) {
    named.length = 0;
    for (const t of typesOf(d)) refsOf(t, named);
    for (const next of named) {
      const list = referrers.get(next);
      if (list === undefined) referrers.set(next, [d.id]);
      else list.push(d.id);
    }
  }
  const reaching = new Set(declarations.filter((d) => widenedAt.has(d.id)).map((d) => d.id));
  const stack = [...reaching];
  while (stack.length > 0)
    for (const referrer of referrers.get(stack.pop()!) ?? []) if (!reaching.has(referrer)) (reaching.add(referrer), stack.push(referrer));
  return (type, pointer) => widenedAt.has(pointer) || refsOf(type, []).some((id) => reaching.has(id));
}
