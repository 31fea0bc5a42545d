import type { Declaration, Model, ObjectDeclaration, Property } from '../../model.js';
export type ClassNames = ReadonlyMap<string, string>;
export declare function classNames(model: Model): ClassNames;
/** A member (field, getter, builder setter) name: camelCase, escaped against keywords and our own members. */
export declare function memberName(words: readonly string[], fallback: string, taken?: ReadonlySet<string>): string;
/** Member names of properties (give them in schema order, so a clash names the later one); a clash is a SchemaError. */
export declare function propertyMembers(d: ObjectDeclaration, properties: readonly Property[]): string[];
/** Enum constant names (RED, DARK_BLUE, _1); a clash is a SchemaError. */
export declare function constantNames(d: Extract<Declaration, {
    kind: 'enum';
}>): string[];
/** A union variant's name parts: Pascal for ofX/isX/asX/visitX, camel for the getter. */
export interface VariantName {
    readonly pascal: string;
    readonly camel: string;
}
/** From a class name: "ConversationItemTruncateEvent" -> ConversationItemTruncate (a trailing "Event" goes). */
export declare function variantName(base: string): VariantName;
