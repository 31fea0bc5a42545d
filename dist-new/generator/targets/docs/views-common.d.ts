import type { Declaration, Doc } from '../../model.js';
import type { PageContext } from './context.js';
export interface IntroView {
    readonly kind: Declaration['kind'];
    readonly heading: string;
    readonly deprecated: boolean;
    /** Block Markdown, or null when the schema says nothing. */
    readonly description: string | null;
    /** "**Type**: ..." style paragraphs. */
    readonly lines: readonly string[];
}
export interface ExamplesView {
    readonly hasExamples: boolean;
    readonly examplesHeading: string | null;
    readonly examples: readonly {
        readonly fence: string;
        readonly json: string;
    }[];
}
/** The doc as Markdown blocks, or null when there is none. Once per doc: pages are built twice. */
export declare const blockDoc: (doc: Doc) => string | null;
/** The doc as Markdown for a table cell. Once per doc, as blockDoc. */
export declare const cellDoc: (doc: Doc) => string;
/** The section's title heading; its anchor is recorded for links to the declaration. */
export declare function titleHeading(d: Declaration, level: number, ctx: PageContext): string;
export declare function examplesView(d: Declaration, level: number, ctx: PageContext): ExamplesView;
