import type { ObjectDeclaration } from '../../model.js';
import { type PropertyOrder } from '../common.js';
import { type TypeContext } from './types.js';
export interface SetterView {
    /** The property's member name (repeated here so the template needs no parent lookups). */
    readonly member: string;
    readonly doc: readonly string[];
    readonly deprecated: boolean;
    readonly paramType: string;
    readonly argument: string;
}
export interface PropertyView {
    readonly member: string;
    readonly jsonName: string;
    readonly fieldType: string;
    readonly hasTypedGetter: boolean;
    readonly getterType: string;
    readonly getterAccessor: string;
    readonly getterDoc: readonly string[];
    readonly rawGetterDoc: readonly string[];
    readonly deprecated: boolean;
    readonly builderInit: string;
    readonly buildArgument: string;
    readonly setters: readonly SetterView[];
    readonly fieldSetterDoc: readonly string[];
    readonly comma: string;
}
export interface ObjectView {
    readonly kind: 'object';
    readonly name: string;
    readonly doc: readonly string[];
    readonly schema: string;
    readonly properties: readonly PropertyView[];
    readonly builderDoc: readonly string[];
}
/** The JVM takes at most 255 parameters; the private constructor takes one per property plus one. */
export declare const MAX_JAVA_PROPERTIES = 254;
export declare function objectView(d: ObjectDeclaration, name: string, ctx: TypeContext, order: PropertyOrder): ObjectView;
