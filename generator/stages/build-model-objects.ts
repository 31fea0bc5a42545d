// build-model, part four: objects and maps. An object schema with named members ("properties",
// "required", "additionalProperties": false) is an object declaration; one without is a map.
// What stands beside the named members ("additionalProperties", "patternProperties") types the
// other members' values, as wide as needed for every valid value to bind.

import { joinPointer } from '../errors.js';
import { isObject, type JsonObject } from './load.js';
import type { Additional, JsonValue, Property, TypeRef } from '../model/ir.js';
import { ANY, codegenOf, docOf, examplesOf, isAnySchema, typeList, wordsOf, type DeclarationBase, type ModelBuilder } from './build-model-base.js';

/** An object declaration: only objects (and maybe null) are valid, and it names members or denies others. */
export function isObjectDeclaration(s: JsonObject): boolean {
  const types = typeList(s).filter((t) => t !== 'null');
  // "required" alone makes an object too: its names must be there, whatever "properties" lists.
  return types.length === 1 && types[0] === 'object' && (s['properties'] !== undefined || s['additionalProperties'] === false || requiredNames(s).length > 0);
}

/** Whether typeOf makes `s` a declaration of its own (hoisted when it stands inside another schema). */
export function hoists(s: JsonObject): boolean {
  return s['$ref'] === undefined && (s['oneOf'] !== undefined || s['anyOf'] !== undefined || s['enum'] !== undefined || isObjectDeclaration(s));
}

function requiredNames(s: JsonObject): string[] {
  return Array.isArray(s['required']) ? (s['required'] as string[]) : [];
}

export function buildObject(builder: ModelBuilder, s: JsonObject, { slot, ...base }: DeclarationBase): TypeRef {
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
      type: builder.typeOf(builder, sub, pointer, [...base.words, ...words]),
      doc: docOf(subObject),
      default: Object.hasOwn(subObject, 'default') ? { value: subObject['default'] as JsonValue } : null,
      examples: examplesOf(subObject),
      codegen: codegenOf(subObject),
      pointer,
    };
  });
  const additional = additionalOf(builder, s, base.id, [...base.words, 'value']);
  const members = [...properties, ...requiredMembers(builder, props, required, additional, base.id)];
  return builder.add({ ...base, kind: 'object', properties: members, additional, nullable: typeList(s).includes('null') }, slot);
}

/** What an object does with the members "properties" does not name. */
function additionalOf(builder: ModelBuilder, s: JsonObject, id: string, words: string[]): Additional {
  const extra = s['additionalProperties'];
  if (s['patternProperties'] === undefined) {
    if (extra === false) return { kind: 'deny' };
    if (extra === undefined || isAnySchema(extra)) return { kind: 'allow' };
    return { kind: 'typed', type: builder.typeOf(builder, extra, joinPointer(id, 'additionalProperties'), words) };
  }
  const type = patternedValues(builder, s, id, words);
  return type.kind === 'any' ? { kind: 'allow' } : { kind: 'typed', type };
}

/** The values of a map (an object schema without named members). */
export function valuesOf(builder: ModelBuilder, s: JsonObject, pointer: string, words: string[]): TypeRef {
  if (s['patternProperties'] !== undefined) return patternedValues(builder, s, pointer, words);
  const extra = s['additionalProperties'];
  return extra === undefined || extra === true ? ANY : builder.typeOf(builder, extra, joinPointer(pointer, 'additionalProperties'), words);
}

/**
 * Beside "patternProperties", a member's value is checked by every pattern its name matches, or
 * by "additionalProperties" when it matches none: one type holds them all only when every one of
 * these schemas has the same type (a "$ref" to one declaration, say). Otherwise any value, for
 * now. Schemas that would be hoisted are not built for the comparison (their declarations would
 * be left unused), so they make it any value too.
 */
function patternedValues(builder: ModelBuilder, s: JsonObject, pointer: string, words: string[]): TypeRef {
  builder.widen(pointer);
  const patterns = isObject(s['patternProperties']) ? Object.entries(s['patternProperties']) : [];
  const extra = s['additionalProperties'];
  const schemas: [JsonValue, string][] = patterns.map(([p, schema]) => [schema, joinPointer(pointer, 'patternProperties', p)]);
  if (extra !== false) schemas.push([extra ?? true, joinPointer(pointer, 'additionalProperties')]);
  const types = schemas.map(([schema, at]) => (isObject(schema) && hoists(schema) ? null : builder.typeOf(builder, schema, at, words)));
  const first = types[0];
  return first !== undefined && first !== null && types.every((t) => t !== null && JSON.stringify(t) === JSON.stringify(first)) ? first : ANY;
}

/**
 * A required name with no property schema must be present, and its value is checked by
 * "additionalProperties" (any value when that is absent). It becomes a required property of that
 * type, so every target checks its presence and keeps its value on the round trip. Beside
 * "additionalProperties": false no object is valid: the member is then typed as any value (the
 * validator refuses every object), as a schema no value satisfies is.
 */
function requiredMembers(builder: ModelBuilder, props: JsonObject, required: readonly string[], additional: Additional, id: string): Property[] {
  return required.flatMap((jsonName, i) => {
    if (Object.hasOwn(props, jsonName)) return [];
    const pointer = joinPointer(id, 'required', i);
    if (additional.kind === 'deny') builder.widen(pointer);
    const type: TypeRef = additional.kind === 'typed' ? additional.type : ANY;
    return [{ jsonName, words: wordsOf(jsonName, pointer), required: true, type, doc: docOf({}), default: null, examples: [], codegen: {}, pointer }];
  });
}
