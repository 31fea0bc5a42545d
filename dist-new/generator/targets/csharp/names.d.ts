import type { Declaration, Model, ObjectDeclaration, Property } from '../../model.js';
import { type NamedThing } from '../../naming.js';
/** Types of the generated runtime files, declared in the same namespace. */
export declare const RUNTIME_TYPES: string[];
/** Members every generated class has, or inherits from object. */
export declare const RESERVED_MEMBERS: Set<string>;
export interface DeclarationName {
    /** The identifier in code (may start with "@"). */
    readonly type: string;
    /** The class holding Validate / FromJson / WriteJson: the converter, or the alias's static class. */
    readonly companion: string;
    /** File name without ".cs". */
    readonly file: string;
}
export type Names = ReadonlyMap<string, DeclarationName>;
export declare const isDiscriminated: (d: Declaration) => boolean;
/** Escapes a candidate identifier: keywords get "@", a leading digit gets "_". */
export declare function identifier(name: string, fallback: string): string;
export declare const bare: (name: string) => string;
export declare function declarationNames(model: Model): Names;
/** Every type name in the namespace must be unique, case-insensitively (they are file names too). */
export declare function checkTypeNames(model: Model, names: Names, extra: readonly NamedThing[]): void;
/** PascalCase property name, escaped; never the enclosing type's name nor a reserved member. */
export declare function memberName(owner: string, p: Property, index: number): string;
export declare function parameterName(member: string): string;
/** Member names of an object's properties, checked for collisions with each other and the fixed members. */
export declare function objectMemberNames(d: ObjectDeclaration, owner: string): string[];
/** Enum member names from the wire values. */
export declare function enumMemberNames(d: Extract<Declaration, {
    kind: 'enum';
}>, owner: string): string[];
