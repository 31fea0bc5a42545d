// build-model: resolved schema document -> neutral model (IR).
// Takes what resolve returned (the root load accepted, its "$defs" and every "$ref" decoded);
// returns the Model. Pure: no I/O, no target knowledge, no checks of examples or defaults (the
// check stage's). Inline objects, enums and unions are hoisted into named declarations so every
// target can give them a type of their own.

import { SchemaError, joinPointer, quoted } from '../errors.js';
import { isObject, type JsonObject } from './load.js';
import type { Additional, CodegenOptions, Doc, JsonValue, Model, Property, TypeRef } from '../model/ir.js';
import { pascalCase, splitWords } from '../model/naming.js';
import type { ResolvedSchema } from './resolve.js';
import { keepAccepted } from './build-model-literals.js';
import { buildEnum, buildUnion, enumFromSchema } from './build-model-unions.js';
import { validationSchema } from './validation-schema.js';
import {
  ModelBuilder,
  jsonTypeOf,
  num,
  numberConstraints,
  stringConstraints,
  stringOrNull,
  typeList,
  wordsOf,
  type DeclarationBase,
} from './build-model-base.js';

/** More declarations than this is refused: bounded time and memory for every target. */
export const MAX_DECLARATIONS = 10_000;

export function buildModel(schema: ResolvedSchema, source: string): Model {
  const builder = new ModelBuilder(schema, typeOf);
  const { root, defs } = schema;
  const count = Object.keys(defs).length;
  if (count > MAX_DECLARATIONS) {
    throw new SchemaError(
      `"$defs" has ${count} definitions; at most ${MAX_DECLARATIONS} are supported`,
      '/$defs',
      'split the schema into several files and generate each on its own',
    );
  }
  const rootName = hasValidation(root) ? rootNameOf(root, source) : null;
  if (rootName !== null) declare(builder, root, '', rootName.name, rootName.words, false);
  for (const [name, schema] of Object.entries(defs)) {
    const pointer = joinPointer('/$defs', name);
    declare(builder, schema, pointer, name, wordsOf(name, pointer), false);
  }
  return {
    source,
    title: stringOrNull(root['title']),
    description: stringOrNull(root['description']),
    declarations: builder.declarations,
    validation: validationSchema(root, source),
  };
}

// Keys that say nothing about which values are valid: a root holding only these is a container of
// "$defs" (as the canonical schema is) and declares nothing itself.
const ROOT_CONTAINER_KEYS = new Set(['$schema', '$id', '$defs', '$comment', 'title', 'description', 'deprecated', 'examples', 'default']);

function hasValidation(root: JsonObject): boolean {
  return Object.keys(root).some((k) => !ROOT_CONTAINER_KEYS.has(k) && !k.startsWith('x-'));
}

/** The root declaration's name: its "title", else the schema file's name, else an x-codegen name. */
function rootNameOf(root: JsonObject, source: string): { name: string; words: string[] } {
  const file = (source.split('/').pop() ?? '').replace(/\.json$/i, '').replace(/\.schema$/i, '');
  const codegen = Object.values(codegenOf(root)).map((o) => o['name']);
  const candidates = [root['title'], file, ...codegen].filter((c): c is string => typeof c === 'string');
  for (const name of candidates) {
    const words = splitWords(name);
    if (words.length > 0) return { name, words };
  }
  throw new SchemaError(
    'the schema root has validation keywords, so it is a declaration, but neither its "title" nor the file name gives it a name',
    '',
    'add a "title" with letters or digits at the root',
  );
}

/** Makes `schema` a declaration of its own (a $defs entry, or an inline schema being hoisted). */
export function declare(builder: ModelBuilder, schema: JsonValue, pointer: string, schemaName: string, words: string[], hoisted: boolean): TypeRef {
  const s = isObject(schema) ? schema : {};
  const base = { id: pointer, schemaName, words, doc: docOf(s), examples: examplesOf(s), codegen: codegenOf(s), hoisted, slot: builder.declarations.length };
  if (s['oneOf'] !== undefined || s['anyOf'] !== undefined) return buildUnion(builder, s, base);
  if (s['enum'] !== undefined) return buildEnum(builder, s, base);
  if (isObjectWithProperties(s, pointer)) return buildObject(builder, s, base);
  const { slot, ...rest } = base;
  return builder.add({ ...rest, kind: 'alias', type: typeOf(builder, s, pointer, words) }, slot);
}

