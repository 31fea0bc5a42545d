// build-model, part two: enums and unions (oneOf / anyOf, with or without a discriminator).
// Pure functions called by build-model; they add declarations through the builder.

import { SchemaError, joinPointer, quoted } from '../errors.js';
import { isObject, type JsonObject } from './load.js';
import type { Discriminator, EnumDeclaration, JsonValue, TypeRef } from '../model/ir.js';
import { keepAccepted, literalOf } from './build-model-literals.js';
import { buildObject, composedParts, hoists, isObjectDeclaration, narrowsOnlyMembers, requiredByAll } from './build-model-objects.js';
import { reachesWidened } from './widened.js';
import { splitWords } from '../model/naming.js';
import { ANNOTATIONS, ANY, isNullBranch, jsonTypeOf, madeDeclaration, typeList, wordsOf, type DeclarationBase, type ModelBuilder } from './build-model-base.js';

// Keywords beside a union that it holds: annotations, and its discriminator.
const UNION_SIBLINGS = new Set([...ANNOTATIONS, 'oneOf', 'anyOf', 'discriminator']);

export function buildUnion(builder: ModelBuilder, s: JsonObject, { slot, ...base }: DeclarationBase): TypeRef {
  const mode = s['oneOf'] !== undefined ? 'oneOf' : 'anyOf';
  // A discriminated union says "type": "object" too (Ajv's strict mode asks for it).
  const typeAllowed = s['discriminator'] !== undefined && s['type'] === 'object';
  // Keywords beside the union (an "anyOf" beside a "oneOf" too) narrow it: a valid value still
  // matches a variant, so the union's type holds it.
  if (s['oneOf'] !== undefined && s['anyOf'] !== undefined) builder.widen(base.id);
  if (Object.keys(s).some((k) => !UNION_SIBLINGS.has(k) && !k.startsWith('x-') && !(k === 'type' && typeAllowed))) builder.widen(base.id);
  const raw = s[mode] as JsonValue[];
  if (s['oneOf'] === undefined || s['anyOf'] === undefined) {
    const branches = raw.filter((b) => !isNullBranch(b));
    if (branches.length > 0 && narrowsOnlyMembers(s, branches)) {
      builder.widen(base.id); // the union's choice is left to the validators
      return buildObject(builder, s, [{ schema: s, pointer: base.id, words: base.words }], { slot, ...base }, requiredByAll(branches));
    }
  }
  const nullable = raw.some(isNullBranch);
  const kept = raw.map((schema, index) => ({ schema, index })).filter((v) => !isNullBranch(v.schema));
  const discriminator = s['discriminator'] === undefined ? null : discriminatorOf(builder, s, base.id, mode, kept);
  if (kept.length === 1 && discriminator === null) {
    const only = kept[0]!;
    // `X: anyOf [{...inline object...}, {"type": "null"}]` declares X (an alias of the object or
    // null) and hoists the object: the object is "X value", or both would be named X.
    const inline = !base.hoisted && isObject(only.schema) && hoists(builder, only.schema, joinPointer(base.id, mode, only.index));
    const type = builder.typeOf(builder, only.schema, joinPointer(base.id, mode, only.index), inline ? [...base.words, 'value'] : [...base.words]);
    const nullableType = { ...type, nullable: type.nullable || nullable } as TypeRef;
    return base.hoisted ? nullableType : builder.add({ ...base, kind: 'alias', type: nullableType }, slot);
  }
  if (kept.length === 0) {
    const only: TypeRef = { kind: 'null', nullable: true };
    return base.hoisted ? only : builder.add({ ...base, kind: 'alias', type: only }, slot);
  }
  if (discriminator === null && kept.length > 1 && (s['oneOf'] === undefined || s['anyOf'] === undefined) && isObjectDeclaration(s)) {
    const composed = composedVariants(builder, s, base, mode, kept);
    if (composed !== null) return builder.add({ ...base, kind: 'union', mode, ...composed, discriminator: null, nullable }, slot);
  }
  const variants = kept.map(({ schema, index }) => {
    const mapped = discriminator?.mapping[kept.findIndex((k) => k.index === index)]?.value;
    const label = isObject(schema) && typeof schema['title'] === 'string' ? schema['title'] : (mapped ?? `variant ${index}`);
    return builder.typeOf(builder, schema, joinPointer(base.id, mode, index), [...base.words, ...wordsOf(label)]);
  });
  const withIds: Discriminator | null =
    discriminator === null
      ? null
      : {
          propertyName: discriminator.propertyName,
          mapping: discriminator.mapping.map((m, i) => ({ value: m.value, id: variantId(variants[i]!, joinPointer(base.id, mode, kept[i]!.index)) })),
        };
  const variantPointers = kept.map(({ index }) => joinPointer(base.id, mode, index));
  return builder.add({ ...base, kind: 'union', mode, variants, variantPointers, discriminator: withIds, nullable }, slot);
}

