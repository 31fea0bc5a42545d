import type { Declaration, NumberConstraints, TypeRef } from '../../model.js';
import type { Names } from './names.js';
export interface Ctx {
    readonly byId: ReadonlyMap<string, Declaration>;
    readonly names: Names;
}
export interface CsType {
    /** The type as written, with "?" when JSON null maps to C# null. */
    readonly text: string;
    /** The type without the top-level "?". */
    readonly base: string;
    readonly valueType: boolean;
    readonly nullable: boolean;
    /** JsonElement: JSON null is one of its values, so it never needs "?". */
    readonly holdsNull: boolean;
    readonly reader: string;
    readonly writer: string;
}
/** `int` when the bounds fit Int32, else `long`. */
export declare function integerType(c: NumberConstraints): 'int' | 'long';
export declare function constType(value: string | number | boolean): string;
/** Follows aliases: the type a reference to an alias stands for. */
export declare function resolveAliases(type: TypeRef, ctx: Ctx, seen?: readonly string[]): TypeRef;
/** Refuses an alias that contains itself through aliases, arrays and maps only: C# has no type for it. */
export declare function checkAliasCycles(ctx: Ctx): void;
/** Whether JSON null can reach this type (through references and union variants). */
export declare function reachesNull(type: TypeRef, ctx: Ctx, seen?: readonly string[]): boolean;
/** `any` and `null` map to JsonElement, which holds JSON null itself. */
export declare function holdsNull(type: TypeRef, ctx: Ctx): boolean;
export declare function csType(type: TypeRef, ctx: Ctx): CsType;
/** The same type with "?" (for a member whose declared type must accept null). */
export declare function nullableOf(t: CsType): CsType;
/** The type of a member that may be absent: C# null stands for "absent" (JsonElement too). */
export declare function optionalOf(t: CsType): CsType;
/** Ids of the declarations a type names in C# (aliases are looked through). */
export declare function referencedIds(type: TypeRef, ctx: Ctx): string[];
/** The type without null, e.g. for a union variant or a property whose absence is its null. */
export declare function baseType(type: TypeRef, ctx: Ctx): CsType;
/** A SchemaCheck expression for the type (references name the declaration's Validate). */
export declare function checkExpression(type: TypeRef, ctx: Ctx, pointer: string): string;
