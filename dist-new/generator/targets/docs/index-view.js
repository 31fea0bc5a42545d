// The docs index (README.md): every union of the schema with its variants linked (events grouped
// by RealtimeClientEvent / RealtimeServerEvent), then every other declaration that has a page.
// Takes the model, the layout and the anchors of the pages; returns the view of index.hbs.
import { docLines } from '../common.js';
import { codeSpan, literal, prose } from './markdown.js';
import { typeLabel } from './types.js';
export function indexView(model, layout, banner, ctx) {
    const mains = layout.pages.map((p) => p.main);
    const unions = mains.filter((d) => d.kind === 'union');
    const listed = new Set(unions.flatMap((u) => u.variants.flatMap(refId)));
    const link = (d) => `[${literal(layout.pageOf.get(d.id).title)}](${ctx.href(d.id)})`;
    const groups = unions.map((u) => ({
        heading: `## ${link(u)}`,
        summary: summaryOf(u),
        items: u.variants.map((v, i) => variantItem(v, u.discriminator?.mapping[i]?.value ?? null, ctx)),
    }));
    const others = mains.filter((d) => d.kind !== 'union' && !listed.has(d.id)).map((d) => `${link(d)} (${KIND_LABELS[d.kind]})${withSummary(d)}`);
    return {
        banner,
        title: `# ${literal(model.title ?? 'Reference')}`,
        description: model.description === null ? null : prose(model.description, 'block'),
        groups,
        hasOthers: others.length > 0,
        othersHeading: unions.length > 0 ? '## Other declarations' : '## Declarations',
        others,
    };
}
const KIND_LABELS = { object: 'object', enum: 'enum', union: 'union', alias: 'type' };
const refId = (t) => (t.kind === 'ref' ? [t.id] : []);
function variantItem(v, tag, ctx) {
    if (v.kind !== 'ref')
        return typeLabel(v, ctx);
    const text = tag === null ? literal(ctx.name(v.id)) : codeSpan(tag, 'block');
    return `[${text}](${ctx.href(v.id)})${withSummary(ctx.byId.get(v.id))}`;
}
function withSummary(d) {
    const summary = summaryOf(d);
    return summary === null ? '' : `: ${summary}`;
}
/** The first sentence of the declaration's doc, on one line. */
function summaryOf(d) {
    const first = docLines(d.doc).join('\n').split(/\n\s*\n/)[0]?.replace(/\s+/g, ' ').trim() ?? '';
    if (first === '')
        return null;
    const sentence = /^.*?[.!?](?=\s|$)/.exec(first)?.[0] ?? first;
    return prose(sentence, 'cell');
}