/**
 * A union beside an object's own members whose branches add members of their own (`properties`
 * with `oneOf: [{properties: {radius}}, {$ref: Square}]`), OpenAPI's common base plus variants:
 * each variant is the object composed with its branch, a declaration of its own, bound and
 * validated by a schema accepting exactly its values, `{"allOf": [{"$ref": <the union>},
 * {"$ref": <the branch>}]}` (ModelBuilder.bothSchemaAt). Null when a branch composes no object
 * with them (a branch of another type) or no reference reaches the schemas.
 */
function composedVariants(
  builder: ModelBuilder,
  s: JsonObject,
  base: Omit<DeclarationBase, 'slot'>,
  mode: 'oneOf' | 'anyOf',
  kept: readonly { readonly schema: JsonValue; readonly index: number }[],
): { variants: TypeRef[]; variantPointers: string[] } | null {
  if (!builder.reachable(base.id)) return null;
  const own = { schema: s, pointer: base.id, words: base.words };
  const plans = kept.map(({ schema, index }) => {
    const at = joinPointer(base.id, mode, index);
    const words = [...base.words, ...variantWords(builder, schema, index)];
    const parts = builder.reachable(at) ? composedParts(builder, [own, { schema: isObject(schema) ? schema : {}, pointer: at, words }]) : null;
    return parts === null ? null : { at, words, parts };
  });
  if (plans.some((p) => p === null)) return null;
  const variantPointers = plans.map((p) => builder.bothSchemaAt(base.id, p!.at));
  const variants = plans.map((p, i) => buildObject(builder, s, p!.parts, madeDeclaration(builder, variantPointers[i]!, p!.words)));
  return { variants, variantPointers };
}

/** The words a composed variant adds to its union's: the name a reference gives, its title, a member it fixes, else its index. */
function variantWords(builder: ModelBuilder, branch: JsonValue, index: number): string[] {
  if (!isObject(branch)) return ['variant', String(index)];
  const reference = builder.reference(branch);
  const named = reference === undefined ? null : builder.wordsAt(reference);
  if (named !== null && named.length > 0) return [...named];
  if (typeof branch['title'] === 'string') return wordsOf(branch['title']);
  const props = isObject(branch['properties']) ? branch['properties'] : {};
  const fixed = Object.values(props).find((p) => isObject(p) && typeof p['const'] === 'string');
  if (isObject(fixed) && typeof fixed['const'] === 'string') {
    const words = splitWords(fixed['const']);
    if (words.length > 0) return words;
  }
  return ['variant', String(index)];
}

function variantId(type: TypeRef, pointer: string): string {
  if (type.kind !== 'ref')
    throw new SchemaError('a discriminated variant must be an object schema', pointer, 'use a "$ref" to an object, or an inline object with "properties"');
  return type.id;
}

interface RawDiscriminator {
  readonly propertyName: string;
  readonly mapping: readonly { readonly value: string }[];
}

