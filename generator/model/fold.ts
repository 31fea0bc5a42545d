// The one way to branch on a type's or a declaration's kind. A target passes one function per
// kind; TypeScript then refuses a fold that misses a kind, so a kind added to the IR (ir.ts) is
// a compile error at every place that must handle it, in every target, and nowhere else.
// A fold called for every type of a large schema (annotations, imports) should build its cases
// once, at module level, and take what it needs as the context argument, rather than build a
// case object of closures per call: that allocation was measurable (issue 16's bench).

import type { Declaration, TypeRef } from './ir.js';

type KindOf<U extends { readonly kind: string }, K extends U['kind']> = Extract<U, { readonly kind: K }>;

/** One function per type kind, each given the type narrowed to its kind (and the fold's context, if any). */
export type TypeCases<R, C = undefined> = { readonly [K in TypeRef['kind']]: (type: KindOf<TypeRef, K>, context: C) => R };

/** One function per declaration kind, each given the declaration narrowed to its kind (and the fold's context, if any). */
export type DeclarationCases<R, C = undefined> = { readonly [K in Declaration['kind']]: (declaration: KindOf<Declaration, K>, context: C) => R };

export function foldType<R, C = undefined>(type: TypeRef, cases: TypeCases<R, C>, context?: C): R {
  return (cases[type.kind] as (type: TypeRef, context: C) => R)(type, context as C);
}

export function foldDeclaration<R, C = undefined>(declaration: Declaration, cases: DeclarationCases<R, C>, context?: C): R {
  return (cases[declaration.kind] as (declaration: Declaration, context: C) => R)(declaration, context as C);
}
