import type { Declaration, Doc, Model, Property, TypeRef } from '../model.js';
export type PropertyOrder = 'schema' | 'required-first-alphabetical';
export declare const PROPERTY_ORDERS: readonly PropertyOrder[];
export declare function declarationsById(model: Model): ReadonlyMap<string, Declaration>;
export declare function lookup(byId: ReadonlyMap<string, Declaration>, id: string): Declaration;
/** The name the schema chose for this target through "x-codegen", or null. */
export declare function overrideName(thing: {
    codegen: Declaration['codegen'];
}, target: string, pointer: string): string | null;
/** Whether JSON null is accepted where this type stands (through a reference too). */
export declare function acceptsNull(type: TypeRef, byId: ReadonlyMap<string, Declaration>): boolean;
export declare function orderProperties(properties: readonly Property[], order: PropertyOrder): Property[];
export declare function checkPropertyOrder(value: unknown): PropertyOrder;
/**
 * `derive` computed once per doc: targets ask for the same doc text several times each (getter,
 * setter, builder...), and escaping it line by line every time shows in large schemas' run times.
 */
export declare function perDoc<T>(derive: (doc: Doc) => T): (doc: Doc) => T;
/** Title and description as plain lines (no comment syntax), blank line between paragraphs. */
export declare const docLines: (doc: Doc) => readonly string[];
