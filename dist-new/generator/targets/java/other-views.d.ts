import type { AliasDeclaration, EnumDeclaration, UnionDeclaration } from '../../model.js';
import { type TypeContext } from './types.js';
export declare function enumView(d: EnumDeclaration, name: string): {
    kind: string;
    name: string;
    doc: string[];
    schema: string;
    constants: {
        className: string;
        constant: string;
        literal: string;
        doc: string[];
    }[];
    ofParamType: string;
    boxed: "String" | "Boolean" | "Long" | "Double";
    asMethod: string;
    asType: string;
};
export declare function unionView(d: UnionDeclaration, name: string, ctx: TypeContext): {
    kind: string;
    name: string;
    doc: string[];
    schema: string;
    discriminated: boolean;
    tagProperty: string;
    variants: {
        className: string;
        pascal: string;
        getter: string;
        ofMethod: string;
        isMethod: string;
        asMethod: string;
        visitMethod: string;
        getterLiteral: string;
        type: string;
        uncheckedCast: boolean;
        parameterType: string;
        token: string;
        schema: string;
        tag: string;
        /** The class a ref variant names (its SCHEMA validates the variant); null otherwise. */
        refClass: string | null;
        toStringPrefix: string;
        doc: string[];
        index: number;
    }[];
    unknownToString: string;
};
export declare function aliasView(d: AliasDeclaration, name: string, ctx: TypeContext): {
    kind: string;
    name: string;
    doc: string[];
    schema: string;
    raw: boolean;
    fieldType: string;
    ofParamType: string;
    ofArgument: string;
    getterType: string;
    getterAccessor: string;
    token: string;
    boxed: string;
};