function isObjectWithProperties(s: JsonObject, pointer: string): boolean {
  const types = typeList(s);
  if (types.length === 0 && s['properties'] !== undefined) {
    // Without "type", "properties" only applies to objects: 12 and [] are valid. The model has no
    // type for "an object, or anything else", so this is refused rather than typed as an object.
    throw new SchemaError(
      '"properties" without "type" applies to objects only and accepts every other value, which no target can express yet',
      pointer,
      'add "type": "object" (or "type": ["object", "null"]) if the value must be an object',
    );
  }
  // "required" alone makes an object too: its names must be there, whatever "properties" lists.
  return types.includes('object') && (s['properties'] !== undefined || s['additionalProperties'] === false || requiredNames(s).length > 0);
}

function requiredNames(s: JsonObject): string[] {
  return Array.isArray(s['required']) ? (s['required'] as string[]) : [];
}

function buildObject(builder: ModelBuilder, s: JsonObject, { slot, ...base }: DeclarationBase): TypeRef {
  const required = requiredNames(s);
  const props = isObject(s['properties']) ? s['properties'] : {};
  const properties: Property[] = Object.entries(props).map(([jsonName, sub]) => {
    const pointer = joinPointer(base.id, 'properties', jsonName);
    const words = wordsOf(jsonName, pointer);
    const subObject = isObject(sub) ? sub : {};
    return {
      jsonName,
      words,
      required: required.includes(jsonName),
      type: typeOf(builder, sub, pointer, [...base.words, ...words]),
      doc: docOf(subObject),
      default: Object.hasOwn(subObject, 'default') ? { value: subObject['default'] as JsonValue } : null,
      examples: examplesOf(subObject),
      codegen: codegenOf(subObject),
      pointer,
    };
  });
  const extra = s['additionalProperties'];
  const additional =
    extra === false
      ? ({ kind: 'deny' } as const)
      : extra === undefined || extra === true || isAnySchema(extra)
        ? ({ kind: 'allow' } as const)
        : ({ kind: 'typed', type: typeOf(builder, extra, joinPointer(base.id, 'additionalProperties'), [...base.words, 'value']) } as const);
  const members = [...properties, ...requiredMembers(props, required, additional, base.id)];
  return builder.add({ ...base, kind: 'object', properties: members, additional, nullable: typeList(s).includes('null') }, slot);
}

/**
 * A required name with no property schema must be present, and its value is checked by
 * "additionalProperties" (any value when that is absent). It becomes a required property of that
 * type, so every target checks its presence and keeps its value on the round trip.
 */
function requiredMembers(props: JsonObject, required: readonly string[], additional: Additional, id: string): Property[] {
  return required.flatMap((jsonName, i) => {
    if (Object.hasOwn(props, jsonName)) return [];
    const pointer = joinPointer(id, 'required', i);
    if (additional.kind === 'deny') {
      throw new SchemaError(
        `"required" names ${quoted(jsonName)}, which "additionalProperties": false forbids, so this schema accepts no object`,
        pointer,
        `add ${quoted(jsonName)} to "properties", or remove it from "required"`,
      );
    }
    const type: TypeRef = additional.kind === 'typed' ? additional.type : { kind: 'any', nullable: true };
    return [{ jsonName, words: wordsOf(jsonName, pointer), required: true, type, doc: docOf({}), default: null, examples: [], codegen: {}, pointer }];
  });
}

/** The type of a schema standing inside another; inline objects, enums and unions are hoisted. */
export function typeOf(builder: ModelBuilder, schema: JsonValue, pointer: string, words: string[]): TypeRef {
  if (schema === true || isAnySchema(schema)) return { kind: 'any', nullable: true };
  const s = schema as JsonObject;
  const reference = builder.reference(s);
  if (reference !== undefined) return { kind: 'ref', id: reference.id, nullable: false };
  if (s['oneOf'] !== undefined || s['anyOf'] !== undefined || s['enum'] !== undefined || isObjectWithProperties(s, pointer)) {
    const single = s['enum'] !== undefined ? enumFromSchema(s, pointer) : null;
    if (single?.kind === 'const') return single;
    return declare(builder, s, pointer, pascalCase(words), words, true);
  }
  if (s['const'] !== undefined) return constOf(s, pointer);
  return primitiveOf(builder, s, pointer, words, typeList(s).includes('null'));
}

