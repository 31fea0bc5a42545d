// The one way to branch on a type's or a declaration's kind. A target passes one function per
// kind; TypeScript then refuses a fold that misses a kind, so a kind added to the IR (ir.ts) is
// a compile error at every place that must handle it, in every target, and nowhere else.

import type { Declaration, TypeRef } from './ir.js';

type KindOf<U extends { readonly kind: string }, K extends U['kind']> = Extract<U, { readonly kind: K }>;

/** One function per type kind, each given the type narrowed to its kind. */
export type TypeCases<R> = { readonly [K in TypeRef['kind']]: (type: KindOf<TypeRef, K>) => R };

/** One function per declaration kind, each given the declaration narrowed to its kind. */
export type DeclarationCases<R> = { readonly [K in Declaration['kind']]: (declaration: KindOf<Declaration, K>) => R };

export function foldType<R>(type: TypeRef, cases: TypeCases<R>): R {
  return (cases[type.kind] as (type: TypeRef) => R)(type);
}

export function foldDeclaration<R>(declaration: Declaration, cases: DeclarationCases<R>): R {
  return (cases[declaration.kind] as (declaration: Declaration) => R)(declaration);
}
