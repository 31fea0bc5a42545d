import { type JsonObject } from './load.js';
import type { Declaration, Doc, JsonValue, Model, TypeRef } from './model.js';
/** Collects declarations in a stable order: $defs order, each followed by what it hoisted. */
export declare class ModelBuilder {
    readonly root: JsonObject;
    readonly declarations: Declaration[];
    constructor(root: JsonObject);
    /** Adds at `slot` (where the declaration began), so a parent precedes what it hoisted. */
    add(declaration: Declaration, slot?: number): TypeRef;
    /** The raw schema a "$ref" points at (refs were checked already). */
    resolve(ref: string): JsonObject;
}
/** More declarations than this is refused: bounded time and memory for every target. */
export declare const MAX_DECLARATIONS = 10000;
export declare function buildModel(root: JsonObject, source: string): Model;
export declare function wordsOf(name: string, pointer: string): string[];
/** Makes `schema` a declaration of its own (a $defs entry, or an inline schema being hoisted). */
export declare function declare(builder: ModelBuilder, schema: JsonValue, pointer: string, schemaName: string, words: string[], hoisted: boolean): TypeRef;
/** What every declaration kind shares, plus the slot it goes in. */
export type DeclarationBase = Pick<Declaration, 'id' | 'schemaName' | 'words' | 'doc' | 'examples' | 'codegen' | 'hoisted'> & {
    readonly slot: number;
};
/** The type of a schema standing inside another; inline objects, enums and unions are hoisted. */
export declare function typeOf(builder: ModelBuilder, schema: JsonValue, pointer: string, words: string[]): TypeRef;
export declare function jsonTypeOf(value: JsonValue | undefined): string;
export declare function typeList(s: JsonObject): string[];
/** {} or a schema holding only annotations: accepts anything. */
export declare function isAnySchema(schema: JsonValue): boolean;
export declare function docOf(s: JsonObject): Doc;
