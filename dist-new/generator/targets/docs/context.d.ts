import type { Declaration } from '../../model.js';
import type { PropertyOrder } from '../common.js';
import type { Layout, Page } from './names.js';
import type { TypeContext } from './types.js';
export interface DocsOptions {
    readonly propertyOrder: PropertyOrder;
    /** Prefix of REST paths in request lines, e.g. "https://api.example.com" ("" = path only). */
    readonly baseUrl: string;
}
export interface PageContext extends TypeContext {
    readonly options: DocsOptions;
    readonly page: Page;
    /**
     * A heading line ("## Properties"). `markdown` replaces the escaped text when the heading holds
     * markup (a code span); `text` is then what it renders as. `id` records the anchor of a declaration.
     */
    heading(level: number, text: string, markdown?: string, id?: string): string;
    /** The page's view with every placeholder link filled in; call once the page is built. */
    fillLinks<T extends object>(view: T): T;
}
/** Declaration id -> anchor of its section heading, over all pages (filled by the first pass). */
export type Anchors = Map<string, string>;
export declare function pageContext(layout: Layout, byId: ReadonlyMap<string, Declaration>, page: Page, options: DocsOptions, anchors: Anchors): PageContext;
/** The index page's context: links go to pages (or sections of pages) from outside them. */
export declare function indexContext(layout: Layout, byId: ReadonlyMap<string, Declaration>, anchors: Anchors): TypeContext;
