// Java type mapping: TypeRef -> the Java type of a field's value, the primitive a typed getter
// returns, a token for Jackson's conversion, and the Schema expression that validates it
// (combinators of the generated core.Schema). Plain strings for the views.

import type { Declaration, TypeRef } from '../../model/ir.js';
import { foldType } from '../../model/fold.js';
import { intMaximum } from '../../model/limits.js';
import { javaNumber, javaStringExpression, jsonValueLiteral } from './literals.js';
import { addsNull, namedArguments, resolveAlias, wrapIfNullable } from '../shared/common.js';
import { className, type JavaNames } from './names.js';
import { translatePattern } from '../../regex/index.js';

export interface TypeContext {
  readonly byId: ReadonlyMap<string, Declaration>;
  readonly names: JavaNames;
}

/** Kept as a bare JsonValue (no typed getter): constants, `null`, and any JSON. */
export function isRaw(type: TypeRef, ctx: TypeContext): boolean {
  const t = resolveAlias(type, ctx.byId);
  return t.kind === 'const' || t.kind === 'null' || t.kind === 'any';
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
  });
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

/** The Schema expression that validates `type`. */
export function schemaExpression(type: TypeRef, ctx: TypeContext): string {
  const inner = baseSchema(type, ctx);
  return wrapIfNullable(addsNull(type), 'Schema.nullable', inner);
}

function baseSchema(type: TypeRef, ctx: TypeContext): string {
  return foldType<string>(type, {
    ref: (t) => `Schema.lazy(() -> ${className(ctx.names, t.id)}.SCHEMA)`,
    string: (t) =>
      `Schema.string()${chain({ minLength: t.constraints.minLength, maxLength: intMaximum(t.constraints.maxLength) })}${patternCall(t.constraints.pattern)}`,
    integer: (t) => `Schema.integer()${chain({ ...t.constraints })}`,
    number: (t) => `Schema.number()${chain({ ...t.constraints })}`,
    boolean: () => 'Schema.bool()',
    null: () => 'Schema.nullValue()',
    any: () => 'Schema.any()',
    const: (t) => `Schema.constant(${jsonValueLiteral(t.value)})`,
    array: (t) => `Schema.array(${schemaExpression(t.items, ctx)})${chain({ minItems: t.minItems, maxItems: intMaximum(t.maxItems) })}`,
    map: (t) => `Schema.map(${schemaExpression(t.values, ctx)})`,
  });
}

/** `.pattern(translated, original)`: the Java regex, and the schema's text for error messages. */
function patternCall(pattern: string | null): string {
  return pattern === null ? '' : `.pattern(${javaStringExpression(translatePattern(pattern, 'java'))}, ${javaStringExpression(pattern)})`;
}

/** `.name(value)` calls for the non-null entries. */
function chain(entries: Record<string, number | null>): string {
  return namedArguments(entries, (k, v) => `.${k}(${javaNumber(v)})`).join('');
}
