import type { Declaration, TypeRef } from '../../model.js';
import type { ClassNames } from './names.js';
export interface TypeContext {
    readonly byId: ReadonlyMap<string, Declaration>;
    readonly names: ClassNames;
}
/** A type through aliases: what a value of `type` is, in Java terms. */
export declare function resolveAlias(type: TypeRef, ctx: TypeContext): TypeRef;
/** Kept as a bare JsonValue (no typed getter): constants, `null`, and any JSON. */
export declare function isRaw(type: TypeRef, ctx: TypeContext): boolean;
/** The boxed Java type of a value: String, Long, List<Foo>, Map<String, JsonValue>, ... */
export declare function javaType(type: TypeRef, ctx: TypeContext): string;
/** The primitive for a boxed type (long for Long), or the type itself. */
export declare function unboxed(boxed: string): string;
/** Whether a Java type has type arguments (List<...>, Map<...>): no class literal, casts unchecked. */
export declare const isGeneric: (javaType: string) => boolean;
/** What JsonValue.convert takes: Foo.class, or a TypeReference for generic types. */
export declare function typeToken(boxed: string): string;
/** A Java string literal (JSON's escapes are Java's too). */
export declare function javaString(text: string): string;
/** A Java literal for a JSON number used as a double parameter. */
export declare function javaNumber(n: number): string;
/** A Java expression for a JSON scalar as a JsonValue. */
export declare function jsonValueLiteral(value: string | number | boolean): string;
/** The Schema expression that validates `type`. */
export declare function schemaExpression(type: TypeRef, ctx: TypeContext): string;
