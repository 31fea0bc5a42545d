// openapi-schema: one OpenAPI Schema Object -> a JSON Schema 2020-12 schema (openapi.ts calls it
// for every schema the document declares or an operation uses). OpenAPI 3.0's dialect:
// `nullable` joins "null" to `type` (or to `enum`), or wraps a schema without `type` as
// `anyOf: [X, {"type": "null"}]` with its annotations outside, so they stay on the declaration;
// boolean `exclusiveMinimum`/`exclusiveMaximum` become the draft 2020-12 numbers; `example`
// becomes `examples`. In both versions `readOnly`, `writeOnly`, `xml` and `externalDocs` are kept
// as "x-oas-" annotations (no target reads them, and load.ts refuses readOnly until one does).
// The walk records, for every node it moves, its new and original pointer (Pointers), so every
// later error is reported at the pointer the user wrote; `$ref`s are collected and rewritten by
// openapi.ts once every schema has its new place. The 3.0 keywords are converted in 3.1 documents
// too: neither `nullable` nor a boolean bound means anything else there, and published 3.1
// documents (the OpenAI one among them) still write them.

import { SchemaError, joinPointer } from '../errors.js';
import type { JsonValue } from '../model/ir.js';
import { isObject, type JsonObject } from './load.js';

export type OpenApiVersion = '3.0' | '3.1';

/** Pointer pairs: the converted document's pointer <-> the original document's. */
export class Pointers {
  private readonly toOriginal = new Map<string, string>([['', '']]);
  private readonly toConverted = new Map<string, string>([['', '']]);
  /** Where the inside of a wrapped (nullable) schema went: original -> converted "…/anyOf/0". */
  private readonly interior = new Map<string, string>();

  add(converted: string, original: string): void {
    this.toOriginal.set(converted, original);
    if (!this.toConverted.has(original)) this.toConverted.set(original, converted);
  }

  addWrap(converted: string, original: string): void {
    this.toOriginal.set(joinPointer(converted, 'anyOf', 0), original);
    this.interior.set(original, joinPointer(converted, 'anyOf', 0));
  }

  /** The original document's pointer for a converted one (the longest recorded prefix, then the rest as is). */
  original(pointer: string): string {
    return translate(pointer, (prefix) => this.toOriginal.get(prefix));
  }

  /** The converted pointer for an original one, or null when it is in no converted schema. */
  converted(pointer: string): string | null {
    for (let prefix = pointer; ; prefix = parentOf(prefix)) {
      const rest = pointer.slice(prefix.length);
      const target = rest !== '' ? (this.interior.get(prefix) ?? this.toConverted.get(prefix)) : this.toConverted.get(prefix);
      if (target !== undefined) return prefix === '' && pointer !== '' ? null : target + rest;
      if (prefix === '') return null;
    }
  }
}

/** The name of a "#/$defs/<name>" reference, or null. */
export function defName(ref: string): string | null {
  if (!ref.startsWith('#/$defs/')) return null;
  try {
    return decodeURIComponent(ref.slice('#/$defs/'.length)).replace(/~1/g, '/').replace(/~0/g, '~');
  } catch {
    return null;
  }
}

function parentOf(pointer: string): string {
  return pointer.slice(0, pointer.lastIndexOf('/'));
}

function translate(pointer: string, lookup: (prefix: string) => string | undefined): string {
  for (let prefix = pointer; ; prefix = parentOf(prefix)) {
    const target = lookup(prefix);
    if (target !== undefined) return target + pointer.slice(prefix.length);
  }
}

/** A `$ref` to rewrite: the object holding it and where it was written. */
export interface RefSite {
  readonly holder: JsonObject;
  readonly original: string;
}

export interface SchemaContext {
  readonly version: OpenApiVersion;
  readonly pointers: Pointers;
  readonly refs: RefSite[];
  /** Vendor mistakes the conversion repaired (a warning each; --strict refuses the first), pointers into the document. */
  readonly mistakes: SchemaError[];
  /** Schemas with a discriminator, checked once every schema is converted. */
  readonly discriminators: { readonly schema: JsonObject; readonly original: string }[];
  /** Schemas read as objects though they say no "type" (untypedObject), pointers into the document. */
  readonly untypedObjects: string[];
  /** "definitions" read as "$defs" (convertSchema), pointers into the document. */
  readonly definitions: string[];
}

