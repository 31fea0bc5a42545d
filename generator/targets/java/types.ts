// Java type mapping: TypeRef -> the Java type of a field's value, the primitive a typed getter
// returns, a token for Jackson's conversion, and the Schema expression that validates it
// (combinators of the generated core.Schema). Plain strings for the views.

import type { Declaration, TypeRef } from '../../model/ir.js';
import { intMaximum } from '../../stages/numbers.js';
import { javaStringExpression } from './limits.js';
import { addsNull, namedArguments, resolveAlias, wrapIfNullable } from '../shared/common.js';
import type { ClassNames } from './names.js';
import { translatePattern } from '../../regex/index.js';

export interface TypeContext {
  readonly byId: ReadonlyMap<string, Declaration>;
  readonly names: ClassNames;
}

/** Kept as a bare JsonValue (no typed getter): constants, `null`, and any JSON. */
export function isRaw(type: TypeRef, ctx: TypeContext): boolean {
  const t = resolveAlias(type, ctx.byId);
  return t.kind === 'const' || t.kind === 'null' || t.kind === 'any';
}

/** The boxed Java type of a value: String, Long, List<Foo>, Map<String, JsonValue>, ... */
export function javaType(type: TypeRef, ctx: TypeContext): string {
  const t = resolveAlias(type, ctx.byId);
  switch (t.kind) {
    case 'ref':
      return ctx.names.get(t.id)!;
    case 'string':
      return 'String';
    case 'integer':
      return 'Long';
    case 'number':
      return 'Double';
    case 'boolean':
      return 'Boolean';
    case 'array':
      return `List<${javaType(t.items, ctx)}>`;
    case 'map':
      return `Map<String, ${javaType(t.values, ctx)}>`;
    case 'const':
    case 'null':
    case 'any':
      return 'JsonValue';
  }
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

/** A Java literal for a JSON number used as a double parameter. */
export function javaNumber(n: number): string {
  return Number.isInteger(n) && Math.abs(n) < 2 ** 31 ? String(n) : `${String(n)}D`;
}

/** A Java expression for a JSON scalar as a JsonValue. */
export function jsonValueLiteral(value: string | number | boolean): string {
  if (typeof value === 'string') return `JsonValue.from(${javaStringExpression(value)})`;
  if (typeof value === 'boolean') return `JsonValue.from(${value})`;
  return Number.isSafeInteger(value) ? `JsonValue.from(${value}L)` : `JsonValue.from(${String(value)}D)`;
}

/** The Schema expression that validates `type`. */
export function schemaExpression(type: TypeRef, ctx: TypeContext): string {
  const inner = baseSchema(type, ctx);
  return wrapIfNullable(addsNull(type), 'Schema.nullable', inner);
}

function baseSchema(type: TypeRef, ctx: TypeContext): string {
  switch (type.kind) {
    case 'ref':
      return `Schema.lazy(() -> ${ctx.names.get(type.id)!}.SCHEMA)`;
    case 'string': {
      const c = type.constraints;
      return `Schema.string()${chain({ minLength: c.minLength, maxLength: intMaximum(c.maxLength) })}${c.pattern === null ? '' : `.pattern(${javaStringExpression(translatePattern(c.pattern, 'java'))}, ${javaStringExpression(c.pattern)})`}`;
    }
    case 'integer':
    case 'number':
      return `Schema.${type.kind}()${chain({ ...type.constraints })}`;
    case 'boolean':
      return 'Schema.bool()';
    case 'null':
      return 'Schema.nullValue()';
    case 'any':
      return 'Schema.any()';
    case 'const':
      return `Schema.constant(${jsonValueLiteral(type.value)})`;
    case 'array':
      return `Schema.array(${schemaExpression(type.items, ctx)})${chain({ minItems: type.minItems, maxItems: intMaximum(type.maxItems) })}`;
    case 'map':
      return `Schema.map(${schemaExpression(type.values, ctx)})`;
  }
}

/** `.name(value)` calls for the non-null entries. */
function chain(entries: Record<string, number | null>): string {
  return namedArguments(entries, (k, v) => `.${k}(${javaNumber(v)})`).join('');
}
