// build-model, part four: objects and maps. An object schema with named members ("properties",
// "required", "additionalProperties": false) is an object declaration; one without is a map.
// What stands beside the named members ("additionalProperties", "patternProperties") types the
// other members' values, as wide as needed for every valid value to bind.

import { SchemaError, joinPointer, quoted } from '../errors.js';
import { isObject, type JsonObject } from './load.js';
import type { Additional, JsonValue, Property, TypeRef } from '../model/ir.js';
import { distinctNames } from '../model/naming.js';
import { ANY, codegenOf, docOf, examplesOf, isAnySchema, typeList, wordsOf, type DeclarationBase, type ModelBuilder } from './build-model-base.js';

/** An object declaration: only objects (and maybe null) are valid, and it names members or denies others. */
export function isObjectDeclaration(s: JsonObject): boolean {
  // "required" alone makes an object too: its names must be there, whatever "properties" lists.
  return shapeOf(s) === 'object' && hasNamedMembers(s);
}

function hasNamedMembers(s: JsonObject): boolean {
  return s['properties'] !== undefined || s['additionalProperties'] === false || requiredNames(s).length > 0;
}

/** Whether typeOf makes `s` a declaration of its own (hoisted when it stands inside another schema). */
export function hoists(builder: ModelBuilder, s: JsonObject, pointer: string): boolean {
  if (s['$ref'] === undefined && (s['oneOf'] !== undefined || s['anyOf'] !== undefined || s['enum'] !== undefined)) return true;
  return objectParts(builder, s, '', []) !== null || builder.splitsTypes(s, pointer) !== null;
}

export function requiredNames(s: JsonObject): string[] {
  return Array.isArray(s['required']) ? (s['required'] as string[]) : [];
}

/**
 * One schema whose object keywords ("properties", "required", "additionalProperties",
 * "patternProperties") apply to an object declaration: the declaration's own schema, or one its
 * "allOf" branches (or a "$ref" beside its own members) reach.
 */
export interface ObjectPart {
  readonly schema: JsonObject;
  /** Where the schema stands: its properties' pointers start here. */
  readonly pointer: string;
  /** The words its inline member types are named from: those of the declaration that holds it. */
  readonly words: readonly string[];
}

/** What a schema's "type" (or "const"/"enum") says of the values it accepts. */
function shapeOf(s: JsonObject): 'object' | 'unsaid' | 'other' {
  if (s['enum'] !== undefined || s['const'] !== undefined) return 'other';
  const types = typeList(s).filter((t) => t !== 'null');
  if (types.length === 0) return 'unsaid';
  return types.length === 1 && types[0] === 'object' ? 'object' : 'other';
}

/**
 * The parts of the object declaration `s` makes, or null when it makes none. A plain object schema
 * is one part. "allOf" composes: every valid value satisfies every branch, so the object holds the
 * members of all of them (what OpenAPI specs write as `allOf: [{$ref: Base}, {properties}]`),
 * followed through "$ref"s and nested "allOf"s. It composes an object when some part says "type":
 * "object", none says another type, and some part names members. Branches that only narrow
 * ("oneOf", "not", "if", a "required" list...) are parts too: their "oneOf"/"anyOf" are left to the
 * validators, which check the whole schema; the model's type holds every valid value.
 */
export function objectParts(builder: ModelBuilder, s: JsonObject, pointer: string, words: readonly string[]): ObjectPart[] | null {
  const composes = Array.isArray(s['allOf']) || (s['$ref'] !== undefined && (hasNamedMembers(s) || s['patternProperties'] !== undefined));
  if (!composes) return isObjectDeclaration(s) ? [{ schema: s, pointer, words }] : null;
  return composedParts(builder, [{ schema: s, pointer, words }]);
}

/**
 * The parts `roots` compose, each followed through its "$ref" and "allOf" branches; null unless
 * some part says "type": "object", none says another type, and some part names members.
 */
export function composedParts(builder: ModelBuilder, roots: readonly ObjectPart[]): ObjectPart[] | null {
  const parts: ObjectPart[] = [];
  const visited = new Set<JsonObject>();
  let object = false;
  let other = false;
  const visit = (schema: JsonValue, at: string, partWords: readonly string[]): void => {
    if (schema === false) other = true; // no value is valid: nothing to compose
    if (!isObject(schema) || visited.has(schema)) return;
    visited.add(schema);
    const shape = shapeOf(schema);
    if (shape === 'other') other = true;
    if (shape === 'object') object = true;
    parts.push({ schema, pointer: at, words: partWords });
    const reference = builder.reference(schema);
    if (reference !== undefined) visit(reference.target, reference.pointer, builder.wordsAt(reference) ?? partWords);
    const branches = schema['allOf'];
    if (Array.isArray(branches)) branches.forEach((branch, i) => visit(branch, joinPointer(at, 'allOf', i), partWords));
  };
  for (const root of roots) visit(root.schema, root.pointer, root.words);
  return object && !other && parts.some((p) => hasNamedMembers(p.schema)) ? parts : null;
}