const SCHEMA_MAPS = new Set(['properties', 'patternProperties', '$defs', 'dependentSchemas']);
const SCHEMA_LISTS = new Set(['allOf', 'anyOf', 'oneOf', 'prefixItems']);
const SCHEMA_VALUES = new Set([
  'items',
  'additionalProperties',
  'not',
  'if',
  'then',
  'else',
  'contains',
  'propertyNames',
  'unevaluatedItems',
  'unevaluatedProperties',
]);
const OAS_ANNOTATIONS = new Set(['readOnly', 'writeOnly', 'xml', 'externalDocs']);
/** What stays on the outside of a nullable wrap: it describes the declaration, not one of its branches. */
const OUTER_KEYS = new Set(['title', 'description', 'default', 'examples', 'deprecated', 'x-codegen']);

/** Converts the schema at `original` (in the OpenAPI document) to the one at `converted`. */
export function convertSchema(value: JsonValue, original: string, converted: string, ctx: SchemaContext): JsonValue {
  ctx.pointers.add(converted, original);
  if (!isObject(value)) return value;
  const out: JsonObject = {};
  for (const [key, child] of Object.entries(value)) {
    // Pointers only for what holds schemas or moves: most keys are annotations and assertions.
    if (key === 'definitions' && isObject(child) && !Object.hasOwn(value, '$defs')) {
      // No keyword of OpenAPI's schemas (draft 2020-12 names it "$defs"), but documents generated
      // from draft-04 schemas keep it and "$ref" into it (codat.io's): read as "$defs".
      const [at, to] = [joinPointer(original, key), joinPointer(converted, '$defs')];
      ctx.pointers.add(to, at);
      ctx.definitions.push(at);
      out['$defs'] = Object.fromEntries(Object.entries(child).map(([k, v]) => [k, convertSchema(v, joinPointer(at, k), joinPointer(to, k), ctx)]));
    } else if (SCHEMA_MAPS.has(key) && isObject(child)) {
      const [at, to] = [joinPointer(original, key), joinPointer(converted, key)];
      out[key] = Object.fromEntries(Object.entries(child).map(([k, v]) => [k, convertSchema(v, joinPointer(at, k), joinPointer(to, k), ctx)]));
    } else if (SCHEMA_LISTS.has(key) && Array.isArray(child)) {
      const [at, to] = [joinPointer(original, key), joinPointer(converted, key)];
      out[key] = child.map((v, i) => convertSchema(v, joinPointer(at, i), joinPointer(to, i), ctx));
    } else if (SCHEMA_VALUES.has(key)) {
      out[key] = convertSchema(child, joinPointer(original, key), joinPointer(converted, key), ctx);
    } else if (OAS_ANNOTATIONS.has(key)) {
      out[`x-oas-${key}`] = child;
      ctx.pointers.add(joinPointer(converted, `x-oas-${key}`), joinPointer(original, key));
    } else out[key] = child;
  }
  if (Array.isArray(out['required'])) out['required'] = distinctRequired(out['required'], joinPointer(original, 'required'), ctx);
  if (isObject(out['examples'])) out['examples'] = exampleValues(out['examples'], original, converted, ctx);
  if (typeof out['$ref'] === 'string') ctx.refs.push({ holder: out, original: joinPointer(original, '$ref') });
  if (Object.hasOwn(value, 'example')) {
    const examples = Array.isArray(out['examples']) ? out['examples'] : [];
    ctx.pointers.add(joinPointer(converted, 'examples', examples.length), joinPointer(original, 'example'));
    out['examples'] = [...examples, out['example']!];
    delete out['example'];
  }
  if (isObject(out['discriminator'])) ctx.discriminators.push({ schema: out, original });
  for (const bound of ['Minimum', 'Maximum'] as const) exclusiveBound(out, bound, original);
  if (untypedObject(out)) {
    out['type'] = 'object';
    ctx.untypedObjects.push(original);
  }
  return Object.hasOwn(out, 'nullable') ? nullable(out, original, converted, ctx) : out;
}

/** Keywords that make a schema more than an object's members: with one, "type" is not guessed. */
const NOT_ONLY_MEMBERS = ['type', '$ref', 'allOf', 'anyOf', 'oneOf', 'not', 'if', 'enum', 'const', 'items', 'prefixItems'];

/**
 * An OpenAPI schema with "properties" and no "type" describes an object (OpenAPI tools, and the
 * vendors writing the specs, read it so: published specs are full of them), though
 * as JSON Schema it accepts any value that is not an object too. It is read as "type": "object",
 * so that it is an object and not the JSON value type, with a warning (openapi.ts).
 */
