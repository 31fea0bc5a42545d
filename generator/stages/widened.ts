// widened: whether a model type depends on a schema the model types wider than it is (see
// ModelBuilder.widened in build-model-base.ts). Build-model asks it of union variants (a "oneOf"
// of widened variants may see two of them match where the schema's see one), the check stage of
// every example and default (it does not claim to check what the model does not hold).

import type { Declaration, TypeRef } from '../model/ir.js';
import { refsOf, typesOf } from '../model/references.js';

/** Whether the schema at `pointer` or one inside it (not in a nested "$defs": those are other schemas) was widened. */
function widenedAt(widened: ReadonlySet<string>, pointer: string): boolean {
  for (const w of widened) if (w === pointer || (w.startsWith(`${pointer}/`) && !w.startsWith(`${pointer}/$defs/`))) return true;
  return false;
}

/**
 * A test: does `type`, standing at `pointer` (checked for widening itself), reach a widened
 * schema through the declarations it refers to? Without widened schemas, always false at once.
 */
export function reachesWidened(declarations: readonly Declaration[], widened: ReadonlySet<string>): (type: TypeRef, pointer: string) => boolean {
  if (widened.size === 0) return () => false;
  const byId = new Map(declarations.map((d) => [d.id, d]));
  const memo = new Map<string, boolean>();
  const declarationWidened = (start: string): boolean => {
    const known = memo.get(start);
    if (known !== undefined) return known;
    // Iterative over the reference graph (it may be cyclic and 10,000 declarations long).
    const seen = new Set([start]);
    const stack = [start];
    let found = false;
    while (stack.length > 0 && !found) {
      const id = stack.pop()!;
      const d = byId.get(id);
      if (d === undefined) continue;
      if (memo.get(id) === true || widenedAt(widened, id)) found = true;
      for (const t of typesOf(d)) for (const next of refsOf(t, [])) if (!seen.has(next)) (seen.add(next), stack.push(next));
    }
    memo.set(start, found);
    return found;
  };
  return (type, pointer) => widenedAt(widened, pointer) || refsOf(type, []).some(declarationWidened);
}