function discriminatorOf(builder: ModelBuilder, s: JsonObject, id: string, mode: string, kept: { schema: JsonValue; index: number }[]): RawDiscriminator {
  const propertyName = (s['discriminator'] as JsonObject)['propertyName'] as string;
  if (mode !== 'oneOf') throw new SchemaError('"discriminator" needs "oneOf"', joinPointer(id, 'discriminator'), 'use "oneOf" with a discriminator');
  const seen = new Map<string, string>();
  const mapping = kept.map(({ schema, index }) => {
    const pointer = joinPointer(id, mode, index);
    const variant = isObject(schema) ? builder.dereference(schema) : {};
    const props = variant['properties'];
    const prop = isObject(props) && Object.hasOwn(props, propertyName) ? props[propertyName] : undefined;
    const value = isObject(prop) ? (prop['const'] ?? (Array.isArray(prop['enum']) && prop['enum'].length === 1 ? prop['enum'][0] : undefined)) : undefined;
    const required = Array.isArray(variant['required']) && variant['required'].includes(propertyName);
    if (typeof value !== 'string' || !required) {
      throw new SchemaError(
        `variant ${index} of the discriminated union has no required string "const" for ${quoted(propertyName)}`,
        pointer,
        `give the variant "properties": {${quoted(propertyName)}: {"const": "..."}} and list ${quoted(propertyName)} in its "required"`,
      );
    }
    const previous = seen.get(value);
    if (previous !== undefined) {
      throw new SchemaError(
        `variants ${previous} and ${index} both use ${quoted(propertyName)}: ${quoted(value)}`,
        pointer,
        'give each variant a different const value',
      );
    }
    seen.set(value, String(index));
    return { value };
  });
  return { propertyName, mapping };
}

export function buildEnum(builder: ModelBuilder, s: JsonObject, { slot, ...base }: DeclarationBase): TypeRef {
  const kinds = enumKinds(builder, s, base.id);
  if (kinds !== null) return buildKindsUnion(builder, s, kinds, { slot, ...base });
  const info = enumFromSchema(builder, s, base.id);
  if (info.kind !== 'enum') return base.hoisted ? info : builder.add({ ...base, kind: 'alias', type: info }, slot);
  return builder.add({ ...base, ...info }, slot);
}

type EnumInfo = Pick<EnumDeclaration, 'kind' | 'valueType' | 'values' | 'valueNames' | 'nullable'>;

/**
 * The enum's values; a const when it has a single value (`enum: ["x"]` means `const: "x"`); null
 * when it holds only null; a literal when some are objects or arrays; any value (widened) when
 * they are of several types (enumKinds makes those a union where it can), or when no value is
 * valid ("type" or the keywords beside the enum reject them all, or it is empty: as the false
 * schema).
 */
export function enumFromSchema(builder: ModelBuilder, s: JsonObject, pointer: string): EnumInfo | TypeRef {
  const all = s['enum'] as JsonValue[];
  const types = typeList(s);
  const nullable = all.includes(null) && (types.length === 0 || types.includes('null'));
  const declaredTypes = types.filter((t) => t !== 'null');
  const ofDeclared = (v: JsonValue): boolean =>
    declaredTypes.length === 0 || declaredTypes.includes(jsonTypeOf(v)) || (declaredTypes.includes('number') && jsonTypeOf(v) === 'integer');
  // The same value twice means it once; a value "type" rejects is no value of this type.
  const values = [...new Set(all.filter((v) => v !== null && ofDeclared(v)))];
  const kinds = new Set(values.map(jsonTypeOf));
  const valueType = kinds.size === 1 ? [...kinds][0]! : kinds.size === 2 && kinds.has('integer') && kinds.has('number') ? 'number' : null;
  const declared = types.filter((t) => t !== 'null');
  const agrees = declared.length === 0 || declared.some((t) => t === valueType || (t === 'number' && valueType === 'integer'));
  if (values.length === 0 && nullable) return { kind: 'null', nullable: true };
  if (values.some((v) => typeof v === 'object')) return literalOf(builder, s, values, nullable, pointer);
  const scalar = valueType !== null && valueType !== 'object' && valueType !== 'array' && agrees;
  // The keywords beside "enum" still apply: the values they reject are not values of this type.
  const scalars = scalar ? keepAccepted(s, values as (string | number | boolean)[], pointer, 'enum') : [];
  if (scalars.length === 0) {
    builder.widen(pointer);
    return ANY;
  }
  if (scalars.length === 1) return { kind: 'const', nullable, value: scalars[0]! };
  const finalType = declared[0] === 'number' ? 'number' : (valueType as EnumDeclaration['valueType']);
  return { kind: 'enum', valueType: finalType, values: scalars, valueNames: valueNamesOf(builder, s, all, scalars, pointer), nullable };
}

