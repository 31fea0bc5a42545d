// TypeScript type mapping: TypeRef -> a type expression, and TypeRef -> a runtime check
// expression built from the `check` combinators in templates/typescript/runtime/runtime.ts.
// Both are plain strings for the views; no template ever builds them.

import type { Model, TypeRef } from '../../model/ir.js';
import { foldType } from '../../model/fold.js';
import { addsNull, namedArguments, wrapIfNullable } from '../shared/common.js';
import { literal } from './literals.js';
import { declarationNames, type TypeScriptNames } from './names.js';

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
    array: (t) => `Array<${typeExpression(t.items, ctx)}>`,
    map: (t) => `{ [key: string]: ${typeExpression(t.values, ctx)} }`,
  });
}

/** `check.<combinator>(...)` for a type; references name the declaration's check function. */
export function checkExpression(type: TypeRef, ctx: TypeContext): string {
  return wrapIfNullable(addsNull(type), 'check.nullable', baseCheck(type, ctx));
}

function baseCheck(type: TypeRef, ctx: TypeContext): string {
  return foldType<string>(type, {
    ref: (t) => declarationNames(ctx.names, t.id).check,
    string: ({ constraints: c }) =>
      `check.string(${options({ minLength: c.minLength, maxLength: c.maxLength, pattern: c.pattern === null ? null : `new RegExp(${JSON.stringify(c.pattern)}, 'u')` })})`,
    integer: (t) => `check.integer(${options({ ...t.constraints })})`,
    number: (t) => `check.number(${options({ ...t.constraints })})`,
    boolean: () => 'check.boolean',
    null: () => 'check.null',
    any: () => 'check.any',
    const: (t) => `check.constant(${literal(t.value)})`,
    array: (t) => `check.array(${checkExpression(t.items, ctx)}, ${options({ minItems: t.minItems, maxItems: t.maxItems })})`,
    map: (t) => `check.map(${checkExpression(t.values, ctx)})`,
  });
}

/** `{ a: 1, b: 2 }` of the non-null entries; `{}` when there are none. */
function options(entries: Record<string, string | number | null>): string {
  const parts = namedArguments(entries, (k, v) => `${k}: ${v}`);
  return parts.length === 0 ? '{}' : `{ ${parts.join(', ')} }`;
}
