// validation-schema: the schema as every target's runtime validator reads it. The models do not
// carry validation code of their own: each target emits these documents (as JSON text) and its
// runtime's JSON Schema 2020-12 interpreter (templates/<lang>/runtime/) validates a declaration
// by its schema's URI. What this stage decides, once for every target:
// - the URI the root document is known by: its own absolute `$id`, else file:///<file name>
//   (machine-independent, and hierarchical so that relative references resolve as RFC 3986 says);
// - which keys can go: annotations no validator reads (descriptions can be most of a vendor's
//   spec) are dropped from schema objects, unless a reference points into that keyword;
// - every ECMA-262 pattern in the documents, which each target translates for its own engine;
// - how numbers are written: the schema means the doubles the generator read (stages/numbers.ts),
//   and an integral double beyond 2^53 is written as its exact value (2^64 as
//   18446744073709551616, not JavaScript's shortest 18446744073709552000), so that the runtimes
//   that read numbers exactly (Python, C#, Java) hold the same number as the others.

import type { JsonValue, ValidationSchema } from '../model/ir.js';
import { decodeURIComponentSafe, pointerFragment } from '../model/validation.js';

export { schemaUriOf } from '../model/validation.js';
import { isObject, type JsonObject } from './load.js';
import { unescapePointerToken } from '../errors.js';
import { SUBSCHEMA_KEYWORDS } from './schema-walk.js';

/** Keywords whose value is one schema, an array of schemas, or a map of schemas (2020-12). */
const ONE_SCHEMA = new Set<string>(SUBSCHEMA_KEYWORDS.one);
const SCHEMA_ARRAYS = new Set<string>(SUBSCHEMA_KEYWORDS.arrays);
const SCHEMA_MAPS = new Set<string>(SUBSCHEMA_KEYWORDS.maps);

/** Annotations (and vendor keys) no validator reads. */
const DROPPED = new Set(['title', 'description', '$comment', 'examples', 'default', 'deprecated', 'readOnly', 'writeOnly', 'x-codegen']);
const droppable = (key: string): boolean => DROPPED.has(key) || key.startsWith('x-');

/**
 * `typeSchemas`: the schemas build-model made for the variants of "type" lists
 * (ModelBuilder.typeSchemas), added to the root's "$defs" under their key.
 */
export function validationSchema(
  root: JsonObject | boolean,
  fileName: string,
  typeSchemas: { readonly key: string; readonly schemas: readonly JsonObject[] } = { key: '', schemas: [] },
): ValidationSchema {
  const uri = documentUri(root, fileName);
  const referenced = referencedTokens(root);
  const patterns = new Set<string>();
  const document = strip(root, (key) => droppable(key) && !referenced.has(key), patterns);
  if (typeSchemas.schemas.length > 0 && isObject(document)) {
    const defs = isObject(document['$defs']) ? document['$defs'] : {};
    document['$defs'] = { ...defs, [typeSchemas.key]: { $defs: Object.fromEntries(typeSchemas.schemas.map((schema, i) => [String(i), schema])) } };
  }
  return { rootUri: uri, documents: [{ uri, text: jsonText(document) }], patterns: [...patterns].sort() };
}

