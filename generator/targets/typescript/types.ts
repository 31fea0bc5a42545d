// TypeScript type mapping: TypeRef -> a type expression, a plain string for the views (no
// template ever builds one). Validation is not typed here: the schema validator reads the schema.

import type { JsonValue, Model, TypeRef } from '../../model/ir.js';
import { foldType } from '../../model/fold.js';
import { addsNull } from '../shared/common.js';
import { literal } from './literals.js';
import { declarationNames, propertyKey, type TypeScriptNames } from './names.js';

/** The names, and the ids of declarations that accept null themselves. */
export interface TypeContext {
  readonly names: TypeScriptNames;
  readonly nullableIds: ReadonlySet<string>;
}

/** Objects that accept null: an interface cannot say so, so references to them add `| null`. */
export function typeContext(model: Model, names: TypeScriptNames): TypeContext {
  return { names, nullableIds: new Set(model.declarations.filter((d) => d.kind === 'object' && d.nullable).map((d) => d.id)) };
}

export function typeExpression(type: TypeRef, ctx: TypeContext): string {
  const base = baseType(type, ctx);
  const nullable = type.nullable || (type.kind === 'ref' && ctx.nullableIds.has(type.id));
  return addsNull(type, nullable) ? `${base} | null` : base;
}

function baseType(type: TypeRef, ctx: TypeContext): string {
  return foldType<string>(type, {
    ref: (t) => declarationNames(ctx.names, t.id).type,
    string: () => 'string',
    integer: () => 'number',
    number: () => 'number',
    boolean: () => 'boolean',
    null: () => 'null',
    any: () => 'unknown',
    const: (t) => literal(t.value),
    literal: (t) => [...t.values.map(jsonLiteralType), ...(t.nullable ? ['null'] : [])].join(' | '),
    array: (t) => (t.tuple === undefined ? `Array<${typeExpression(t.items, ctx)}>` : tupleType(t.tuple, t.minItems ?? 0, ctx)),
    map: (t) => `{ [key: string]: ${typeExpression(t.values, ctx)} }`,
  });
}

/**
 * A tuple type: one tuple per length the array may stop at (an array shorter than "prefixItems"
 * is valid, from the length "minItems" asks), the whole one followed by the rest's items. Written
 * as a union rather than with optional elements: `[string?, number?]` would also admit a second
 * item without a first.
 */
function tupleType(tuple: { readonly items: readonly TypeRef[]; readonly rest: TypeRef | null }, minItems: number, ctx: TypeContext): string {
  const positions = tuple.items.map((item) => typeExpression(item, ctx));
  const rest = tuple.rest === null ? [] : [`...Array<${typeExpression(tuple.rest, ctx)}>`];
  const shorter = [];
  for (let length = Math.min(minItems, positions.length); length < positions.length; length++) shorter.push(`[${positions.slice(0, length).join(', ')}]`);
  return [...shorter, `[${[...positions, ...rest].join(', ')}]`].join(' | ');
}

/** A JSON value as the TypeScript type of exactly that value: `{ "x": 0 }`, `[1, 2]`, `'a'`. */
function jsonLiteralType(value: JsonValue): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `[${value.map(jsonLiteralType).join(', ')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value);
    // `{}` would be any value but null and undefined: an empty object is one with no keys.
    if (entries.length === 0) return 'Record<string, never>';
    return `{ ${entries.map(([key, v]) => `${propertyKey(key)}: ${jsonLiteralType(v)}`).join('; ')} }`;
  }
  return literal(value);
}
