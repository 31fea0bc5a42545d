import type { JsonValue, Model, TypeRef } from './model.js';
export interface Issue {
    /** JSON pointer into the instance. */
    readonly pointer: string;
    readonly keyword: string;
    readonly message: string;
}
export declare function validator(model: Model): (type: TypeRef, value: JsonValue) => Issue[];
/** Refuses a schema whose own defaults or examples it does not accept. */
export declare function checkDefaultsAndExamples(model: Model): void;
