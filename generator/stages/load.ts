// load: schema file text -> parsed JSON document; the document (after the dialect stage, so in
// draft 2020-12) checked against the keywords of draft 2020-12, each of which is accepted in its
// documented shape; the spellings of earlier drafts are refused (stages/keywords.ts); keywords no
// specification defines are annotations, reported (or refused under --strict).
// Takes the file's text (read.ts reads the bytes, parse-json.ts decodes them); returns the parsed
// root. Reads nothing itself and resolves nothing: `$ref` targets are resolve.ts's job. Every rejection is a SchemaError
// with the JSON pointer of the offending keyword.

import { SchemaError, framePointer, joinPointer, quoted } from '../errors.js';
import type { JsonValue } from '../model/ir.js';
import { MAX_JSON_DEPTH } from '../model/limits.js';
import { countWrittenKeys, lineAndColumn, refuseDuplicateKeys } from './parse-json.js';
import { checkPattern } from '../regex/index.js';
import { EDITOR_ANNOTATIONS, UNSUPPORTED_KEYWORDS, UnknownKeywords, unknownKeywordError, type UnknownKeyword } from './keywords.js';

export const DRAFT_2020_12 = 'https://json-schema.org/draft/2020-12/schema';

/** Schema nesting deeper than this is refused before any recursive stage can overflow the stack. */
export const MAX_DEPTH = 64;

export type JsonObject = { [key: string]: JsonValue };

export function isObject(value: JsonValue | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `target[key] = value` as an own property, "__proto__" too (an assignment would set the prototype). */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
  else target[key] = value;
}

const TYPE_NAMES = new Set(['string', 'integer', 'number', 'boolean', 'object', 'array', 'null']);

/** `unknown` collects the keys no specification defines, which load as annotations. */
type KeywordCheck = (value: JsonValue, pointer: string, depth: number, unknown: UnknownKeywords) => void;

export interface CheckOptions {
  /** Refuse unknown keywords instead of reporting them. */
  readonly strict?: boolean;
  /** Called once per unknown keyword name, in document order, when not strict. */
  readonly warn?: (unknown: UnknownKeyword) => void;
}

/**
 * Text -> JSON value, a leading BOM dropped. JSON.parse: it is strict, says where the syntax
 * breaks and takes any depth. Keys such as "__proto__" or "toString" are then own properties like
 * any other (JSON.parse defines them), so every lookup by a key from the schema checks own
 * properties only. Duplicate keys, which JSON.parse resolves silently, are refused.
 */
export function parseSchemaText(text: string): JsonValue {
  const unmarked = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const root = parseSyntax(unmarked);
  const parsedKeys = checkJsonDepth(root);
  if (parsedKeys !== countWrittenKeys(unmarked)) {
    refuseDuplicateKeys(unmarked);
    throw new Error('internal: fewer keys parsed than written, but no duplicate key found');
  }
  return root;
}

function parseSyntax(text: string): JsonValue {
  try {
    return JSON.parse(text) as JsonValue;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    const at = position ? lineAndColumn(text, Number(position[1])) : null;
    const where = at ? ` at line ${at.line}, column ${at.column}` : '';
    throw new SchemaError(
      `the schema is not valid JSON${where}: ${message}`,
      '',
      'fix the JSON syntax at that position (a trailing comma or a missing quote is the usual cause)',
    );
  }
}

/**
 * Checks the whole document (parsed by parseSchemaText, so no deeper than MAX_JSON_DEPTH); returns
 * it typed as the root object, with its unknown keywords deleted (in place: the document is the
 * pipeline's own parse). An annotation then cannot change what later stages see: beside "$ref" or
 * "oneOf", or in a {"type": "null"} variant, it would otherwise be refused or read as a constraint.
 */
export function checkSchema(root: JsonValue, options: CheckOptions = {}): JsonObject | boolean {
  if (typeof root === 'boolean') return root; // true accepts every value, false none: both are schemas
  if (!isObject(root)) {
    throw new SchemaError('the schema root must be a JSON object (or true or false)', '', 'wrap the schema in { ... }');
  }
  const unknown = new UnknownKeywords();
  checkSchemaNode(root, '', 0, unknown);
  const found = unknown.list([...Object.keys(KEYWORDS), ...Object.keys(UNSUPPORTED_KEYWORDS)]);
  if (options.strict === true && found[0] !== undefined) throw unknownKeywordError(found[0]);
  for (const u of found) options.warn?.(u);
  unknown.removeAll(referencedTokens(root));
  return root;
}