function untypedObject(schema: JsonObject): boolean {
  return isObject(schema['properties']) && NOT_ONLY_MEMBERS.every((k) => schema[k] === undefined);
}

/** `required` naming a property twice (JSON Schema says each once): a vendor's slip that means the same as once. */
function distinctRequired(required: JsonValue[], original: string, ctx: SchemaContext): JsonValue[] {
  const distinct = [...new Set(required)];
  if (distinct.length === required.length) return required;
  const twice = required.filter((name, i) => required.indexOf(name) !== i);
  ctx.mistakes.push(
    new SchemaError(`"required" lists ${twice.map((n) => JSON.stringify(n)).join(', ')} twice; read as once`, original, 'list each property once'),
  );
  return distinct;
}

/**
 * "examples" written as a media type's map of Example Objects (`{"Example 1": {"value": ...}}`)
 * inside a schema, where JSON Schema wants an array of values (codat.io's): read as the array of
 * their values (an entry without "value", e.g. one with "externalValue", holds none), a vendor's
 * slip (warning; --strict refuses it).
 */
function exampleValues(examples: JsonObject, original: string, converted: string, ctx: SchemaContext): JsonValue[] {
  const at = joinPointer(original, 'examples');
  ctx.mistakes.push(
    new SchemaError(
      '"examples" is a map of Example Objects (as a media type writes them), where a schema holds an array of values: read as the array of their "value"s',
      at,
      'write "examples": [<value>, ...], or move the map to the media type',
    ),
  );
  const values: JsonValue[] = [];
  for (const [name, example] of Object.entries(examples)) {
    if (!isObject(example) || !Object.hasOwn(example, 'value')) continue;
    ctx.pointers.add(joinPointer(converted, 'examples', values.length), joinPointer(at, name, 'value'));
    values.push(example['value']!);
  }
  return values;
}

/** OpenAPI 3.0 (as draft-04): `exclusiveMinimum: true` makes `minimum` exclusive. */
function exclusiveBound(schema: JsonObject, bound: 'Minimum' | 'Maximum', original: string): void {
  const key = `exclusive${bound}`;
  const flag = schema[key];
  if (typeof flag !== 'boolean') return;
  const plain = bound.toLowerCase();
  delete schema[key];
  if (!flag) return;
  if (typeof schema[plain] !== 'number')
    throw new SchemaError(`"${key}": true needs a "${plain}" beside it`, joinPointer(original, key), `add "${plain}": <number>, or remove "${key}"`);
  schema[key] = schema[plain]!;
  delete schema[plain];
}

function nullable(schema: JsonObject, original: string, converted: string, ctx: SchemaContext): JsonObject {
  const flag = schema['nullable'];
  delete schema['nullable'];
  if (typeof flag !== 'boolean') throw new SchemaError('"nullable" must be true or false', joinPointer(original, 'nullable'), 'write "nullable": true');
  if (!flag) return schema;
  const type = schema['type'];
  const enumValues = schema['enum'];
  if (Array.isArray(enumValues) && !enumValues.includes(null)) schema['enum'] = [...enumValues, null];
  if (typeof type === 'string') schema['type'] = [type, 'null'];
  else if (Array.isArray(type)) schema['type'] = type.includes('null') ? type : [...type, 'null'];
  if (type !== undefined) return schema;
  if (Array.isArray(enumValues)) return schema; // null is in the enum: nothing else to widen
  const outer: JsonObject = {};
  const inner: JsonObject = {};
  for (const [key, value] of Object.entries(schema)) (OUTER_KEYS.has(key) || key.startsWith('x-oas-') ? outer : inner)[key] = value;
  ctx.pointers.addWrap(converted, original);
  ctx.pointers.add(joinPointer(converted, 'anyOf', 1), joinPointer(original, 'nullable'));
  // A wrapped discriminator stays with its variants, inside.
  const site = ctx.discriminators.find((d) => d.schema === schema);
  if (site !== undefined) ctx.discriminators.splice(ctx.discriminators.indexOf(site), 1, { schema: inner, original });
  const ref = ctx.refs.findIndex((r) => r.holder === schema);
  if (ref >= 0) ctx.refs[ref] = { holder: inner, original: ctx.refs[ref]!.original };
  return { ...outer, anyOf: [inner, { type: 'null' }] };
}
