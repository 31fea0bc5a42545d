import type { AliasDeclaration, EnumDeclaration, UnionDeclaration } from '../../model.js';
import type { SharedType } from './bases.js';
import { type ViewCtx } from './context.js';
export declare function enumView(d: EnumDeclaration, ctx: ViewCtx): {
    topReader: string;
    topWriter: string;
    members: {
        docComment: string[];
        name: string;
        initializer: string;
        separator: string;
    }[];
    checkLines: string[];
    readValue: string;
    cases: {
        literal: string;
        member: string;
        writer: string;
    }[];
    typeName: string;
    name: string;
    converter: string;
    docComment: string[];
    attributes: string[];
    suppressObsolete: boolean;
    kind: string;
};
export declare function unionView(d: UnionDeclaration, ctx: ViewCtx): {
    topReader: string;
    topWriter: string;
    constructors: {
        owner: string;
        docComment: string[];
        type: string;
    }[];
    valueDoc: string[];
    variants: {
        owner: string;
        field: string;
        check: string;
        local: string;
        text: string;
        base: string;
        valueType: boolean;
        nullable: boolean;
        holdsNull: boolean;
        reader: string;
        writer: string;
    }[];
    checkLines: string[];
    typeName: string;
    name: string;
    converter: string;
    docComment: string[];
    attributes: string[];
    suppressObsolete: boolean;
    kind: string;
} | {
    topReader: string;
    topWriter: string;
    converter: string;
    checkLines: string[];
    tag: string;
    variants: {
        tag: string;
        type: string;
        companion: string;
        local: string;
    }[];
    heritage: string;
    members: {
        docComment: string[];
        declaration: string;
    }[];
    hasToJsonString: boolean;
    name: string;
    docComment: string[];
    attributes: string[];
    suppressObsolete: boolean;
    kind: string;
};
export declare function aliasView(d: AliasDeclaration, ctx: ViewCtx): {
    type: string;
    checkLines: string[];
    reader: string;
    writer: string;
    name: string;
    converter: string;
    docComment: string[];
    attributes: string[];
    suppressObsolete: boolean;
    kind: string;
};
export declare function baseInterfaceView(s: SharedType, ctx: ViewCtx): {
    topReader: string;
    topWriter: string;
    converter: string;
    checkLines: string[];
    tag: string;
    variants: {
        tag: string;
        type: string;
        companion: string;
        local: string;
    }[];
    hasConverter: boolean;
    kind: string;
    name: string;
    docComment: string[];
    members: {
        docComment: string[];
        declaration: string;
    }[];
};
export declare function baseClassView(s: SharedType, ctx: ViewCtx): {
    topReader: string;
    topWriter: string;
    converter: string;
    checkLines: string[];
    tag: string;
    variants: {
        tag: string;
        type: string;
        companion: string;
        local: string;
    }[];
    hasConverter: boolean;
    kind: string;
    name: string;
    docComment: string[];
    heritage: string;
    members: {
        docComment: string[];
        declaration: string;
    }[];
};