/** Every token of the JSON pointer fragments of the document's references (and, harmlessly, more: any "$ref" string). */
function referencedTokens(root: JsonValue): Set<string> {
  const tokens = new Set<string>();
  const stack: JsonValue[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    for (const key of Object.keys(node)) {
      const value = (node as JsonObject)[key]!;
      if (typeof value === 'object' && value !== null) stack.push(value);
      else if ((key === '$ref' || key === '$dynamicRef') && typeof value === 'string') {
        const fragment = value.slice(value.indexOf('#') + 1);
        let decoded = fragment;
        try {
          decoded = decodeURIComponent(fragment);
        } catch {
          // a malformed escape: the raw tokens
        }
        for (const token of decoded.split('/')) tokens.add(token.replace(/~1/g, '/').replace(/~0/g, '~'));
      }
    }
  }
  return tokens;
}

/** Iterative, so a document nested thousands deep gets a message, not a stack overflow. Returns how many object keys the document holds. */
function checkJsonDepth(root: JsonValue): number {
  let objectKeys = 0;
  interface Frame {
    readonly value: JsonValue;
    readonly depth: number;
    readonly key: string;
    readonly parent: Frame | null;
  }
  const stack: Frame[] = [{ value: root, depth: 0, key: '', parent: null }];
  while (stack.length > 0) {
    const frame = stack.pop()!;
    if (frame.depth > MAX_JSON_DEPTH) {
      fail(
        `the document is nested more than ${MAX_JSON_DEPTH} levels deep`,
        framePointer(frame),
        'flatten it: move inner schemas into "$defs" and refer to them with "$ref"',
      );
    }
    const { value } = frame;
    if (typeof value !== 'object' || value === null) continue;
    const keys = Object.keys(value);
    if (!Array.isArray(value)) objectKeys += keys.length;
    // Only what can fail gets a frame: containers, and any value beyond the depth (the walk's order, and so the error, as with a frame for every value).
    const tooDeep = frame.depth + 1 > MAX_JSON_DEPTH;
    for (const key of keys) {
      const child = (value as JsonObject)[key]!;
      if (tooDeep || (typeof child === 'object' && child !== null)) stack.push({ value: child, depth: frame.depth + 1, key, parent: frame });
    }
  }
  return objectKeys;
}

function fail(message: string, pointer: string, hint: string): never {
  throw new SchemaError(message, pointer, hint);
}

function checkSchemaNode(node: JsonValue, pointer: string, depth: number, unknown: UnknownKeywords): void {
  if (depth > MAX_DEPTH) {
    fail(`schemas are nested more than ${MAX_DEPTH} levels deep`, pointer, 'move inner schemas into "$defs" and use "$ref"');
  }
  if (typeof node === 'boolean') return;
  if (!isObject(node)) {
    fail('expected a schema (a JSON object, true or false)', pointer, 'write {} or true for "any value"');
  }
  for (const [keyword, value] of Object.entries(node)) {
    const at = joinPointer(pointer, keyword);
    if (keyword.startsWith('x-')) {
      if (keyword === 'x-codegen') checkCodegen(value, at);
      else if (!EXTENSIONS_READ.has(keyword)) unknown.ignore(keyword, node);
      continue;
    }
    // Own properties only: "toString" or "constructor" is a key, not a keyword.
    const check = Object.hasOwn(KEYWORDS, keyword) ? KEYWORDS[keyword] : undefined;
    if (check !== undefined) check(value, at, depth, unknown);
    else if (Object.hasOwn(UNSUPPORTED_KEYWORDS, keyword)) fail(`unsupported keyword ${quoted(keyword)}`, at, UNSUPPORTED_KEYWORDS[keyword]!);
    else if (EDITOR_ANNOTATIONS.has(keyword)) unknown.ignore(keyword, node);
    else unknown.add(keyword, at, node);
  }
  // An editor's Markdown text is the only description many configuration-file schemas give:
  // it documents the generated code and docs where "description" is absent.
  if (typeof node['markdownDescription'] === 'string' && !Object.hasOwn(node, 'description')) node['description'] = node['markdownDescription'];
}

/** The vendor extensions build-model reads beside "x-codegen": the names of enum values (build-model-unions.ts). */
const EXTENSIONS_READ = new Set(['x-enum-varnames', 'x-enumNames']);

