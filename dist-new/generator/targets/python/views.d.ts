import type { Declaration } from '../../model.js';
import { type PropertyOrder } from '../common.js';
import { type Names } from './names.js';
interface ModuleBase {
    readonly banner: string;
    readonly kind: Declaration['kind'];
    readonly name: string;
    readonly docstring: readonly string[];
    /** Import lines: standard library (json, enum, typing), a blank line, the runtime, and any
     * sibling module needed while the module runs (an alias of a bare reference). */
    readonly imports: readonly string[];
    /** Imports from sibling modules, placed last so that modules may import each other. */
    readonly lateImports: readonly string[];
    readonly hasLateImports: boolean;
}
interface AttributeView {
    readonly declaration: string;
    readonly docstring: readonly string[];
}
export interface ObjectModule extends ModuleBase {
    readonly attributes: readonly AttributeView[];
    readonly propertyNames: string;
    readonly fields: readonly string[];
    readonly additional: string;
    readonly nullable: boolean;
    readonly parameters: readonly string[];
    readonly assignments: readonly string[];
}
export interface UnionModule extends ModuleBase {
    readonly actualType: string;
    readonly schemasAttribute: string;
    readonly schemas: string;
    readonly variants: readonly string[];
    readonly discriminator: string | null;
    readonly hasDiscriminator: boolean;
    readonly anyOf: boolean;
    readonly nullable: boolean;
}
export interface EnumModule extends ModuleBase {
    readonly bases: string;
    readonly members: readonly {
        readonly name: string;
        readonly value: string;
    }[];
    readonly returnType: string;
    readonly fromJson: string;
}
export interface AliasModule extends ModuleBase {
    readonly type: string;
    readonly adapterName: string;
    readonly schema: string;
}
export interface Context {
    readonly banner: string;
    readonly byId: ReadonlyMap<string, Declaration>;
    readonly names: Names;
    readonly order: PropertyOrder;
}
export declare function moduleView(d: Declaration, c: Context): ModuleBase;
export {};