/**
 * Whether a "oneOf"/"anyOf" beside an object's own members only narrows that object: its branches
 * require members, or fix values of members the object already has (`oneOf: [{required: [url]},
 * {required: [path]}]`, "exactly one of these"), and add no member of their own. Such a union is
 * the object itself: every valid value is one, with the members every branch requires required,
 * and the validators check which branch holds.
 */
export function narrowsOnlyMembers(s: JsonObject, branches: readonly JsonValue[]): boolean {
  if (shapeOf(s) !== 'object' || !hasNamedMembers(s)) return false;
  const own = isObject(s['properties']) ? s['properties'] : {};
  return branches.every((b) => {
    if (b === true) return true;
    if (!isObject(b) || shapeOf(b) === 'other') return false;
    if (['$ref', '$dynamicRef', 'allOf', 'oneOf', 'anyOf', 'patternProperties', 'additionalProperties'].some((k) => b[k] !== undefined)) return false;
    const props = b['properties'];
    return props === undefined || (isObject(props) && Object.keys(props).every((name) => Object.hasOwn(own, name)));
  });
}

/** The names every branch requires (narrowsOnlyMembers' branches). */
export function requiredByAll(branches: readonly JsonValue[]): string[] {
  const lists = branches.map((b) => (isObject(b) ? requiredNames(b) : []));
  return (lists[0] ?? []).filter((name) => lists.every((list) => list.includes(name)));
}

/** The object declaration of `parts` (objectParts'), `s` being the declaration's own schema. */
export function buildObject(
  builder: ModelBuilder,
  s: JsonObject,
  parts: readonly ObjectPart[],
  { slot, ...base }: DeclarationBase,
  alsoRequired: readonly string[] = [],
): TypeRef {
  const required = new Set([...parts.flatMap((p) => requiredNames(p.schema)), ...alsoRequired]);
  const byName = new Map<string, Property>();
  for (const part of parts) {
    const props = isObject(part.schema['properties']) ? part.schema['properties'] : {};
    for (const [jsonName, sub] of Object.entries(props)) {
      const pointer = joinPointer(part.pointer, 'properties', jsonName);
      const words = propertyWords(jsonName);
      const subObject = isObject(sub) ? sub : {};
      const property: Property = {
        jsonName,
        words,
        required: required.has(jsonName),
        type: builder.typeOf(builder, sub, pointer, [...part.words, ...words]),
        doc: docOf(subObject),
        default: Object.hasOwn(subObject, 'default') ? { value: subObject['default'] as JsonValue } : null,
        examples: examplesOf(subObject),
        codegen: codegenOf(subObject),
        pointer,
      };
      const before = byName.get(jsonName);
      byName.set(jsonName, before === undefined ? property : joinProperties(before, property, base.id));
    }
  }
  const additional = joinAdditional(parts.map((p) => additionalOf(builder, p.schema, p.pointer, [...p.words, 'value'])));
  const properties = [...byName.values()];
  const members = distinctPropertyWords([...properties, ...requiredMembers(builder, parts, byName, additional)]);
  // Null is valid when every part that says a "type" lets it in.
  const nullable = typeList(s).includes('null') && parts.every((p) => typeList(p.schema).length === 0 || typeList(p.schema).includes('null'));
  return builder.add({ ...base, kind: 'object', properties: members, additional, nullable }, slot);
}

/**
 * A property's name as words: its wire name's, the sign of a signed number spelled (GitHub's
 * reactions "+1" and "-1": plus_1 and minus_1, as openapi-generator names them), since splitting
 * drops it and both would be "1".
 */
function propertyWords(jsonName: string): string[] {
  const sign = /^([+-])\p{N}/u.exec(jsonName);
  return sign === null ? wordsOf(jsonName) : [sign[1] === '+' ? 'plus' : 'minus', ...wordsOf(jsonName.slice(1))];
}

/**
 * Properties whose wire names split into the same words ("+1" and "-1", "a_b" and "a-b") would
 * take one identifier in every target: the first keeps its words, each later one takes its words
 * and the first number from 2 up that no other property's words are (distinctNames, as enum
 * members). A wire name has no other name to rename, and a vendor's spec is not the user's to edit.
 */
function distinctPropertyWords(properties: Property[]): Property[] {
  const spelled = properties.map((p) => p.words.join(' '));
  const distinct = distinctNames(spelled, (name, n) => `${name} ${n}`);
  return properties.map((p, i) => (distinct[i] === spelled[i] ? p : { ...p, words: distinct[i]!.split(' ') }));
}

