// The per-page context of the docs views: names, links and headings. Headings are written
// through heading(), which also computes their GitHub anchors in page order; the anchors of
// declaration headings are kept so links can point at them. A page is built once: a link to a
// section whose heading comes later on the page (the main declaration's table links its nested
// declarations below) is written as a placeholder, and fillLinks() puts the anchor in once the
// page is built. Only sections are linked by anchor, and a section is only linked from its own
// page ($ref always names a $defs entry, which has a page of its own) or from the index, built last.
import { Slugger, literal } from './markdown.js';
/** "\0<n>\0": the n-th pending link of the page. The docs never print a NUL of their own (prose and
 *  literal() turn schema NULs into U+FFFD, code spans show control characters as JSON). */
const PLACEHOLDER = /\0(\d+)\0/g;
export function pageContext(layout, byId, page, options, anchors) {
    const slugger = new Slugger();
    const pending = [];
    const fill = (text) => text.includes('\0') ? text.replace(PLACEHOLDER, (_, n) => `#${anchors.get(pending[Number(n)]) ?? missingAnchor(pending[Number(n)])}`) : text;
    return {
        byId,
        options,
        page,
        name: (id) => layout.names.get(id),
        href(id) {
            const known = hrefFrom(layout, anchors, page, id);
            if (known !== null)
                return known;
            pending.push(id);
            return `\0${pending.length - 1}\0`;
        },
        heading(level, text, markdown, id) {
            const slug = slugger.slug(text);
            if (id !== undefined)
                anchors.set(id, slug);
            return `${'#'.repeat(level)} ${markdown ?? literal(text)}`;
        },
        fillLinks: (view) => (pending.length === 0 ? view : mapStrings(view, fill)),
    };
}
/** The link to a declaration from `from` (null: the index), or null for a section of `from`
 *  whose heading is not written yet. */
function hrefFrom(layout, anchors, from, id) {
    const page = layout.pageOf.get(id);
    if (page === undefined)
        throw new Error(`internal: no docs page for ${id}`);
    if (page.main.id === id)
        return page.file;
    const anchor = anchors.get(id);
    if (anchor === undefined)
        return page === from ? null : missingAnchor(id);
    return page === from ? `#${anchor}` : `${page.file}#${anchor}`;
}
function missingAnchor(id) {
    throw new Error(`internal: no heading was written for ${id}, so nothing can link to it`);
}
/** A copy of a view (plain objects, arrays, scalars) with `f` applied to every string in it. */
function mapStrings(value, f) {
    if (typeof value === 'string')
        return f(value);
    if (Array.isArray(value))
        return value.map((item) => mapStrings(item, f));
    if (value !== null && typeof value === 'object')
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, f)]));
    return value;
}
/** The index page's context: links go to pages (or sections of pages) from outside them. */
export function indexContext(layout, byId, anchors) {
    return { byId, name: (id) => layout.names.get(id), href: (id) => hrefFrom(layout, anchors, null, id) };
}
