// schema-walk: where the subschemas of a draft 2020-12 schema are, once for every stage that
// walks them (resolve, build-model's exactness, the dialect's last step). A keyword missing here
// would hide the "$ref"s below it, so this is the one list.

import { joinPointer } from '../errors.js';
import type { JsonValue } from '../model/ir.js';
import { isObject, type JsonObject } from './load.js';

/** Keywords whose value is one schema. */
export const ONE_SCHEMA = [
  'additionalProperties',
  'items',
  'contains',
  'propertyNames',
  'not',
  'if',
  'then',
  'else',
  'unevaluatedItems',
  'unevaluatedProperties',
  'contentSchema',
] as const;
/** Keywords whose value is an array of schemas. */
export const SCHEMA_ARRAYS = ['allOf', 'anyOf', 'oneOf', 'prefixItems'] as const;
/** Keywords whose value is an object of schemas. */
export const SCHEMA_MAPS = ['$defs', 'properties', 'patternProperties', 'dependentSchemas'] as const;

export const SUBSCHEMA_KEYWORDS = { one: ONE_SCHEMA, arrays: SCHEMA_ARRAYS, maps: SCHEMA_MAPS } as const;

/** Calls `each` for every direct subschema of `node` (boolean ones included) with its pointer. */
function eachSubschema(node: JsonObject, pointer: string, each: (child: JsonValue, pointer: string) => void): void {
  for (const key of SCHEMA_MAPS) {
    const map = node[key];
    if (isObject(map)) for (const name of Object.keys(map)) each(map[name]!, joinPointer(pointer, key, name));
  }
  for (const key of ONE_SCHEMA) {
    const child = node[key];
    if (child !== undefined && !Array.isArray(child)) each(child, `${pointer}/${key}`);
  }
  for (const key of SCHEMA_ARRAYS) {
    const list = node[key];
    if (Array.isArray(list)) for (let i = 0; i < list.length; i++) each(list[i]!, `${pointer}/${key}/${i}`);
  }
}

/**
 * Calls visit for every schema object in the document, depth first in document order, with its
 * pointer and the schema object it is a subschema of (null for `node`); without recursion, so
 * that a document as deep as load allows cannot overflow the stack.
 */
export function visitSchemas(node: JsonValue, pointer: string, visit: (schema: JsonObject, pointer: string, parent: JsonObject | null) => void): void {
  // Three parallel stacks rather than one of tuples: a walk of every schema allocates less.
  const nodes: JsonValue[] = [node];
  const pointers: string[] = [pointer];
  const parents: (JsonObject | null)[] = [null];
  while (nodes.length > 0) {
    const current = nodes.pop()!;
    const at = pointers.pop()!;
    const parent = parents.pop()!;
    if (!isObject(current)) continue;
    visit(current, at, parent);
    // Pushed in order, then the pushed run reversed: the first child is visited first.
    const from = nodes.length;
    eachSubschema(current, at, (child, childAt) => {
      nodes.push(child);
      pointers.push(childAt);
      parents.push(current);
    });
    reverseFrom(nodes, from);
    reverseFrom(pointers, from);
  }
}

function reverseFrom<T>(list: T[], from: number): void {
  for (let i = from, j = list.length - 1; i < j; i++, j--) [list[i], list[j]] = [list[j]!, list[i]!];
}
