import type { Declaration, Doc, Model, TypeRef } from '../../model.js';
import type { PropertyOrder } from '../common.js';
import type { BasePlan } from './bases.js';
import { type Ctx } from './types.js';
export interface ViewCtx extends Ctx {
    readonly model: Model;
    readonly namespace: string;
    readonly bases: BasePlan;
    readonly order: PropertyOrder;
}
export declare const OBSOLETE = "[Obsolete(\"The schema marks this as deprecated.\")]";
export declare const obsolete: (doc: Doc) => string[];
/** True when the file names something deprecated, so its own code must not warn about it. */
export declare function usesDeprecated(d: Declaration, types: readonly TypeRef[], ctx: ViewCtx): boolean;
/** The TypeRefs a declaration's file names. */
export declare function typesOf(d: Declaration): TypeRef[];
/** Read and write of the declaration itself (the converter's Read and Write). */
export declare function topIo(type: string, nullable: boolean, valueType?: boolean): {
    topReader: string;
    topWriter: string;
};
/** Wraps a check spanning several lines in SchemaChecks.Nullable(...). */
export declare function wrapNullable(nullable: boolean, lines: readonly string[]): string[];
/** Ends the last line of a multi-line expression with ";". */
export declare function terminated(lines: readonly string[]): string[];
