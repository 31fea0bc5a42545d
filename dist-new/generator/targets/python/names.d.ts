import type { Model, ObjectDeclaration } from '../../model.js';
export interface DeclarationNames {
    /** The class (object, enum, union) or type alias name. */
    readonly className: string;
    /** The module inside `<package>.models`, without ".py". */
    readonly moduleName: string;
    /** For aliases: the TypeAdapter instance validating them; null otherwise. */
    readonly adapterName: string | null;
}
export type Names = ReadonlyMap<string, DeclarationNames>;
export declare function declarationNames(model: Model): Names;
/** Attribute names of an object's properties, in the object's property order. */
export declare function attributeNames(d: ObjectDeclaration): ReadonlyMap<string, string>;
/** UPPER_SNAKE member names for enum values, made unique by a numeric suffix. */
export declare function enumMemberNames(values: readonly (string | number | boolean)[]): string[];
export declare function namesOf(names: Names, id: string): DeclarationNames;