/**
 * One property that two parts of an object both give a schema: a valid value satisfies both, so
 * the narrower type is kept (a const over its string, an integer over a number) and the first
 * part's otherwise (the validators check both). Types no value satisfies at once are an error.
 */
function joinProperties(before: Property, after: Property, id: string): Property {
  const type = narrower(before.type, after.type);
  if (type === null) {
    throw new SchemaError(
      `the object at ${quoted(id)} composes property ${quoted(before.jsonName)} from schemas no value satisfies at once: ${describeType(before.type)} here, ${describeType(after.type)} at ${quoted(after.pointer)}`,
      before.pointer,
      'make the two schemas of the property agree, or remove it from one of them',
    );
  }
  return {
    ...before,
    type,
    doc: before.doc.description === null && after.doc.description !== null ? after.doc : before.doc,
    default: before.default ?? after.default,
    examples: before.examples.length > 0 ? before.examples : after.examples,
  };
}

/** The JSON type family a type's values belong to; null when the model cannot tell (a reference, any value). */
function familyOf(type: TypeRef): string | null {
  switch (type.kind) {
    case 'const':
      return typeof type.value === 'number' ? 'number' : typeof type.value;
    case 'integer':
      return 'number';
    case 'map':
      return 'object';
    case 'ref':
    case 'any':
      return null;
    default:
      return type.kind;
  }
}

function narrower(a: TypeRef, b: TypeRef): TypeRef | null {
  if (JSON.stringify(a) === JSON.stringify(b) || b.kind === 'any') return a;
  if (a.kind === 'any') return b;
  const [fa, fb] = [familyOf(a), familyOf(b)];
  if (fa !== null && fb !== null && fa !== fb) {
    // Only null is in both (both nullable, or one of them is null and the other admits it).
    if (fa === 'null' && b.nullable) return a;
    if (fb === 'null' && a.nullable) return b;
    return a.nullable && b.nullable ? { kind: 'null', nullable: true } : null;
  }
  const nullable = a.nullable && b.nullable;
  if (b.kind === 'const' || (b.kind === 'integer' && a.kind === 'number')) return { ...b, nullable } as TypeRef;
  if (a.kind === 'const' || (a.kind === 'integer' && b.kind === 'number')) return { ...a, nullable } as TypeRef;
  return a;
}

function describeType(type: TypeRef): string {
  if (type.kind === 'const') return `the constant ${JSON.stringify(type.value)}`;
  const family = type.kind === 'integer' ? 'integer' : familyOf(type);
  return family === null ? 'a reference' : `${/^[aeiou]/.test(family) ? 'an' : 'a'} ${family}`;
}

/** What the object does with other members when every part's rule applies: the strictest. */
function joinAdditional(rules: readonly Additional[]): Additional {
  return rules.find((r) => r.kind === 'deny') ?? rules.find((r) => r.kind === 'typed') ?? { kind: 'allow' };
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
  const types = schemas.map(([schema, at]) => (isObject(schema) && hoists(builder, schema, at) ? null : builder.typeOf(builder, schema, at, words)));
  const first = types[0];
  return first !== undefined && first !== null && types.every((t) => t !== null && JSON.stringify(t) === JSON.stringify(first)) ? first : ANY;
}

/**
 * A required name with no property schema must be present, and its value is checked by
 * "additionalProperties" (any value when that is absent). It becomes a required property of that
 * type, so every target checks its presence and keeps its value on the round trip. Beside
 * "additionalProperties": false no object is valid: the member is then typed as any value (the
 * validator refuses every object), as a schema no value satisfies is. Beside "properties" that do
 * not define it, it is also a warning (a vendor's slip; --strict refuses it).
 */
function requiredMembers(builder: ModelBuilder, parts: readonly ObjectPart[], known: ReadonlyMap<string, Property>, additional: Additional): Property[] {
  const seen = new Set(known.keys());
  return parts.flatMap((part) =>
    requiredNames(part.schema).flatMap((jsonName, i) => {
      if (seen.has(jsonName)) return [];
      seen.add(jsonName);
      const pointer = joinPointer(part.pointer, 'required', i);
      if (additional.kind === 'deny') builder.widen(pointer);
      // Beside "properties" that leave it out, most likely a slip (the member renamed or dropped):
      // valid JSON Schema all the same, read as it means, with a warning.
      if (parts.some((p) => isObject(p.schema['properties'])))
        builder.mistake(
          new SchemaError(
            `"required" names ${quoted(jsonName)}, which "properties" does not define: it must be present, with any value "additionalProperties" allows`,
            pointer,
            `define ${quoted(jsonName)} in "properties", or remove it from "required"`,
          ),
        );
      const type: TypeRef = additional.kind === 'typed' ? additional.type : ANY;
      return [{ jsonName, words: propertyWords(jsonName), required: true, type, doc: docOf({}), default: null, examples: [], codegen: {}, pointer }];
    }),
  );
}
