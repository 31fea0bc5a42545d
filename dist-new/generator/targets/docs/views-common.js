// Pieces every docs section view shares: the intro (heading, deprecation, description, key
// lines) and the examples (pretty-printed JSON blocks). Strings only; the templates print them.
import { docLines, perDoc } from '../common.js';
import { fenceFor, prose } from './markdown.js';
/** Title and description as one text (paragraphs separated by a blank line). */
function docText(doc) {
    return docLines(doc).join('\n');
}
/** The doc as Markdown blocks, or null when there is none. Once per doc: pages are built twice. */
export const blockDoc = perDoc((doc) => {
    const text = docText(doc);
    return text.trim() === '' ? null : prose(text, 'block');
});
/** The doc as Markdown for a table cell. Once per doc, as blockDoc. */
export const cellDoc = perDoc((doc) => prose(docText(doc), 'cell'));
/** The section's title heading; its anchor is recorded for links to the declaration. */
export function titleHeading(d, level, ctx) {
    const text = level === 1 ? ctx.page.title : ctx.name(d.id);
    return ctx.heading(level, text, undefined, d.id);
}
export function examplesView(d, level, ctx) {
    if (d.examples.length === 0)
        return { hasExamples: false, examplesHeading: null, examples: [] };
    const examplesHeading = ctx.heading(level, d.examples.length === 1 ? 'Example' : 'Examples');
    const examples = d.examples.map((e) => {
        const json = JSON.stringify(e, null, 4);
        return { fence: fenceFor(json), json };
    });
    return { hasExamples: true, examplesHeading, examples };
}