function checkCodegen(value: JsonValue, pointer: string): void {
  if (!isObject(value)) fail('"x-codegen" must be an object', pointer, 'write e.g. {"csharp": {"name": "Foo"}}');
  for (const [key, options] of Object.entries(value)) {
    if (!isObject(options)) {
      fail(`"x-codegen/${key}" must be an object of options`, joinPointer(pointer, key), 'write e.g. {"name": "Foo"}');
    }
  }
}

const expectString =
  (what: string): KeywordCheck =>
  (value, pointer) => {
    if (typeof value !== 'string') fail(`${quoted(what)} must be a string`, pointer, `write ${quoted(what)}: "..."`);
  };
const expectNumber =
  (what: string): KeywordCheck =>
  (value, pointer) => {
    if (typeof value !== 'number') fail(`${quoted(what)} must be a number, found ${JSON.stringify(value)}`, pointer, 'write a JSON number');
  };
const expectCount =
  (what: string): KeywordCheck =>
  (value, pointer) => {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
      fail(`${quoted(what)} must be a non-negative integer, found ${JSON.stringify(value)}`, pointer, 'write a whole number such as 0 or 512');
    }
  };
const expectSchemaMap =
  (what: string): KeywordCheck =>
  (value, pointer, depth, unknown) => {
    if (!isObject(value)) fail(`${quoted(what)} must be an object of schemas`, pointer, `write ${quoted(what)}: { "name": { ... } }`);
    for (const [name, schema] of Object.entries(value)) checkSchemaNode(schema, joinPointer(pointer, name), depth + 1, unknown);
  };
const expectSchemaList =
  (what: string): KeywordCheck =>
  (value, pointer, depth, unknown) => {
    if (!Array.isArray(value) || value.length === 0)
      fail(`${quoted(what)} must be a non-empty array of schemas`, pointer, `write ${quoted(what)}: [{ ... }, { ... }]`);
    value.forEach((schema, i) => checkSchemaNode(schema, joinPointer(pointer, i), depth + 1, unknown));
  };
const expectAny: KeywordCheck = () => undefined;
const expectSchema: KeywordCheck = (value, pointer, depth, unknown) => checkSchemaNode(value, pointer, depth + 1, unknown);
const expectBoolean =
  (what: string): KeywordCheck =>
  (value, pointer) => {
    if (typeof value !== 'boolean') fail(`${quoted(what)} must be true or false`, pointer, `write ${quoted(what)}: true`);
  };
/** "$anchor" and "$dynamicAnchor": a plain name (2020-12's meta-schema), so that "#name" can refer to it. */
const expectAnchor =
  (what: string): KeywordCheck =>
  (value, pointer) => {
    if (typeof value !== 'string' || !/^[A-Za-z_][-A-Za-z0-9._]*$/.test(value))
      fail(`${quoted(what)} must be a name (a letter or "_", then letters, digits, "-", "." or "_")`, pointer, `write ${quoted(what)}: "node"`);
  };
const expectNames =
  (what: string): ((value: JsonValue, pointer: string) => void) =>
  (value, pointer) => {
    if (!Array.isArray(value) || value.some((v) => typeof v !== 'string'))
      fail(`${quoted(what)} must be an array of property names`, pointer, `write ${quoted(what)}: ["name", ...]`);
    if (new Set(value).size !== value.length) fail(`${quoted(what)} lists a property twice`, pointer, 'list each property once');
  };

