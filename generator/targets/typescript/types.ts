// TypeScript type mapping: TypeRef -> a type expression, a plain string for the views (no
// template ever builds one). Validation is not typed here: the schema validator reads the schema.

import type { Model, TypeRef } from '../../model/ir.js';
import { foldType } from '../../model/fold.js';
import { addsNull } from '../shared/common.js';
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
