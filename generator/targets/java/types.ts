// Java type mapping: TypeRef -> the Java type of a field's value, the primitive a typed getter
// returns, and a token for Jackson's conversion. Plain strings for the views. (Validation is the
// runtime's JSON Schema interpreter's: validation.ts.)

import type { Declaration, TypeRef } from '../../model/ir.js';
import { foldType } from '../../model/fold.js';
import { resolveAlias } from '../shared/common.js';
import { NATIVE_FORMATS, viewedFormatOf, type NativeFormat } from '../shared/formats.js';
import { className, type JavaNames } from './names.js';

export interface TypeContext {
  readonly byId: ReadonlyMap<string, Declaration>;
  readonly names: JavaNames;
}

/** Kept as a bare JsonValue (no typed getter): constants, `null`, any JSON and literals of objects or arrays. */
export function isRaw(type: TypeRef, ctx: TypeContext): boolean {
  const t = resolveAlias(type, ctx.byId);
  return t.kind === 'const' || t.kind === 'null' || t.kind === 'any' || t.kind === 'literal';
}

/** The boxed Java type of a value: String, Long, List<Foo>, Map<String, JsonValue>, ... */
export function javaType(type: TypeRef, ctx: TypeContext): string {
  return foldType(resolveAlias(type, ctx.byId), {
    ref: (t) => className(ctx.names, t.id),
    string: () => 'String',
    integer: () => 'Long',
    number: () => 'Double',
    boolean: () => 'Boolean',
    array: (t) => `List<${javaType(t.items, ctx)}>`,
    map: (t) => `Map<String, ${javaType(t.values, ctx)}>`,
    const: () => 'JsonValue',
    null: () => 'JsonValue',
    any: () => 'JsonValue',
    literal: () => 'JsonValue',
  });
}

/**
 * The boxed type a constant's typed getter returns (String, Long, Double, Boolean), or null when
 * the type is no constant. The field stays raw JSON, as openai-java keeps it (`_type()`, the
 * builder's default); the getter returns the constant, or throws when the JSON holds another
 * value. A whole number is a Long as jsonValueLiteral writes it (an integer beyond 2^53 a Double).
 */
export function constantType(type: TypeRef, ctx: TypeContext): string | null {
  const t = resolveAlias(type, ctx.byId);
  if (t.kind !== 'const') return null;
  if (typeof t.value === 'string') return 'String';
  if (typeof t.value === 'boolean') return 'Boolean';
  return Number.isSafeInteger(t.value) ? 'Long' : 'Double';
}

const PRIMITIVES: Readonly<Record<string, string>> = { Long: 'long', Double: 'double', Boolean: 'boolean' };

/** The primitive for a boxed type (long for Long), or the type itself. */
export function unboxed(boxed: string): string {
  return PRIMITIVES[boxed] ?? boxed;
}

/** Whether a Java type has type arguments (List<...>, Map<...>): no class literal, casts unchecked. */
export const isGeneric = (javaType: string): boolean => javaType.includes('<');

/** What JsonValue.convert takes: Foo.class, or a TypeReference for generic types. */
export function typeToken(boxed: string): string {
  return isGeneric(boxed) ? `new TypeReference<${boxed}>() {}` : `${boxed}.class`;
}

/** A formatted string's typed getter: the Java type, its import, and the core.FormatViews method that reads the text. */
export interface NativeGetter {
  readonly type: string;
  readonly qualified: string;
  readonly read: string;
}

/** What openai-java gives a native type (its dates; UUID and URI for precision); unixtime stays a long, as there. */
const NATIVE_TYPES: Readonly<Partial<Record<NativeFormat, NativeGetter>>> = {
  'date-time': { type: 'OffsetDateTime', qualified: 'java.time.OffsetDateTime', read: 'dateTime' },
  date: { type: 'LocalDate', qualified: 'java.time.LocalDate', read: 'date' },
  uuid: { type: 'UUID', qualified: 'java.util.UUID', read: 'uuid' },
  uri: { type: 'URI', qualified: 'java.net.URI', read: 'uri' },
};
export const VIEWED_FORMATS = NATIVE_FORMATS.filter((f) => NATIVE_TYPES[f] !== undefined);

/** The native typed getter of a property's type, when `nativeFormats` is on and its format has one. */
export function nativeGetterOf(type: TypeRef, ctx: TypeContext, nativeFormats: boolean): NativeGetter | null {
  const format = nativeFormats ? viewedFormatOf(type, ctx.byId, VIEWED_FORMATS) : null;
  return format === null ? null : NATIVE_TYPES[format]!;
}
