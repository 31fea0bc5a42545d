// build-model, part two: enums and unions (oneOf / anyOf, with or without a discriminator).
// Pure functions called by build-model; they add declarations through the builder.

import { SchemaError, joinPointer, quoted } from '../errors.js';
import { isObject, type JsonObject } from './load.js';
import type { Discriminator, EnumDeclaration, JsonValue, TypeRef } from '../model/ir.js';
import { keepAccepted } from './build-model-literals.js';
import { jsonTypeOf, typeList, wordsOf, type DeclarationBase, type ModelBuilder } from './build-model-base.js';

// "$schema" and "$defs" stand beside a union at the document root, which is a declaration too.
const UNION_SIBLINGS = new Set([
  '$schema',
  '$defs',
  'oneOf',
  'anyOf',
  'discriminator',
  'title',
  'description',
  'deprecated',
  'examples',
  'default',
  '$comment',
]);

export function buildUnion(builder: ModelBuilder, s: JsonObject, { slot, ...base }: DeclarationBase): TypeRef {
  if (s['oneOf'] !== undefined && s['anyOf'] !== undefined) {
    throw new SchemaError('"oneOf" and "anyOf" in the same schema are not supported', joinPointer(base.id, 'anyOf'), 'nest one inside a variant of the other');
  }
  const mode = s['oneOf'] !== undefined ? 'oneOf' : 'anyOf';
  // A discriminated union says "type": "object" too (Ajv's strict mode asks for it).
  const typeAllowed = s['discriminator'] !== undefined && s['type'] === 'object';
  const sibling = Object.keys(s).find((k) => !UNION_SIBLINGS.has(k) && !k.startsWith('x-') && !(k === 'type' && typeAllowed));
  if (sibling !== undefined) {
    throw new SchemaError(
      `${quoted(sibling)} beside ${quoted(mode)} is not supported`,
      joinPointer(base.id, sibling),
      `move ${quoted(sibling)} into each variant`,
    );
  }
  const raw = s[mode] as JsonValue[];
  const isNullBranch = (v: JsonValue): boolean =>
    isObject(v) && v['type'] === 'null' && Object.keys(v).every((k) => k === 'type' || k === 'description' || k === 'title');
  const nullable = raw.some(isNullBranch);
  const kept = raw.map((schema, index) => ({ schema, index })).filter((v) => !isNullBranch(v.schema));
  const discriminator = s['discriminator'] === undefined ? null : discriminatorOf(builder, s, base.id, mode, kept);
  if (kept.length === 1 && discriminator === null) {
    const only = kept[0]!;
    const type = builder.typeOf(builder, only.schema, joinPointer(base.id, mode, only.index), [...base.words]);
    const nullableType = { ...type, nullable: type.nullable || nullable } as TypeRef;
    return base.hoisted ? nullableType : builder.add({ ...base, kind: 'alias', type: nullableType }, slot);
  }
  if (kept.length === 0) {
    throw new SchemaError(`${quoted(mode)} has no variant but null`, joinPointer(base.id, mode), 'write {"type": "null"} instead');
  }
  const variants = kept.map(({ schema, index }) => {
    const mapped = discriminator?.mapping[kept.findIndex((k) => k.index === index)]?.value;
    const label = isObject(schema) && typeof schema['title'] === 'string' ? schema['title'] : (mapped ?? `variant ${index}`);
    return builder.typeOf(builder, schema, joinPointer(base.id, mode, index), [...base.words, ...wordsOf(label, joinPointer(base.id, mode, index))]);
  });
  const withIds: Discriminator | null =
    discriminator === null
      ? null
      : {
          propertyName: discriminator.propertyName,
          mapping: discriminator.mapping.map((m, i) => ({ value: m.value, id: variantId(variants[i]!, joinPointer(base.id, mode, kept[i]!.index)) })),
        };
  return builder.add({ ...base, kind: 'union', mode, variants, discriminator: withIds, nullable }, slot);
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
  const info = enumFromSchema(s, base.id);
  if (info.kind === 'const') return base.hoisted ? info : builder.add({ ...base, kind: 'alias', type: info }, slot);
  return builder.add({ ...base, ...info }, slot);
}

type EnumInfo = Pick<EnumDeclaration, 'kind' | 'valueType' | 'values' | 'nullable'>;

/** The enum's values, or a const when it has a single value (`enum: ["x"]` means `const: "x"`). */
export function enumFromSchema(s: JsonObject, pointer: string): EnumInfo | Extract<TypeRef, { kind: 'const' }> {
  const all = s['enum'] as JsonValue[];
  const at = joinPointer(pointer, 'enum');
  const types = typeList(s);
  const nullable = all.includes(null) && (types.length === 0 || types.includes('null'));
  const values = all.filter((v) => v !== null);
  const kinds = new Set(values.map(jsonTypeOf));
  if (values.length === 0) throw new SchemaError('an enum of only null is not supported', at, 'write {"type": "null"}');
  const bad = values.find((v) => typeof v === 'object');
  if (bad !== undefined) throw new SchemaError(`enum value ${JSON.stringify(bad)} is not a string, number or boolean`, at, 'use scalar enum values');
  const valueType = kinds.size === 1 ? [...kinds][0]! : kinds.size === 2 && kinds.has('integer') && kinds.has('number') ? 'number' : null;
  if (valueType === null) throw new SchemaError(`enum mixes ${[...kinds].join(' and ')} values`, at, 'use values of one type, or a "oneOf" of consts');
  const declared = types.filter((t) => t !== 'null');
  if (declared.length > 0 && !declared.some((t) => t === valueType || (t === 'number' && valueType === 'integer'))) {
    throw new SchemaError(`enum values are ${valueType}s, but "type" says ${declared.join(', ')}`, at, 'make "type" and the enum values agree');
  }
  const seen = new Set<JsonValue>();
  const duplicate = values.find((v) => seen.size === seen.add(v).size); // one pass: enums may hold 100,000 values
  if (duplicate !== undefined) throw new SchemaError(`enum lists ${JSON.stringify(duplicate)} twice`, at, 'list each value once');
  // The keywords beside "enum" still apply: the values they reject are not values of this type.
  const scalars = keepAccepted(s, values as (string | number | boolean)[], pointer, 'enum');
  if (scalars.length === 1) return { kind: 'const', nullable, value: scalars[0]! };
  const finalType = declared[0] === 'number' ? 'number' : (valueType as EnumDeclaration['valueType']);
  return { kind: 'enum', valueType: finalType, values: scalars, nullable };
}
