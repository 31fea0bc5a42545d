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

/** Each subschema keyword's rank: the order `eachSubschema` visits them in (maps, then single schemas, then arrays). */
const RANK: ReadonlyMap<string, number> = new Map([...SCHEMA_MAPS, ...ONE_SCHEMA, ...SCHEMA_ARRAYS].map((key, i) => [key, i]));
const KEY_OF_RANK: readonly string[] = [...SCHEMA_MAPS, ...ONE_SCHEMA, ...SCHEMA_ARRAYS];
const FIRST_ONE = SCHEMA_MAPS.length;
const FIRST_ARRAY = FIRST_ONE + ONE_SCHEMA.length;

/** The ranks of the subschema keywords `node` has, in visiting order; null for none (most schemas are leaves). */
function subschemaRanks(node: JsonObject): number[] | null {
  // A schema has a few keys and the keywords are 19: looking each key up beats asking for every keyword.
  let ranks: number[] | null = null;
  for (const key of Object.keys(node)) {
    const rank = RANK.get(key);
    if (rank !== undefined) (ranks ??= []).push(rank);
  }
  if (ranks !== null && ranks.length > 1) ranks.sort((a, b) => a - b);
  return ranks;
}

/**
 * Calls `each` for every direct subschema of `node` (boolean ones included), with its keyword and
 * its key in that keyword's map (a string) or its index in the array (a number), else null.
 */
function eachChild(node: JsonObject, each: (child: JsonValue, keyword: string, within: string | number | null) => void): void {
  const ranks = subschemaRanks(node);
  if (ranks === null) return;
  for (const rank of ranks) {
    const keyword = KEY_OF_RANK[rank]!;
    const value = node[keyword]!;
    if (rank < FIRST_ONE) {
      if (isObject(value)) for (const name of Object.keys(value)) each(value[name]!, keyword, name);
    } else if (rank < FIRST_ARRAY) {
      if (!Array.isArray(value)) each(value, keyword, null);
    } else if (Array.isArray(value)) for (let i = 0; i < value.length; i++) each(value[i]!, keyword, i);
  }
}

/** Calls `each` for every direct subschema of `node` (boolean ones included) with its pointer. */
function eachSubschema(node: JsonObject, pointer: string, each: (child: JsonValue, pointer: string) => void): void {
  eachChild(node, (child, keyword, within) =>
    each(
      child,
      typeof within === 'string' ? joinPointer(pointer, keyword, within) : within === null ? `${pointer}/${keyword}` : `${pointer}/${keyword}/${within}`,
    ),
  );
}

/** Whether `test` holds for some schema object of the document, asked depth first in document order until it does; no pointers made. */
export function someSchema(node: JsonValue, test: (schema: JsonObject) => boolean): boolean {
  const nodes: JsonValue[] = [node];
  const push = (child: JsonValue): number => nodes.push(child);
  while (nodes.length > 0) {
    const current = nodes.pop()!;
    if (!isObject(current)) continue;
    if (test(current)) return true;
    const from = nodes.length;
    eachChild(current, push);
    reverseFrom(nodes, from);
  }
  return false;
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