const KEYWORDS: Record<string, KeywordCheck> = {
  $schema: expectString('$schema'),
  $defs: expectSchemaMap('$defs'),
  $ref: expectString('$ref'),
  $comment: expectString('$comment'),
  title: expectString('title'),
  description: expectString('description'),
  format: expectString('format'),
  default: expectAny,
  const: expectAny,
  deprecated: expectBoolean('deprecated'),
  examples: (value, pointer) => {
    if (!Array.isArray(value)) fail('"examples" must be an array of example values', pointer, 'write "examples": [ {...} ]');
  },
  type: (value, pointer) => {
    const names = Array.isArray(value) ? value : [value];
    names.forEach((name, i) => {
      if (typeof name !== 'string' || !TYPE_NAMES.has(name)) {
        fail(`unknown type ${JSON.stringify(name)}`, Array.isArray(value) ? joinPointer(pointer, i) : pointer, `use one of ${[...TYPE_NAMES].join(', ')}`);
      }
    });
    if (new Set(names).size !== names.length) fail('"type" lists a type twice', pointer, 'list each type once');
  },
  properties: expectSchemaMap('properties'),
  required: expectNames('required'),
  additionalProperties: expectSchema,
  items: (value, pointer, depth, unknown) => {
    if (Array.isArray(value))
      fail(
        '"items" must be a single schema in draft 2020-12',
        pointer,
        'write the tuple as "prefixItems": [...] (and "items" for the rest), or give the draft the schema is written for with "$schema"',
      );
    checkSchemaNode(value, pointer, depth + 1, unknown);
  },
  enum: (value, pointer) => {
    if (!Array.isArray(value)) fail('"enum" must be an array', pointer, 'write "enum": ["a", "b"]');
  },
  oneOf: expectSchemaList('oneOf'),
  anyOf: expectSchemaList('anyOf'),
  allOf: expectSchemaList('allOf'),
  prefixItems: expectSchemaList('prefixItems'),
  not: expectSchema,
  if: expectSchema,
  then: expectSchema,
  else: expectSchema,
  contains: expectSchema,
  propertyNames: expectSchema,
  unevaluatedItems: expectSchema,
  unevaluatedProperties: expectSchema,
  contentSchema: expectSchema,
  dependentSchemas: expectSchemaMap('dependentSchemas'),
  patternProperties: (value, pointer, depth, unknown) => {
    expectSchemaMap('patternProperties')(value, pointer, depth, unknown);
    for (const key of Object.keys(value as JsonObject)) checkPattern(key, joinPointer(pointer, key));
  },
  dependentRequired: (value, pointer) => {
    if (!isObject(value)) fail('"dependentRequired" must be an object of property name arrays', pointer, 'write "dependentRequired": {"a": ["b"]}');
    for (const [name, names] of Object.entries(value)) expectNames(`dependentRequired/${name}`)(names, joinPointer(pointer, name));
  },
  $id: expectString('$id'),
  $anchor: expectAnchor('$anchor'),
  $dynamicAnchor: expectAnchor('$dynamicAnchor'),
  $dynamicRef: expectString('$dynamicRef'),
  $vocabulary: (value, pointer) => {
    if (!isObject(value) || Object.values(value).some((v) => typeof v !== 'boolean'))
      fail('"$vocabulary" must be an object of vocabulary URIs to true or false', pointer, 'only meta-schemas declare vocabularies; remove it');
  },
  multipleOf: (value, pointer) => {
    if (typeof value !== 'number' || !(value > 0))
      fail(`"multipleOf" must be a number above 0, found ${JSON.stringify(value)}`, pointer, 'write e.g. "multipleOf": 0.01');
  },
  uniqueItems: expectBoolean('uniqueItems'),
  readOnly: expectBoolean('readOnly'),
  writeOnly: expectBoolean('writeOnly'),
  minProperties: expectCount('minProperties'),
  maxProperties: expectCount('maxProperties'),
  minContains: expectCount('minContains'),
  maxContains: expectCount('maxContains'),
  contentEncoding: expectString('contentEncoding'),
  contentMediaType: expectString('contentMediaType'),
  discriminator: (value, pointer) => {
    if (!isObject(value) || typeof value['propertyName'] !== 'string') {
      fail('"discriminator" must be {"propertyName": "<name>"}', pointer, 'write "discriminator": {"propertyName": "type"}');
    }
    const extra = Object.keys(value).filter((k) => k !== 'propertyName');
    if (extra.length > 0)
      fail(`"discriminator/${extra[0]}" is not supported`, joinPointer(pointer, extra[0] ?? ''), 'the mapping is read from each variant\'s "const"; remove it');
  },
  minimum: expectNumber('minimum'),
  maximum: expectNumber('maximum'),
  exclusiveMinimum: expectNumber('exclusiveMinimum'),
  exclusiveMaximum: expectNumber('exclusiveMaximum'),
  minLength: expectCount('minLength'),
  maxLength: expectCount('maxLength'),
  minItems: expectCount('minItems'),
  maxItems: expectCount('maxItems'),
  pattern: (value, pointer) => {
    if (typeof value !== 'string') fail('"pattern" must be a string', pointer, 'write "pattern": "..."');
    checkPattern(value, pointer);
  },
};
