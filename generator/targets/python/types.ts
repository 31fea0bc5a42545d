// Python type mapping: TypeRef -> a type annotation (typing names, other declarations' classes)
// and TypeRef -> the runtime binder that turns a validated JSON value into that type
// (`_rt.String()`, `_rt.Ref(lambda: Circle)`, ...). Pure: what a module imports for them is
// decided from the declaration in imports.ts, which follows the same rules (keep them together).

import type { Declaration, TypeRef } from '../../model/ir.js';
import { foldType, type TypeCases } from '../../model/fold.js';
import { acceptsNull, addsNull, lookup, wrapIfNullable } from '../shared/common.js';
import { pyLiteral, pyString } from './literals.js';
import { namesOf, type Names } from './names.js';

export interface TypeContext {
  readonly names: Names;
  readonly byId: ReadonlyMap<string, Declaration>;
  /** Write other declarations' names as "Name" (alias right-hand sides run at import time). */
  readonly quoteRefs: boolean;
}

/** `Optional[X]` unless X already accepts None (imports.ts: typingNames adds Optional by the same rule). */
export function optional(annotation: string): string {
  if (annotation === 'Any' || annotation === 'None' || annotation.startsWith('Optional[')) return annotation;
  return `Optional[${annotation}]`;
}

export function annotation(type: TypeRef, ctx: TypeContext): string {
  const base = baseAnnotation(type, ctx);
  return acceptsNull(type, ctx.byId) ? optional(base) : base;
}

/** A float constant has no Literal[...] form (pyright refuses one): it is annotated `float`. */
export const isFloatConst = (value: string | number | boolean): boolean => typeof value === 'number' && !Number.isInteger(value);

// Both folds run for every type of every module: their cases are built once (see model/fold.ts).
const ANNOTATIONS: TypeCases<string, TypeContext> = {
  ref: (t, ctx) => {
    const className = namesOf(ctx.names, t.id).className;
    return ctx.quoteRefs ? pyString(className) : className;
  },
  string: () => 'str',
  integer: () => 'int',
  number: () => 'float',
  boolean: () => 'bool',
  null: () => 'None',
  any: () => 'Any',
  literal: () => 'Any',
  const: (t) => (isFloatConst(t.value) ? 'float' : `Literal[${pyLiteral(t.value)}]`),
  array: (t, ctx) => `List[${annotation(t.items, ctx)}]`,
  map: (t, ctx) => `Dict[str, ${annotation(t.values, ctx)}]`,
};

function baseAnnotation(type: TypeRef, ctx: TypeContext): string {
  return foldType(type, ANNOTATIONS, ctx);
}

/** The runtime schema of a type; Nullable(...) wherever JSON null is accepted. */
export function schemaExpression(type: TypeRef, ctx: TypeContext): string {
  const base = baseSchema(type, ctx);
  return wrapIfNullable(addsNull(type, acceptsNull(type, ctx.byId)), '_rt.Nullable', base);
}

// Binding only: the constraints are the validator's (the schema documents), not the binder's.
const SCHEMAS: TypeCases<string, TypeContext> = {
  ref: (t, ctx) => `_rt.Ref(lambda: ${refTarget(t.id, ctx)})`,
  string: () => '_rt.String()',
  integer: () => '_rt.Integer()',
  number: () => '_rt.Number()',
  boolean: () => '_rt.Boolean()',
  null: () => '_rt.Null()',
  any: () => '_rt.AnyValue()',
  literal: () => '_rt.AnyValue()',
  const: (t) => `_rt.Const(${pyLiteral(t.value)})`,
  array: (t, ctx) => `_rt.Array(${schemaExpression(t.items, ctx)})`,
  map: (t, ctx) => `_rt.Map(${schemaExpression(t.values, ctx)})`,
};

function baseSchema(type: TypeRef, ctx: TypeContext): string {
  return foldType(type, SCHEMAS, ctx);
}

/** What a Ref resolves: the class, or for an alias its TypeAdapter. */
export function refTarget(id: string, ctx: Pick<TypeContext, 'names' | 'byId'>): string {
  const n = namesOf(ctx.names, id);
  return lookup(ctx.byId, id).kind === 'alias' ? n.adapterName! : n.className;
}

/**
 * How the runtime binds a valid value of a type (what _runtime.py's _plain and its field decoders
 * do with the schema schemaExpression writes): `plain`, the value itself (a string, a boolean,
 * null, any JSON, a string constant); `integer`, an int (1.0 is 1); `decoder`, through the
 * decoder of its schema (a model, a union, an enum, an array, a map, a number, a constant of
 * another kind). A fast reader (readers.ts) binds the first two inline, as the runtime's own
 * straight-line decoders do.
 */
export function bindingOf(type: TypeRef): 'plain' | 'integer' | 'decoder' {
  // Null allowed or not (a Nullable around the schema), the binding is the inner schema's; a Ref
  // is never plain: the runtime binds through what it names.
  switch (type.kind) {
    case 'string':
    case 'boolean':
    case 'null':
    case 'any':
    case 'literal':
      return 'plain';
    case 'const':
      return typeof type.value === 'string' ? 'plain' : 'decoder';
    case 'integer':
      return 'integer';
    default:
      return 'decoder';
  }
}
