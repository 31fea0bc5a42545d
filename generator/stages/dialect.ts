// dialect: a schema of draft-04, -06, -07 or 2019-09 -> the same meaning in draft 2020-12, the
// one dialect the model and every runtime validator speak. The dialect is the document's (or an
// embedded resource's) `$schema`, else the caller's default (2020-12 for a schema file). Rewrites:
// - `id` (04) -> `$id`; an `$id` with a plain-name fragment -> `$anchor`;
// - `$ref` beside other keywords (up to 07, where `$ref` alone applies) -> the `$ref` alone,
//   with the definitions kept so that pointers into them still resolve;
// - `definitions` -> `$defs`; `items: [...]` -> `prefixItems`, `additionalItems` -> `items`;
//   `dependencies` -> `dependentRequired` (arrays) and `dependentSchemas` (schemas);
// - boolean `exclusiveMaximum`/`exclusiveMinimum` (04) -> the numeric form;
// - `$recursiveAnchor`/`$recursiveRef` (2019-09) -> `$dynamicAnchor`/`$dynamicRef`;
// - keywords the source dialect does not have are dropped (they were annotations there);
// - under a custom meta-schema, keywords of the vocabularies its `$vocabulary` leaves out are
//   dropped too, with a warning (stages/vocabulary.ts);
// and every `$ref` JSON pointer is rewritten along the same renames. `origin` maps a pointer of
// the result back to the one the author wrote (`#/$defs/x/prefixItems/0` is `#/definitions/x/items/0`
// in a draft-07 file), so that later stages' errors and warnings point into the file as written.

import { SchemaError, joinPointer } from '../errors.js';
import type { JsonValue } from '../model/ir.js';
import { isObject as isJsonObject, setOwn } from './load.js';
import { SUBSCHEMA_KEYWORDS, someSchema } from './schema-walk.js';
import {
  FORMAT_ASSERTION_META,
  META_SCHEMA_PART,
  annotationsWarning,
  metaSchemaOf,
  type Dialect,
  type DocumentLookup,
  type Vocabularies,
} from './vocabulary.js';

type Obj = Record<string, unknown>;
const isObject = (x: unknown): x is Obj => isJsonObject(x as JsonValue);

// 2020-12's subschema keywords, and the one of the earlier drafts that holds a schema.
// Sets: the walk asks for every keyword of every schema.
const ONE_SCHEMA: ReadonlySet<string> = new Set([...SUBSCHEMA_KEYWORDS.one, 'additionalItems']);
const SCHEMA_ARRAYS: ReadonlySet<string> = new Set(['allOf', 'anyOf', 'oneOf', 'prefixItems', 'items']);
const SCHEMA_MAPS: ReadonlySet<string> = new Set(['$defs', 'definitions', 'properties', 'patternProperties', 'dependentSchemas', 'dependencies']);

/** Keywords of 2020-12 that each older dialect does not have: there they are unknown, so annotations. */
const NEWER: Readonly<Record<Dialect, readonly string[]>> = {
  'draft-04': ['$id', 'const', 'contains', 'propertyNames', 'if', 'then', 'else', 'examples'],
  'draft-06': ['if', 'then', 'else'],
  'draft-07': [],
  '2019-09': ['prefixItems', '$dynamicRef', '$dynamicAnchor'], // new in 2020-12 (optional/cross-draft.json)
  '2020-12': [],
};
const NOT_BEFORE_2019 = [
  '$defs',
  '$anchor',
  'prefixItems',
  'dependentRequired',
  'dependentSchemas',
  'unevaluatedItems',
  'unevaluatedProperties',
  'minContains',
  'maxContains',
  '$dynamicRef',
  '$dynamicAnchor',
  '$recursiveRef',
  '$recursiveAnchor',
];
const RECURSIVE_ANCHOR = '__recursive';

/**
 * What a schema is read as: its dialect, whether its resource has `$recursiveAnchor: true`, where
 * custom meta-schemas are found and the vocabularies of the one it is under (null: a standard one).
 */
interface Scope {
  readonly dialect: Dialect;
  readonly recursiveRoot: boolean;
  readonly lookup: DocumentLookup;
  readonly vocabularies: Vocabularies | null;
  readonly notes: Notes;
}

/** What the walk learns on the way: keywords read as annotations (per meta-schema URI: keyword -> first pointer), schemas whose `format` asserts. */
interface Notes {
  readonly annotations: Map<string, { readonly vocabularies: Vocabularies; readonly found: Map<string, string> }>;
  readonly formatAssertion: WeakSet<object>;
  /** Each schema object of the result -> where it was in the input, and the input's object. */
  readonly origins: WeakMap<object, Origin>;
}

interface Origin {
  readonly pointer: string;
  readonly node: Obj;
}