/** The word a variant of a "type" list's union is named by (an object variant is a declaration of its own). */
const TYPE_WORDS: Readonly<Record<string, string>> = {
  string: 'string',
  number: 'number',
  integer: 'integer',
  boolean: 'boolean',
  array: 'array',
  object: 'object',
};

/**
 * `"type": ["string", "array"]` (and the keywords of each type beside it): a union of one variant
 * per type, as if it were `anyOf: [{"type": "string", ...}, {"type": "array", ...}]`, null joined
 * when the list names it. Each variant binds by a schema of its own, `{"type": T, "$ref": <this
 * schema>}` (ModelBuilder.typeSchemaAt), which accepts exactly this schema's values of that type.
 * An object variant with named members is a declaration, its members standing where the schema's
 * are.
 */
export function buildTypeUnion(builder: ModelBuilder, s: JsonObject, types: readonly string[], { slot, ...base }: DeclarationBase): TypeRef {
  const variantPointers = types.map((type) => builder.typeSchemaAt(type, base.id));
  const variants = types.map((type, i): TypeRef => {
    const only: JsonObject = { ...s, type };
    const words = [...base.words, TYPE_WORDS[type] ?? type];
    if (type !== 'object' || !isObjectDeclaration(only)) return builder.typeOf(builder, only, base.id, words);
    return buildObject(builder, only, [{ schema: only, pointer: base.id, words: base.words }], madeDeclaration(builder, variantPointers[i]!, words));
  });
  const nullable = typeList(s).includes('null');
  return builder.add({ ...base, kind: 'union', mode: 'anyOf', variants, variantPointers, discriminator: null, nullable }, slot);
}

/** The JSON type of a scalar enum value, as a "type" keyword names it (an integer is a number). */
const kindOf = (value: JsonValue): 'string' | 'number' | 'boolean' | null =>
  typeof value === 'string' ? 'string' : typeof value === 'number' ? 'number' : typeof value === 'boolean' ? 'boolean' : null;

/**
 * An enum of values of several JSON types (`[0, 1, 2, "off", "warn", "error"]`, `[true, false,
 * "auto"]`): the values grouped by type, when the model makes it a union of one enum (or const)
 * per type; null otherwise (values that are objects or arrays, a "type" leaving a type out, a
 * schema no reference reaches).
 */
export function enumKinds(builder: ModelBuilder, s: JsonObject, pointer: string): Map<string, (string | number | boolean)[]> | null {
  if (!Array.isArray(s['enum']) || s['oneOf'] !== undefined || s['anyOf'] !== undefined) return null;
  const kinds = new Map<string, (string | number | boolean)[]>();
  for (const value of new Set(s['enum'])) {
    if (value === null) continue;
    const kind = kindOf(value);
    if (kind === null) return null;
    kinds.set(kind, [...(kinds.get(kind) ?? []), value as string | number | boolean]);
  }
  const declared = typeList(s).filter((t) => t !== 'null');
  const covers = (kind: string): boolean => declared.length === 0 || declared.includes(kind) || (kind === 'number' && declared.includes('integer'));
  if (kinds.size < 2 || ![...kinds.keys()].every(covers) || !builder.reachable(pointer)) return null;
  return kinds;
}

/**
 * The union of an enum of several JSON types: one variant per type, its values an enum (or a
 * const) of their own, bound by a schema accepting exactly the enum's values of that type
 * (ModelBuilder.typeSchemaAt), where the variant declares itself.
 */
