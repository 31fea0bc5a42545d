import type { TypeRef } from '../../model.js';
/** Type names by declaration id, and the ids of declarations that accept null themselves. */
export interface Names {
    readonly names: ReadonlyMap<string, string>;
    readonly nullableIds: ReadonlySet<string>;
}
export declare function literal(value: string | number | boolean): string;
export declare function typeExpression(type: TypeRef, names: Names): string;
/** `check.<combinator>(...)` for a type; references name the declaration's check function. */
export declare function checkExpression(type: TypeRef, names: Names): string;
