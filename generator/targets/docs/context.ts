// The per-page context of the docs views: names, links and headings. Headings are written
// through heading(), which also computes their GitHub anchors in page order; the anchors of
// declaration headings are kept so links from anywhere can point at them. Pages are built
// twice: the first pass only collects the anchors (links are not known yet), the second uses them.

import type { Declaration } from '../../model.js';
import type { PropertyOrder } from '../common.js';
import { Slugger, literal } from './markdown.js';
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
}

/** Declaration id -> anchor of its section heading, over all pages (filled by the first pass). */
export type Anchors = Map<string, string>;

export function pageContext(layout: Layout, byId: ReadonlyMap<string, Declaration>, page: Page, options: DocsOptions, anchors: Anchors): PageContext {
  const slugger = new Slugger();
  return {
    byId,
    options,
    page,
    name: (id) => layout.names.get(id)!,
    href: (id) => hrefFrom(layout, anchors, page, id),
    heading(level, text, markdown, id) {
      const slug = slugger.slug(text);
      if (id !== undefined) anchors.set(id, slug);
      return `${'#'.repeat(level)} ${markdown ?? literal(text)}`;
    },
  };
}

function hrefFrom(layout: Layout, anchors: Anchors, from: Page | null, id: string): string {
  const page = layout.pageOf.get(id);
  if (page === undefined) throw new Error(`internal: no docs page for ${id}`);
  if (page.main.id === id) return page.file;
  const anchor = `#${anchors.get(id) ?? ''}`;
  return page === from ? anchor : `${page.file}${anchor}`;
}

/** The index page's context: links go to pages (or sections of pages) from outside them. */
export function indexContext(layout: Layout, byId: ReadonlyMap<string, Declaration>, anchors: Anchors): TypeContext {
  return { byId, name: (id) => layout.names.get(id)!, href: (id) => hrefFrom(layout, anchors, null, id) };
}
