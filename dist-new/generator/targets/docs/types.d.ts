import type { Declaration, JsonValue, TypeRef } from '../../model.js';
import { type Context } from './markdown.js';
export interface TypeContext {
    readonly byId: ReadonlyMap<string, Declaration>;
    /** The name shown for a declaration. */
    name(id: string): string;
    /** The link target of a declaration from the page being written ("x.md", "#anchor", "x.md#anchor"). */
    href(id: string): string;
}
/** The type as Markdown, nested declarations linked. */
export declare function typeLabel(type: TypeRef, ctx: TypeContext): string;
/** The type as plain text (for the REST body skeleton). */
export declare function plainTypeLabel(type: TypeRef, ctx: TypeContext): string;
export declare function jsonType(value: JsonValue): string;
type Scalar = string | number | boolean | null;
/** The values a const or enum allows (through references and aliases), or null. */
export declare function allowedValues(type: TypeRef, byId: ReadonlyMap<string, Declaration>): Scalar[] | null;
/** Allowed values as code spans, strings unquoted (as the reference docs show them). */
export declare function valuesText(values: readonly Scalar[], context: Context): string;
export interface Constraint {
    readonly label: string;
    /** Markdown, block context. */
    readonly value: string;
}
/** Constraints of a type: lengths, ranges, pattern, format, item counts; item/value constraints prefixed. */
export declare function constraints(type: TypeRef, prefix?: string): Constraint[];
/** "**Maximum length**: 512" */
export declare const constraintLine: (c: Constraint) => string;
export {};
