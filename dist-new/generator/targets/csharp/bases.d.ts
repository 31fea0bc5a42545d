import type { Declaration } from '../../model.js';
import { type Ctx } from './types.js';
export interface BaseMember {
    readonly jsonName: string;
    readonly name: string;
    readonly type: string;
    readonly setter: 'internal' | 'protected';
    /** Doc comment summary lines, XML-escaped. */
    readonly doc: readonly string[];
}
export interface SharedType {
    readonly name: string;
    /** For a base class: the base interface it implements, or null. */
    readonly implements: string | null;
    readonly members: readonly BaseMember[];
    /** Names of the union interfaces sharing it, for its doc comment. */
    readonly unions: readonly string[];
    readonly pointer: string;
    /** When all its unions share one tag property and no tag value means two classes: read by that tag. */
    readonly dispatch: {
        readonly propertyName: string;
        readonly mapping: readonly {
            readonly value: string;
            readonly id: string;
        }[];
    } | null;
}
export interface BasePlan {
    /** Per discriminated union: the base interface it extends (or null) and the members it declares itself. */
    readonly unions: ReadonlyMap<string, {
        readonly extends: string | null;
        readonly members: readonly BaseMember[];
    }>;
    /** Per variant object: its base class (or null), the members it overrides, its interfaces. */
    readonly variants: ReadonlyMap<string, {
        readonly baseClass: string | null;
        readonly overrides: readonly BaseMember[];
        readonly interfaces: readonly string[];
    }>;
    readonly interfaces: readonly SharedType[];
    readonly classes: readonly SharedType[];
}
export declare function planBases(declarations: readonly Declaration[], ctx: Ctx): BasePlan;
