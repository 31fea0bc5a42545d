import type { Declaration, TypeRef } from '../../model.js';
import { type Names } from './names.js';
/** What one generated module imports: typing names, and names from sibling model modules. */
export declare class ModuleImports {
    readonly selfId: string;
    readonly typing: Set<string>;
    /** module name -> names imported from it. */
    readonly models: Map<string, Set<string>>;
    constructor(selfId: string);
    useTyping(...names: string[]): void;
    useModel(module: string, name: string): void;
}
export interface TypeContext {
    readonly names: Names;
    readonly byId: ReadonlyMap<string, Declaration>;
    readonly imports: ModuleImports;
    /** Write other declarations' names as "Name" (alias right-hand sides run at import time). */
    readonly quoteRefs: boolean;
}
/** `Optional[X]` unless X already accepts None. */
export declare function optional(annotation: string, ctx: TypeContext): string;
export declare function annotation(type: TypeRef, ctx: TypeContext): string;
/** The runtime schema of a type; Nullable(...) wherever JSON null is accepted. */
export declare function schemaExpression(type: TypeRef, ctx: TypeContext): string;
