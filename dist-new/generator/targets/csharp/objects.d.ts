import type { ObjectDeclaration } from '../../model.js';
import { type ViewCtx } from './context.js';
export declare function objectView(d: ObjectDeclaration, ctx: ViewCtx): {
    topReader: string;
    topWriter: string;
    kind: string;
    name: string;
    converter: string;
    docComment: string[];
    attributes: string[];
    suppressObsolete: boolean;
    heritage: string;
    constructorDoc: string[];
    constructorParameters: string;
    constructorAssignments: string[];
    fields: string[];
    properties: {
        docComment: string[];
        attributes: string[];
        declaration: string;
    }[];
    hasAdditional: boolean;
    additionalDoc: string[];
    hasToJsonString: boolean;
    checkLines: string[];
    constructorArguments: string[];
    hasLoop: boolean;
    cases: {
        labels: string[];
        statements: string[];
    }[];
    writes: {
        jsonName: string;
        hasCondition: boolean;
        condition: string;
        statement: string;
    }[];
};
