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

/** Each direct subschema of `node` (boolean ones included) with its pointer. */
export function subschemas(node: JsonObject, pointer: string): [JsonValue, string][] {
  const out: [JsonValue, string][] = [];
  for (const key of SCHEMA_MAPS) {
    const map = node[key];
    if (isObject(map)) for (const [name, child] of Object.entries(map)) out.push([child, joinPointer(pointer, key, name)]);
  }
  for (const key of ONE_SCHEMA) {
    const child = node[key];
    if (child !== undefined && !Array.isArray(child)) out.push([child, joinPointer(pointer, key)]);
  }
  for (const key of SCHEMA_ARRAYS) {
    const list = node[key];
    if (Array.isArray(list)) list.forEach((child, i) => out.push([child, joinPointer(pointer, key, i)]));
  }
  return out;
}

/**
 * Calls visit for every schema object in the document, depth first, with its pointer; without
 * recursion, so that a document as deep as load allows cannot overflow the stack.
 */
export function visitSchemas(node: JsonValue, pointer: string, visit: (schema: JsonObject, pointer: string) => void): void {
  const stack: [JsonValue, string][] = [[node, pointer]];
  while (stack.length > 0) {
    const [current, at] = stack.pop()!;
    if (!isObject(current)) continue;
    visit(current, at);
    stack.push(...subschemas(current, at).reverse());
  }
}
