// references: which declarations a declaration's types name. Typed walks over the IR for the
// stages and targets that follow references (widened schemas, Java's deprecation annotations).

import type { Declaration, TypeRef } from './ir.js';

/** The types a declaration's values are checked against: properties and typed extras, variants, an alias's type. */
export function typesOf(d: Declaration): readonly TypeRef[] {
  switch (d.kind) {
    case 'alias':
      return [d.type];
    case 'object':
      return [...d.properties.map((p) => p.type), ...(d.additional.kind === 'typed' ? [d.additional.type] : [])];
    case 'union':
      return d.variants;
    case 'enum':
      return [];
  }
}

/** The declaration ids `type` names, through array items (a tuple's too) and map values, appended to `out`. */
export function refsOf(type: TypeRef, out: string[]): string[] {
  if (type.kind === 'ref') out.push(type.id);
  else if (type.kind === 'array') {
    refsOf(type.items, out);
    if (type.tuple) {
      for (const item of type.tuple.items) refsOf(item, out);
      if (type.tuple.rest) refsOf(type.tuple.rest, out);
    }
  } else if (type.kind === 'map') refsOf(type.values, out);
  return out;
}