function primitiveOf(builder: ModelBuilder, s: JsonObject, pointer: string, words: string[], nullable: boolean): TypeRef {
  const types = typeList(s).filter((t) => t !== 'null');
  if (types.length > 1) {
    throw new SchemaError(
      `"type" lists ${types.join(' and ')}; only one type (plus "null") is supported`,
      joinPointer(pointer, 'type'),
      'use "oneOf" with one schema per type',
    );
  }
  const type = types[0];
  if (type === undefined) {
    if (typeList(s).includes('null')) return { kind: 'null', nullable: true };
    throw new SchemaError('this schema has constraints but no "type"', pointer, 'add "type" so every target knows what the constraints apply to');
  }
  checkApplicable(s, pointer, type);
  switch (type) {
    case 'string':
      return {
        kind: 'string',
        nullable,
        constraints: stringConstraints(s),
      };
    case 'integer':
    case 'number':
      return { kind: type, nullable, constraints: numberConstraints(s) };
    case 'boolean':
      return { kind: 'boolean', nullable };
    case 'array':
      return {
        kind: 'array',
        nullable,
        items: s['items'] === undefined ? { kind: 'any', nullable: true } : typeOf(builder, s['items'], joinPointer(pointer, 'items'), [...words, 'item']),
        minItems: num(s, 'minItems'),
        maxItems: num(s, 'maxItems'),
      };
    default: {
      const extra = s['additionalProperties'];
      const values =
        extra === undefined || extra === true
          ? ({ kind: 'any', nullable: true } as const)
          : typeOf(builder, extra, joinPointer(pointer, 'additionalProperties'), [...words, 'value']);
      return { kind: 'map', nullable, values };
    }
  }
}

const APPLICABLE: Record<string, readonly string[]> = {
  string: ['minLength', 'maxLength', 'pattern', 'format'],
  integer: ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum'],
  number: ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum'],
  array: ['items', 'minItems', 'maxItems'],
  object: ['additionalProperties', 'properties', 'required'],
  boolean: [],
  null: [],
};
const ALL_CONSTRAINTS = [...new Set(Object.values(APPLICABLE).flat())];

function checkApplicable(s: JsonObject, pointer: string, type: string): void {
  const allowed = APPLICABLE[type] ?? [];
  const stray = ALL_CONSTRAINTS.find((k) => s[k] !== undefined && !allowed.includes(k));
  if (stray !== undefined) {
    throw new SchemaError(`${quoted(stray)} does not apply to type ${quoted(type)}`, joinPointer(pointer, stray), `remove ${quoted(stray)}, or change "type"`);
  }
}

// A const never admits null, whatever "type" says: null is not equal to the const.
function constOf(s: JsonObject, pointer: string): TypeRef {
  const value = s['const'];
  const valueType = jsonTypeOf(value);
  if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
    throw new SchemaError(`"const" of type ${valueType} is not supported`, joinPointer(pointer, 'const'), 'use a string, number or boolean const');
  }
  const declared = typeList(s).filter((t) => t !== 'null');
  if (declared.length > 0 && !declared.some((t) => t === valueType || (t === 'number' && valueType === 'integer'))) {
    throw new SchemaError(
      `"const" ${JSON.stringify(value)} is a ${valueType}, but "type" says ${declared.join(', ')}`,
      joinPointer(pointer, 'const'),
      'make "type" and "const" agree',
    );
  }
  keepAccepted(s, [value], pointer, 'const'); // throws when a keyword beside it rejects it
  return { kind: 'const', nullable: false, value };
}

/** {} or a schema holding only annotations: accepts anything. */
export function isAnySchema(schema: JsonValue): boolean {
  if (schema === true) return true;
  if (!isObject(schema)) return false;
  const annotations = ['title', 'description', 'deprecated', 'examples', 'default', '$comment'];
  return Object.keys(schema).every((k) => annotations.includes(k) || k.startsWith('x-'));
}

export function docOf(s: JsonObject): Doc {
  return { title: stringOrNull(s['title']), description: stringOrNull(s['description']), deprecated: s['deprecated'] === true };
}

function examplesOf(s: JsonObject): JsonValue[] {
  return Array.isArray(s['examples']) ? s['examples'] : [];
}

function codegenOf(s: JsonObject): CodegenOptions {
  const value = s['x-codegen'];
  return isObject(value) ? (value as CodegenOptions) : {};
}
