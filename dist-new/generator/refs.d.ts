import { type JsonObject } from './load.js';
import type { JsonValue } from './model.js';
/** "#/$defs/Foo" -> "/$defs/Foo" (the declaration id), after the checks below. */
export declare function refToId(ref: string): string;
export declare function checkRefs(root: JsonObject): void;
/** Calls visit for every schema object in the document, depth first, with its pointer. */
export declare function visitSchemas(node: JsonValue, pointer: string, visit: (schema: JsonObject, pointer: string) => void): void;
