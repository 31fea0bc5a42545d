// Pieces every docs section view shares: the intro (heading, deprecation, description, key
// lines) and the examples (pretty-printed JSON blocks). Strings only; the templates print them.

import type { Declaration, Doc } from '../../model/ir.js';
import { docLines, perDoc } from '../shared/common.js';
import type { PageContext } from './context.js';
import { fenceFor, prose } from './markdown.js';
import { escapeUnsafe } from '../shared/text.js';

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
  readonly examples: readonly { readonly fence: string; readonly json: string }[];
}

/** Title and description as one text (paragraphs separated by a blank line). */
function docText(doc: Doc): string {
  return docLines(doc).join('\n');
}

/** The doc as Markdown blocks, or null when there is none. Once per doc: pages are built twice. */
export const blockDoc = perDoc((doc: Doc): string | null => {
  const text = docText(doc);
  return text.trim() === '' ? null : prose(text, 'block');
});

/** The doc as Markdown for a table cell. Once per doc, as blockDoc. */
export const cellDoc = perDoc((doc: Doc): string => prose(docText(doc), 'cell'));

/** The section's title heading; its anchor is recorded for links to the declaration. */
export function titleHeading(d: Declaration, level: number, ctx: PageContext): string {
  const text = level === 1 ? ctx.page.title : ctx.name(d.id);
  return ctx.heading(level, text, undefined, d.id);
}

export function examplesView(d: Declaration, level: number, ctx: PageContext): ExamplesView {
  if (d.examples.length === 0) return { hasExamples: false, examplesHeading: null, examples: [] };
  const examplesHeading = ctx.heading(level, d.examples.length === 1 ? 'Example' : 'Examples');
  const examples = d.examples.map((e) => {
    const json = escapeUnsafe(JSON.stringify(e, null, 4));
    return { fence: fenceFor(json), json };
  });
  return { hasExamples: true, examplesHeading, examples };
}