function buildKindsUnion(builder: ModelBuilder, s: JsonObject, kinds: Map<string, (string | number | boolean)[]>, { slot, ...base }: DeclarationBase): TypeRef {
  const types = [...kinds.keys()];
  const variantPointers = types.map((type) => builder.typeSchemaAt(type, base.id));
  // The names given to the whole enum's values ("x-enum-varnames"), read once against the whole
  // list (so that a mistake points at its entry), each then going with its value to its type's enum.
  const scalars = [...kinds.values()].flat();
  const names = valueNamesOf(builder, s, s['enum'] as JsonValue[], scalars, base.id);
  const nameOf = new Map(scalars.map((value, i) => [value, names?.[i] ?? null]));
  const variants = types.map((type, i): TypeRef => {
    if (type === 'boolean' && kinds.get(type)!.length === 2) return { kind: 'boolean', nullable: false }; // true and false: any boolean
    const only: JsonObject = { ...s, type, enum: kinds.get(type)! };
    for (const keyword of VALUE_NAME_KEYWORDS) delete only[keyword];
    const words = [...base.words, TYPE_WORDS[type] ?? type];
    const info = enumFromSchema(builder, only, base.id);
    if (info.kind !== 'enum') return info;
    const valueNames = names === null ? null : info.values.map((value) => nameOf.get(value) ?? null);
    const { slot, ...declaration } = madeDeclaration(builder, variantPointers[i]!, words);
    return builder.add({ ...declaration, ...info, valueNames }, slot);
  });
  const nullable = (s['enum'] as JsonValue[]).includes(null) && (typeList(s).length === 0 || typeList(s).includes('null'));
  return builder.add({ ...base, kind: 'union', mode: 'anyOf', variants, variantPointers, discriminator: null, nullable }, slot);
}

/** The vendor keywords that name enum values, one name per "enum" entry in order: openapi-generator's and NSwag's. */
const VALUE_NAME_KEYWORDS = ['x-enum-varnames', 'x-enumNames'] as const;

/** The names `s` gives its values (see EnumDeclaration.valueNames), for the values the model kept. */
function valueNamesOf(
  builder: ModelBuilder,
  s: JsonObject,
  all: readonly JsonValue[],
  kept: readonly (string | number | boolean)[],
  pointer: string,
): (string[] | null)[] | null {
  const keyword = VALUE_NAME_KEYWORDS.find((k) => s[k] !== undefined);
  if (keyword === undefined) return null;
  const names = s[keyword];
  const at = joinPointer(pointer, keyword);
  if (!Array.isArray(names) || names.length !== all.length || names.some((n) => typeof n !== 'string')) {
    // A vendor's list that does not fit: the values are named as if it were not there.
    builder.mistake(
      new SchemaError(
        `${quoted(keyword)} must list one name (a string) for each of the ${all.length} "enum" values, in order`,
        at,
        `give ${quoted(keyword)} exactly ${all.length} strings, or remove it (the values are named from themselves meanwhile)`,
      ),
    );
    return null;
  }
  // The first entry of a value written twice names it; values the model left out drop their names.
  return kept.map((value) => {
    const i = all.indexOf(value);
    return wordsOf(names[i] as string);
  });
}

/**
 * A "oneOf" says exactly one variant matches. When a variant's type is wider than its schema (it
 * reaches a widened schema), a valid value may match two of the wider types, and a binding that
 * insists on one would fail: such a union is an "anyOf" in the model (the validator still counts
 * the schema's own variants). A discriminated union binds by its tag and keeps its mode.
 */
export function settleUnionModes(builder: ModelBuilder): void {
  const reaches = reachesWidened(builder.declarations, builder.widened);
  const loose = builder.declarations.map(
    (d) => d.kind === 'union' && d.mode === 'oneOf' && d.discriminator === null && d.variants.some((v) => reaches(v, `${d.id}/${d.mode}`)),
  );
  loose.forEach((isLoose, i) => {
    const d = builder.declarations[i]!;
    if (!isLoose || d.kind !== 'union') return;
    builder.declarations[i] = { ...d, mode: 'anyOf' };
    builder.widen(d.id);
  });
}
