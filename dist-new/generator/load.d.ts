import type { JsonValue } from './model.js';
export declare const DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema";
/** Schema nesting deeper than this is refused before any recursive stage can overflow the stack. */
export declare const MAX_DEPTH = 64;
/** JSON nesting (examples, defaults, consts included) deeper than this is refused. */
export declare const MAX_JSON_DEPTH = 256;
export type JsonObject = {
    [key: string]: JsonValue;
};
export declare function isObject(value: JsonValue | undefined): value is JsonObject;
export declare function parseSchemaText(text: string): JsonValue;
/** Checks the whole document; returns it unchanged, typed as the root object. */
export declare function checkSchema(root: JsonValue): JsonObject;
