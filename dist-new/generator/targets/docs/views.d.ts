import type { PageContext } from './context.js';
import { type RestView } from './rest.js';
import { type ExamplesView, type IntroView } from './views-common.js';
export interface PageView {
    readonly banner: string;
    readonly sections: readonly SectionView[];
}
type SectionView = ObjectView | EnumView | UnionView | AliasView;
interface ObjectView extends IntroView, ExamplesView {
    readonly hasProperties: boolean;
    readonly propertiesHeading: string | null;
    readonly rows: readonly RowView[];
    readonly detailsHeading: string | null;
    readonly details: readonly DetailView[];
    readonly rest: RestView | null;
}
interface RowView {
    readonly name: string;
    readonly type: string;
    readonly required: string;
    readonly default: string;
    readonly allowed: string;
    readonly description: string;
}
interface DetailView {
    readonly heading: string;
    readonly deprecated: boolean;
    readonly description: string | null;
    readonly lines: readonly string[];
}
type EnumView = IntroView & ExamplesView;
type AliasView = IntroView & ExamplesView;
interface UnionView extends IntroView, ExamplesView {
    readonly variantsHeading: string;
    readonly variants: readonly string[];
}
export declare function pageView(banner: string, ctx: PageContext): PageView;
export {};