/** `document` (read as `dialect` unless it says otherwise) with 2020-12 meaning; `lookup` finds custom meta-schemas. */
export function normalizeDialect(document: unknown, dialect: Dialect, lookup: DocumentLookup = () => undefined, pointer = ''): unknown {
  return walk(document, dialect, lookup, pointer).document;
}

function walk(document: unknown, dialect: Dialect, lookup: DocumentLookup, pointer: string): { document: unknown; notes: Notes } {
  const notes: Notes = { annotations: new Map(), formatAssertion: new WeakSet(), origins: new WeakMap() };
  return { document: schema(document, pointer, { dialect, recursiveRoot: false, lookup, vocabularies: null, notes }), notes };
}

function schema(node: unknown, pointer: string, scope: Scope): unknown {
  if (!isObject(node)) return node;
  const input = node;
  if (typeof node['$schema'] === 'string') scope = { ...scope, ...metaSchemaOf(node['$schema'], pointer, scope.lookup) };
  if (scope.vocabularies !== null) node = withoutAnnotations(node, pointer, scope.vocabularies, scope.notes);
  const out = scope.dialect === '2020-12' ? mapChildren(node as Obj, pointer, scope) : older(node as Obj, pointer, scope);
  if (typeof out['$schema'] === 'string' && scope.vocabularies?.formatAssertion === true) scope.notes.formatAssertion.add(out);
  scope.notes.origins.set(out, { pointer, node: input });
  return out;
}

/** `node` without the keywords of the vocabularies its meta-schema leaves out, noting where they were. */
function withoutAnnotations(node: Obj, pointer: string, vocabularies: Vocabularies, notes: Notes): Obj {
  const { found } = notes.annotations.get(vocabularies.meta) ?? { vocabularies, found: new Map<string, string>() };
  notes.annotations.set(vocabularies.meta, { vocabularies, found });
  const kept = Object.entries(node).filter(([key]) => {
    if (!vocabularies.annotations.has(key)) return true;
    if (!found.has(key)) found.set(key, joinPointer(pointer, key));
    return false;
  });
  return Object.fromEntries(kept);
}

/** A schema of draft-04, -06, -07 or 2019-09 -> 2020-12. */
function older(node: Obj, pointer: string, scope: Scope): Obj {
  const isResource = typeof node[scope.dialect === 'draft-04' ? 'id' : '$id'] === 'string';
  if (isResource) scope = { ...scope, recursiveRoot: node['$recursiveAnchor'] === true };
  const { dialect, recursiveRoot } = scope;
  const dropped = new Set([...NEWER[dialect], ...(dialect === '2019-09' ? [] : NOT_BEFORE_2019)]);
  let source: Obj = Object.fromEntries(Object.entries(node).filter(([k]) => !dropped.has(k) || (k === '$id' && dialect !== 'draft-04')));
  if (dialect !== '2019-09' && '$ref' in source) {
    // Up to draft 7, `$ref` alone applies; its siblings (an `$id` too) are ignored. The
    // definitions stay, so that pointers into them still resolve.
    source = Object.fromEntries(Object.entries(source).filter(([k]) => k === '$ref' || k === 'definitions'));
  }
  const out: Obj = {};
  for (const [key, value] of Object.entries(source)) {
    const at = joinPointer(pointer, key);
    switch (key) {
      case 'id':
      case '$id':
        if (key === (dialect === 'draft-04' ? 'id' : '$id')) Object.assign(out, identifier(value));
        break;
      case '$ref':
        out['$ref'] = typeof value === 'string' ? rewriteRef(value) : value;
        break;
      case '$recursiveRef':
        out[recursiveRoot ? '$dynamicRef' : '$ref'] = recursiveRoot ? `#${RECURSIVE_ANCHOR}` : value;
        break;
      case '$recursiveAnchor':
        if (value === true) out['$dynamicAnchor'] = RECURSIVE_ANCHOR;
        break;
      case 'definitions':
        out['$defs'] = { ...(out['$defs'] as Obj | undefined), ...(mapSchemas(value, at, scope) as Obj) };
        break;
      case 'items':
        if (Array.isArray(value)) {
          out['prefixItems'] = value.map((v, i) => schema(v, joinPointer(at, String(i)), scope));
          if ('additionalItems' in source) out['items'] = schema(source['additionalItems'], joinPointer(pointer, 'additionalItems'), scope);
        } else out['items'] = schema(value, at, scope);
        break;
      case 'additionalItems':
        break; // with an array `items` (above); beside a schema `items` or none it has no effect
      case 'dependencies':
        for (const [name, dep] of Object.entries(isObject(value) ? value : {})) {
          const target = Array.isArray(dep) ? 'dependentRequired' : 'dependentSchemas';
          out[target] = { ...(out[target] as Obj | undefined), [name]: Array.isArray(dep) ? dep : schema(dep, joinPointer(at, name), scope) };
        }
        break;
      case 'exclusiveMaximum':
      case 'exclusiveMinimum':
        if (dialect !== 'draft-04') out[key] = value;
        else if (value === true) out[key] = source[key === 'exclusiveMaximum' ? 'maximum' : 'minimum'];
        break;
      case 'maximum':
      case 'minimum':
        if (!(dialect === 'draft-04' && source[key === 'maximum' ? 'exclusiveMaximum' : 'exclusiveMinimum'] === true)) out[key] = value;
        break;
      default:
        setOwn(out, key, child(key, value, at, scope));
    }
  }
  return out;
}

