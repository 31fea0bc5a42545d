// The docs index (README.md): every union of the schema with its variants linked (a discriminated
// union's variants by their tags), then every other declaration that has a page.
// Takes the model, the name table and the index's links; returns the view of index.hbs.

import type { Declaration, Model, TypeRef, UnionDeclaration } from '../../../model/ir.js';
import { docLines } from '../../shared/common.js';
import { splitLines } from '../../shared/text.js';
import { codeSpan, literal, prose } from '../markdown.js';
import type { DocsNames } from '../names.js';
import { typeLabel, type TypeContext } from '../types.js';

export interface IndexView {
  readonly banner: string;
  readonly title: string;
  readonly description: string | null;
  readonly groups: readonly { readonly heading: string; readonly summary: string | null; readonly items: readonly string[] }[];
  readonly hasOthers: boolean;
  readonly othersHeading: string;
  readonly others: readonly string[];
}

export function indexView(model: Model, names: DocsNames, banner: string, ctx: TypeContext): IndexView {
  const mains = names.pages.map((p) => p.main);
  const unions = mains.filter((d): d is UnionDeclaration => d.kind === 'union');
  const listed = new Set(unions.flatMap((u) => u.variants.flatMap(refId)));
  const link = (d: Declaration): string => `[${literal(names.pageOf.get(d.id)!.title)}](${ctx.href(d.id)})`;
  const groups = unions.map((u) => ({
    heading: `## ${link(u)}`,
    summary: summaryOf(u),
    items: u.variants.map((v, i) => variantItem(v, u.discriminator?.mapping[i]?.value ?? null, ctx)),
  }));
  const others = mains.filter((d) => d.kind !== 'union' && !listed.has(d.id)).map((d) => `${link(d)} (${KIND_LABELS[d.kind]})${withSummary(d)}`);
  return {
    banner,
    title: `# ${literal(model.title ?? 'Reference')}`,
    description: model.description === null ? null : prose(splitLines(model.description).join('\n'), 'block'),
    groups,
    hasOthers: others.length > 0,
    othersHeading: unions.length > 0 ? '## Other declarations' : '## Declarations',
    others,
  };
}

const KIND_LABELS: Readonly<Record<Declaration['kind'], string>> = { object: 'object', enum: 'enum', union: 'union', alias: 'type' };

const refId = (t: TypeRef): string[] => (t.kind === 'ref' ? [t.id] : []);

function variantItem(v: TypeRef, tag: string | null, ctx: TypeContext): string {
  if (v.kind !== 'ref') return typeLabel(v, ctx);
  const text = tag === null ? literal(ctx.name(v.id)) : codeSpan(tag, 'block');
  return `[${text}](${ctx.href(v.id)})${withSummary(ctx.byId.get(v.id)!)}`;
}

function withSummary(d: Declaration): string {
  const summary = summaryOf(d);
  return summary === null ? '' : `: ${summary}`;
}

/** The first sentence of the declaration's doc, on one line. */
function summaryOf(d: Declaration): string | null {
  const first =
    docLines(d.doc)
      .join('\n')
      .split(/\n\s*\n/)[0]
      ?.replace(/\s+/g, ' ')
      .trim() ?? '';
  if (first === '') return null;
  const sentence = /^.*?[.!?](?=\s|$)/.exec(first)?.[0] ?? first;
  return prose(sentence, 'cell');
}