/** The URI the root document is known by (resolve.ts resolves references against it too). */
export function documentUri(root: JsonObject | boolean, fileName: string): string {
  const id = isObject(root) ? root['$id'] : undefined;
  if (typeof id === 'string' && /^[A-Za-z][A-Za-z0-9+.-]*:/.test(id)) return id.replace(/#.*$/s, '');
  return `file:///${pointerFragment(fileName.split('/').pop() ?? 'schema.json')}`;
}

/**
 * A reference to the schema at `pointer` (of the root document, whose URI is `rootUri`) from the
 * root resource: "#<pointer>", or, inside a resource of its own (an "$id", a bundled file), that
 * resource's absolute URI with the pointer from it, since a pointer must not cross a resource's
 * boundary. Null when an "$id" on the way does not resolve to an absolute URI.
 */
export function referenceTo(root: JsonObject, rootUri: string, pointer: string): string | null {
  let node: JsonValue | undefined = root;
  let base = rootUri;
  let start = 0; // where the resource holding the schema begins, as tokens of the pointer
  const tokens = pointer.split('/').slice(1);
  for (let i = 0; i < tokens.length; i++) {
    const key = unescapePointerToken(tokens[i]!);
    node = Array.isArray(node) ? node[Number(key)] : isObject(node) ? node[key] : undefined;
    if (!isObject(node) || typeof node['$id'] !== 'string') continue;
    try {
      base = new URL(node['$id'], base).href.replace(/#.*$/s, '');
    } catch {
      return null;
    }
    start = i + 1;
  }
  const rest = tokens
    .slice(start)
    .map((t) => `/${t}`)
    .join('');
  return start === 0 ? `#${pointerFragment(pointer)}` : `${base}#${pointerFragment(rest)}`;
}

/** Every token of every reference's fragment pointer: a key named there must stay. */
function referencedTokens(node: JsonValue): Set<string> {
  const tokens = new Set<string>();
  const walk = (value: JsonValue): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (isObject(value)) {
      for (const [key, child] of Object.entries(value)) {
        if ((key === '$ref' || key === '$dynamicRef') && typeof child === 'string') {
          const fragment = child.includes('#') ? child.slice(child.indexOf('#') + 1) : '';
          for (const token of decodeURIComponentSafe(fragment).split('/')) tokens.add(token.replace(/~1/g, '/').replace(/~0/g, '~'));
        } else walk(child);
      }
    }
  };
  walk(node);
  return tokens;
}

/** A copy of a schema without the dropped keys, collecting patterns; values that are not schemas are kept whole. */
function strip(node: JsonValue, drop: (key: string) => boolean, patterns: Set<string>): JsonValue {
  if (!isObject(node)) return node;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    if (drop(key)) continue;
    if (key === 'pattern' && typeof value === 'string') patterns.add(value);
    if (key === 'patternProperties' && isObject(value)) Object.keys(value).forEach((p) => patterns.add(p));
    if (ONE_SCHEMA.has(key)) out[key] = strip(value, drop, patterns);
    else if (SCHEMA_ARRAYS.has(key) && Array.isArray(value)) out[key] = value.map((v) => strip(v, drop, patterns));
    else if (SCHEMA_MAPS.has(key) && isObject(value)) out[key] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, strip(v, drop, patterns)]));
    else out[key] = value;
  }
  return out;
}

/** JSON text of a value, integral numbers beyond 2^53 written exactly (see the header). */
export function jsonText(value: JsonValue): string {
  // JSON.stringify writes everything else the same way, natively: the exact writer is only needed
  // for documents that hold such a number (rare: the official suite's bignum tests, say).
  return hasUnsafeInteger(value) ? exactJsonText(value) : JSON.stringify(value);
}

const isUnsafeInteger = (value: number): boolean => Number.isInteger(value) && !Number.isSafeInteger(value) && Math.abs(value) < 1e21;

function hasUnsafeInteger(value: JsonValue): boolean {
  if (typeof value === 'number') return isUnsafeInteger(value);
  if (Array.isArray(value)) return value.some(hasUnsafeInteger);
  if (isObject(value)) {
    for (const key in value) if (hasUnsafeInteger(value[key]!)) return true;
  }
  return false;
}

/**
 * JSON.stringify with each unsafe integer first written as a marker string, then the quoted
 * markers replaced by the exact digits: the native writer does the rest (a hand-written one took
 * twice as long on the OpenAI spec, which holds such a number). The marker carries a random
 * nonce; should a string of the document hold one (the count differs), the exact writer does it all.
 */
function exactJsonText(value: JsonValue): string {
  const nonce = `exact-${Math.random().toString(36).slice(2)}`;
  const digits: string[] = [];
  const marked = JSON.stringify(value, (_key, v: unknown) =>
    typeof v === 'number' && isUnsafeInteger(v) ? `${nonce}:${digits.push(BigInt(v).toString()) - 1}` : v,
  );
  let found = 0;
  const text = marked.replace(new RegExp(`"${nonce}:(\\d+)"`, 'g'), (_match, i: string) => (found++, digits[Number(i)]!));
  return found === digits.length ? text : writtenExactly(value);
}

function writtenExactly(value: JsonValue): string {
  if (typeof value === 'number') return isUnsafeInteger(value) ? BigInt(value).toString() : JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(writtenExactly).join(',')}]`;
  if (isObject(value))
    return `{${Object.entries(value)
      .map(([k, v]) => `${JSON.stringify(k)}:${writtenExactly(v)}`)
      .join(',')}}`;
  return JSON.stringify(value);
}