/** `$id` (or 04's `id`) -> `$id` without a fragment, and `$anchor` for a plain-name fragment. */
function identifier(value: unknown): Obj {
  if (typeof value !== 'string') return {};
  const at = value.indexOf('#');
  if (at < 0) return { $id: value };
  const [uri, fragment] = [value.slice(0, at), value.slice(at + 1)];
  return { ...(uri === '' ? {} : { $id: uri }), ...(fragment === '' || fragment.startsWith('/') ? {} : { $anchor: fragment }) };
}

function child(key: string, value: unknown, at: string, scope: Scope): unknown {
  if (ONE_SCHEMA.has(key)) return schema(value, at, scope);
  if (SCHEMA_ARRAYS.has(key) && Array.isArray(value)) return value.map((v, i) => schema(v, `${at}/${i}`, scope));
  if (SCHEMA_MAPS.has(key)) return mapSchemas(value, at, scope);
  return value;
}

/** Whether `child` reads the value of `key` as schemas (else it returns the value as it is). */
const holdsSchemas = (key: string): boolean => ONE_SCHEMA.has(key) || SCHEMA_ARRAYS.has(key) || SCHEMA_MAPS.has(key);

function mapSchemas(value: unknown, at: string, scope: Scope): unknown {
  if (!isObject(value)) return value;
  const out: Obj = {};
  for (const key of Object.keys(value)) setOwn(out, key, schema(value[key], joinPointer(at, key), scope));
  return out;
}

/** A 2020-12 schema's copy with its subschemas walked; a pointer is made only for those. */
function mapChildren(node: Obj, pointer: string, scope: Scope): Obj {
  const out: Obj = {};
  for (const key of Object.keys(node)) setOwn(out, key, holdsSchemas(key) ? child(key, node[key], joinPointer(pointer, key), scope) : node[key]);
  return out;
}

/** A `$ref`'s JSON pointer fragment along the renames above (definitions, items, additionalItems, dependencies). */
function rewriteRef(ref: string): string {
  const at = ref.indexOf('#');
  if (at < 0 || !ref.startsWith('/', at + 1)) return ref;
  const tokens = ref.slice(at + 2).split('/');
  const out: string[] = [];
  let i = 0;
  while (i < tokens.length) {
    const keyword = tokens[i]!;
    const next = tokens[i + 1];
    if (keyword === 'definitions' || keyword === 'dependencies')
      out.push(keyword === 'definitions' ? '$defs' : 'dependentSchemas', ...(next === undefined ? [] : [next]));
    else if (keyword === 'items' && next !== undefined && /^\d+$/.test(next)) out.push('prefixItems', next);
    else if (keyword === 'additionalItems') {
      out.push('items');
      i += 1;
      continue;
    } else if (SCHEMA_MAPS.has(keyword) || SCHEMA_ARRAYS.has(keyword)) out.push(keyword, ...(next === undefined ? [] : [next]));
    else if (ONE_SCHEMA.has(keyword)) {
      out.push(keyword);
      i += 1;
      continue;
    } else return `${ref.slice(0, at + 1)}/${[...out, ...tokens.slice(i)].join('/')}`; // an unknown keyword: the rest is not a schema path
    i += 2;
  }
  return `${ref.slice(0, at + 1)}/${out.join('/')}`;
}

const DRAFT_2020_12 = 'https://json-schema.org/draft/2020-12/schema';

export interface DialectOptions {
  /** Finds a custom meta-schema by the URI a `$schema` names (stages/bundle.ts loaded them). */
  readonly lookup?: DocumentLookup;
  /** Receives each warning: keywords a meta-schema's `$vocabulary` makes annotations. */
  readonly warn?: (warning: SchemaError) => void;
}

