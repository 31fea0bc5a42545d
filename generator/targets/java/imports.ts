// The imports of a model file, decided from the model: the base imports of its declaration's
// kind, plus the java.util / Jackson / core types its code uses, which follow from the types of
// its properties or variants (a List, a Map, an optional or raw value, a generic token) and from
// whether a union has a discriminator.

import type { Declaration, ObjectDeclaration, TypeRef, UnionDeclaration, AliasDeclaration } from '../../model/ir.js';
import { foldDeclaration, foldType } from '../../model/fold.js';
import { acceptsNull, resolveAlias } from '../shared/common.js';
import { setsFields } from './limits.js';
import type { JavaOptions } from './options.js';
import { isGeneric, isRaw, javaType, nativeGetterOf, type TypeContext } from './types.js';

const BASE_IMPORTS: Readonly<Record<Declaration['kind'], readonly string[]>> = {
  object: [
    'com.fasterxml.jackson.annotation.JsonProperty',
    'core.ExcludeMissing',
    'core.JsonValue',
    'core.ModelBuilder',
    'core.ObjectModel',
    'core.Utils',
    'core.Validation',
    'errors.OpenAIInvalidDataException',
    'validation.SchemaValidator',
    'java.util.Map',
  ],
  enum: [
    'com.fasterxml.jackson.databind.annotation.JsonDeserialize',
    'core.BaseDeserializer',
    'core.EnumModel',
    'core.JsonValue',
    'core.Validation',
    'errors.OpenAIInvalidDataException',
    'validation.SchemaValidator',
  ],
  union: [
    ...jacksonSerde(),
    'core.BaseDeserializer',
    'core.BaseSerializer',
    'core.JsonValue',
    'core.Utils',
    'core.Validation',
    'errors.OpenAIInvalidDataException',
    'validation.SchemaValidator',
    'java.util.Objects',
    'java.util.Optional',
  ],
  alias: [
    ...jacksonSerde(),
    'core.BaseDeserializer',
    'core.BaseSerializer',
    'core.JsonValue',
    'core.Validation',
    'errors.OpenAIInvalidDataException',
    'validation.SchemaValidator',
    'java.util.Objects',
  ],
};

function jacksonSerde(): string[] {
  return ['com.fasterxml.jackson.databind.annotation.JsonDeserialize', 'com.fasterxml.jackson.databind.annotation.JsonSerialize'];
}

/** The imports of `d`'s file, qualified with the runtime's packages and sorted. */
export function importsFor(d: Declaration, ctx: TypeContext, options: Pick<JavaOptions, 'packages' | 'nativeFormats'>): string[] {
  const { packages } = options;
  const wanted = new Set(BASE_IMPORTS[d.kind]);
  const uses = foldDeclaration<readonly string[]>(d, {
    object: (o) => objectUses(o, ctx, options.nativeFormats),
    enum: () => [],
    union: (u) => unionUses(u, ctx),
    alias: (a) => aliasUses(a, ctx),
  });
  for (const use of uses) wanted.add(use);
  const qualified = [...wanted].map((i) =>
    i.startsWith('core.')
      ? `${packages.core}${i.slice(4)}`
      : i.startsWith('errors.')
        ? `${packages.errors}${i.slice(6)}`
        : i.startsWith('validation.')
          ? `${packages.validation}${i.slice(10)}`
          : i,
  );
  return qualified.sort();
}

/**
 * Per property: a typed one is a JsonField, a raw one (JsonValue) that may be absent (or is read
 * into a large class's fields) starts as JsonMissing, and one that may be absent or null is read through an Optional getter.
 */
function objectUses(d: ObjectDeclaration, ctx: TypeContext, nativeFormats: boolean): string[] {
  const large = setsFields(d); // its Jackson constructor starts every raw field as JsonMissing
  // A large class is read by Jackson (its creator and any-setter); the others by their own deserializer.
  const reading = large
    ? ['com.fasterxml.jackson.annotation.JsonAnySetter', 'com.fasterxml.jackson.annotation.JsonCreator', 'java.util.LinkedHashMap']
    : ['com.fasterxml.jackson.databind.annotation.JsonDeserialize', 'core.ObjectDeserializer'];
  return [
    ...reading,
    ...d.properties.flatMap((p) => {
      const raw = isRaw(p.type, ctx);
      const native = nativeGetterOf(p.type, ctx, nativeFormats);
      return [
        ...(native === null ? [] : ['core.FormatViews', native.qualified]),
        ...(raw ? [] : ['core.JsonField']),
        ...(raw && (!p.required || large) ? ['core.JsonMissing'] : []),
        ...(!p.required || acceptsNull(p.type, ctx.byId) ? ['java.util.Optional'] : []),
        ...collections(p.type, ctx),
      ];
    }),
  ];
}

/** Per variant: its collections, and a TypeReference to convert to a generic type. A discriminated union maps tags to variants. */
function unionUses(d: UnionDeclaration, ctx: TypeContext): string[] {
  // Without a discriminator, the deserializer tries the variants VariantTags leaves.
  const tagged = d.discriminator === null ? ['core.VariantTags'] : ['java.util.Collections'];
  return [...tagged, ...d.variants.flatMap((v) => [...collections(v, ctx), ...genericToken(v, ctx)])];
}

/** A typed alias holds a JsonField; a nullable one is read through an Optional. */
function aliasUses(d: AliasDeclaration, ctx: TypeContext): string[] {
  return [
    ...(isRaw(d.type, ctx) ? [] : ['core.JsonField']),
    ...(acceptsNull(d.type, ctx.byId) ? ['java.util.Optional'] : []),
    ...collections(d.type, ctx),
    ...genericToken(d.type, ctx),
  ];
}

function genericToken(type: TypeRef, ctx: TypeContext): string[] {
  return isGeneric(javaType(type, ctx)) ? ['com.fasterxml.jackson.core.type.TypeReference'] : [];
}

/** The java.util collections a type's Java type names (as javaType spells it: List<...>, Map<String, ...>). */
function collections(type: TypeRef, ctx: TypeContext): string[] {
  const none = (): string[] => [];
  return foldType<string[]>(resolveAlias(type, ctx.byId), {
    array: (t) => ['java.util.List', ...collections(t.items, ctx)],
    map: (t) => ['java.util.Map', ...collections(t.values, ctx)],
    ref: none,
    string: none,
    integer: none,
    number: none,
    boolean: none,
    null: none,
    any: none,
    literal: none,
    const: none,
  });
}
