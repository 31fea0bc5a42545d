import type { Declaration, Model } from '../../model.js';
export declare const INDEX_FILE = "README.md";
export interface Page {
    /** File name inside generated/docs/. */
    readonly file: string;
    /** The page title (plain text): the event type, or the declaration's name. */
    readonly title: string;
    readonly main: Declaration;
    /** Declarations hoisted out of `main`, each a section of this page. */
    readonly sections: readonly Declaration[];
}
export interface Layout {
    readonly pages: readonly Page[];
    /** Declaration id -> the page that documents it. */
    readonly pageOf: ReadonlyMap<string, Page>;
    /** Declaration id -> the name shown for it (override or $defs/hoisted name). */
    readonly names: ReadonlyMap<string, string>;
    /** Object id -> its discriminator value in the first discriminated union that lists it. */
    readonly tags: ReadonlyMap<string, string>;
}
export declare function docsLayout(model: Model): Layout;
