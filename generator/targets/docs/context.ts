// The per-page context of the docs views: names, links and headings. Headings are written
// through heading(), which also computes their GitHub anchors in page order; the anchors of
// declaration headings are kept so links can point at them. A page is built once: a link to a
// section whose heading comes later on the page (the main declaration's table links its nested
// declarations below) is written as a placeholder, and fillLinks() puts the anchor in once the
// page is built. Only sections are linked by anchor, and a section is only linked from its own
// page ($ref always names a $defs entry, which has a page of its own) or from the index, built last.

import type { Declaration } from '../../model/ir.js';
import type { PropertyOrder } from '../shared/common.js';
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
  /** The page's view with every placeholder link filled in; call once the page is built. */
  fillLinks<T extends object>(view: T): T;
}

/** Declaration id -> anchor of its section heading, over all pages (filled by the first pass). */
export type Anchors = Map<string, string>;

/** "\0<n>\0": the n-th pending link of the page. The docs never print a NUL of their own (prose and
 *  literal() turn schema NULs into U+FFFD, code spans show control characters as JSON). */
const PLACEHOLDER = /\0(\d+)\0/g;

export function pageContext(layout: Layout, byId: ReadonlyMap<string, Declaration>, page: Page, options: DocsOptions, anchors: Anchors): PageContext {
  const slugger = new Slugger();
  const pending: string[] = [];
  const fill = (text: string): string =>
    text.includes('\0') ? text.replace(PLACEHOLDER, (_, n: string) => `#${anchors.get(pending[Number(n)]!) ?? missingAnchor(pending[Number(n)]!)}`) : text;
  return {
    byId,
    options,
    page,
    name: (id) => layout.names.get(id)!,
    href(id) {
      const known = hrefFrom(layout, anchors, page, id);
      if (known !== null) return known;
      pending.push(id);
      return `\0${pending.length - 1}\0`;
    },
    heading(level, text, markdown, id) {
      const slug = slugger.slug(text);
      if (id !== undefined) anchors.set(id, slug);
      return `${'#'.repeat(level)} ${markdown ?? literal(text)}`;
    },
    fillLinks: (view) => (pending.length === 0 ? view : mapStrings(view, fill)),
  };
}

/** The link to a declaration from `from` (null: the index), or null for a section of `from`
 *  whose heading is not written yet. */
function hrefFrom(layout: Layout, anchors: Anchors, from: Page | null, id: string): string | null {
  const page = layout.pageOf.get(id);
  if (page === undefined) throw new Error(`internal: no docs page for ${id}`);
  if (page.main.id === id) return page.file;
  const anchor = anchors.get(id);
  if (anchor === undefined) return page === from ? null : missingAnchor(id);
  return page === from ? `#${anchor}` : `${page.file}#${anchor}`;
}

function missingAnchor(id: string): never {
  throw new Error(`internal: no heading was written for ${id}, so nothing can link to it`);
}

/** A copy of a view (plain objects, arrays, scalars) with `f` applied to every string in it. */
function mapStrings<T>(value: T, f: (text: string) => string): T {
  if (typeof value === 'string') return f(value) as T;
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, f)) as T;
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, f)])) as T;
  return value;
}

/** The index page's context: links go to pages (or sections of pages) from outside them. */
export function indexContext(layout: Layout, byId: ReadonlyMap<string, Declaration>, anchors: Anchors): TypeContext {
  return { byId, name: (id) => layout.names.get(id)!, href: (id) => hrefFrom(layout, anchors, null, id)! };
}
