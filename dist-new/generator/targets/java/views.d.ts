import type { Declaration, Model } from '../../model.js';
import type { PropertyOrder } from '../common.js';
import type { TypeContext } from './types.js';
export interface Packages {
    readonly models: string;
    readonly core: string;
    readonly errors: string;
}
export declare function modelFileView(model: Model, d: Declaration, ctx: TypeContext, packages: Packages, order: PropertyOrder): object;
