import { type JsonObject } from './load.js';
import type { EnumDeclaration, TypeRef } from './model.js';
import { type DeclarationBase, type ModelBuilder } from './build-model.js';
export declare function buildUnion(builder: ModelBuilder, s: JsonObject, { slot, ...base }: DeclarationBase): TypeRef;
export declare function buildEnum(builder: ModelBuilder, s: JsonObject, { slot, ...base }: DeclarationBase): TypeRef;
type EnumInfo = Pick<EnumDeclaration, 'kind' | 'valueType' | 'values' | 'nullable'>;
/** The enum's values, or a const when it has a single value (`enum: ["x"]` means `const: "x"`). */
export declare function enumFromSchema(s: JsonObject, pointer: string): EnumInfo | Extract<TypeRef, {
    kind: 'const';
}>;
export {};
