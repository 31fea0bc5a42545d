// What javac -Xlint:all -Werror needs around `deprecated: true`: a deprecated declaration's class
// carries @Deprecated beside its Javadoc @deprecated tag ([dep-ann]), and a class whose code names a
// deprecated declaration's class (a property, variant or alias of that type) suppresses the
// [deprecation] warning for its own use of it. The user's code that uses a deprecated model still
// gets the warning; the generated code that must name it does not. Deprecated properties' getters
// are used only inside their own class, where javac does not warn.

import type { Declaration } from '../../model/ir.js';
import { refsOf, typesOf } from '../../model/references.js';

/** The annotations above the class of `d`, given every declaration by id. */
export function classAnnotations(d: Declaration, byId: ReadonlyMap<string, Declaration>): string[] {
  const namesDeprecated = [...referencedIds(d, byId)].some((id) => id !== d.id && byId.get(id)?.doc.deprecated === true);
  return [...(d.doc.deprecated ? ['@Deprecated'] : []), ...(namesDeprecated ? ['@SuppressWarnings("deprecation")'] : [])];
}

/**
 * Every declaration id a type inside `d` names (its properties, variants, alias type, additional
 * members), and through aliases what they name: the Java code names an alias's type.
 */
function referencedIds(d: Declaration, byId: ReadonlyMap<string, Declaration>): Set<string> {
  const ids = new Set<string>();
  const stack = typesOf(d).flatMap((t) => refsOf(t, []));
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (ids.has(id)) continue;
    ids.add(id);
    const target = byId.get(id);
    if (target?.kind === 'alias') refsOf(target.type, stack);
  }
  return ids;
}
