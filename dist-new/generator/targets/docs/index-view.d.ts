import type { Model } from '../../model.js';
import type { Layout } from './names.js';
import { type TypeContext } from './types.js';
export interface IndexView {
    readonly banner: string;
    readonly title: string;
    readonly description: string | null;
    readonly groups: readonly {
        readonly heading: string;
        readonly summary: string | null;
        readonly items: readonly string[];
    }[];
    readonly hasOthers: boolean;
    readonly othersHeading: string;
    readonly others: readonly string[];
}
export declare function indexView(model: Model, layout: Layout, banner: string, ctx: TypeContext): IndexView;