/**
 * The pipeline's dialect stage: a parsed schema file -> the same meaning in draft 2020-12, read as
 * its root's `$schema` says (none: 2020-12) and each embedded resource as its own says; a custom
 * meta-schema (found by `lookup`) says its dialect with its own `$schema`, and its vocabularies.
 * Every `$schema` then names 2020-12, so that each target's validator reads the documents
 * (model.validation) as what they now are; a resource whose `format` asserts names
 * FORMAT_ASSERTION_META instead, which the caller adds to the documents (`formatAssertion`).
 */
export function toDraft202012(document: JsonValue, options: DialectOptions = {}): JsonValue {
  return normalizeToDraft202012(document, options).document;
}

/**
 * toDraft202012, whether a resource's `format` asserts (then FORMAT_ASSERTION_META must be among
 * the documents), and `origin`: a pointer of the result -> the input's pointer of the same place.
 */
export function normalizeToDraft202012(
  document: JsonValue,
  options: DialectOptions = {},
): { document: JsonValue; formatAssertion: boolean; origin: (pointer: string) => string } {
  const lookup = options.lookup ?? (() => undefined);
  const { document: normalized, notes } = walk(document, '2020-12', lookup, '');
  withoutMetaSchemaParts(normalized, lookup);
  for (const { vocabularies, found } of notes.annotations.values()) if (found.size > 0) options.warn?.(annotationsWarning(vocabularies, found));
  let formatAssertion = false;
  someSchema(normalized as JsonValue, (node) => {
    if (typeof node['$schema'] !== 'string') return false;
    const asserts = notes.formatAssertion.has(node);
    formatAssertion ||= asserts;
    node['$schema'] = asserts ? FORMAT_ASSERTION_META : DRAFT_2020_12;
    return false; // every schema
  });
  return { document: normalized as JsonValue, formatAssertion, origin: (pointer) => originOf(normalized, notes.origins, pointer) };
}

/**
 * The input's pointer of `pointer` in the result: the deepest schema object on its path, where it
 * was, then the rest of the path, its first keyword spelled as that schema's dialect spells it.
 * A path the result no longer has (a keyword the load stage removed) stops at the last schema.
 */
function originOf(root: unknown, origins: WeakMap<object, Origin>, pointer: string): string {
  const tokens = pointer === '' ? [] : pointer.slice(1).split('/');
  let node = root;
  let deepest: { origin: Origin; depth: number } | null = isObject(root) && origins.has(root) ? { origin: origins.get(root)!, depth: 0 } : null;
  for (let i = 0; i < tokens.length; i++) {
    const key = tokens[i]!.replace(/~1/g, '/').replace(/~0/g, '~');
    if (!(isObject(node) || Array.isArray(node)) || !Object.hasOwn(node, key)) break;
    node = (node as Obj)[key];
    if (isObject(node) && origins.has(node)) deepest = { origin: origins.get(node)!, depth: i + 1 };
  }
  if (deepest === null) return pointer;
  const rest = tokens.slice(deepest.depth);
  if (rest[0] !== undefined) rest[0] = spelledAs(rest[0], deepest.origin.node);
  return deepest.origin.pointer + rest.map((t) => `/${t}`).join('');
}

/** 2020-12 keyword -> the earlier spellings the rewrites above turned into it. */
const EARLIER_SPELLINGS: Readonly<Record<string, readonly string[]>> = {
  $defs: ['definitions'],
  prefixItems: ['items'],
  items: ['additionalItems'],
  dependentRequired: ['dependencies'],
  dependentSchemas: ['dependencies'],
  $id: ['id'],
  $anchor: ['$id', 'id'],
  $dynamicRef: ['$recursiveRef'],
  $dynamicAnchor: ['$recursiveAnchor'],
};

function spelledAs(keyword: string, input: Obj): string {
  if (Object.hasOwn(input, keyword) && !(keyword === 'items' && Array.isArray(input['items']))) return keyword;
  return EARLIER_SPELLINGS[keyword]?.find((k) => Object.hasOwn(input, k)) ?? keyword;
}

/**
 * The root without the parts of custom meta-schemas the bundle stage embedded for the "$schema"s
 * (their "$schema" and "$vocabulary", read above): the "$schema"s no longer name them, and they
 * are no schemas of instances, so neither the model nor the runtimes see them.
 */
function withoutMetaSchemaParts(root: unknown, lookup: DocumentLookup): void {
  if (!isObject(root) || !isObject(root['$defs'])) return;
  const defs = root['$defs'];
  const parts = Object.entries(defs).filter(
    ([, entry]) =>
      isObject(entry) &&
      Object.keys(entry).every((k) => k === '$id' || META_SCHEMA_PART.includes(k)) &&
      typeof entry['$id'] === 'string' &&
      lookup(entry['$id']) !== undefined,
  );
  for (const [name] of parts) delete defs[name];
  if (parts.length > 0 && Object.keys(defs).length === 0) delete root['$defs'];
}
