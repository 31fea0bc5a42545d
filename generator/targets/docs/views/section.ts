// Pieces every docs section view shares: the intro (heading, deprecation, description, key
// lines) and the examples (pretty-printed JSON blocks). Strings only; the templates print them.

import type { Declaration, Doc } from '../../../model/ir.js';
import { docLines, perDoc } from '../../shared/common.js';
import { escapeUnsafe } from '../../shared/text.js';
import { fenceFor, prose } from '../markdown.js';
import type { DocsNames } from '../names.js';
import type { DocsOptions } from '../options.js';
import type { SectionOutline } from '../outline.js';
import type { TypeContext } from '../types.js';

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

/** The doc as Markdown blocks, or null when there is none. Once per doc: a doc may be shown twice. */
export const blockDoc = perDoc((doc: Doc): string | null => {
  const text = docText(doc);
  return text.trim() === '' ? null : prose(text, 'block');
});

/** The doc as Markdown for a table cell. Once per doc, as blockDoc. */
export const cellDoc = perDoc((doc: Doc): string => prose(docText(doc), 'cell'));

/** The section's intro: its title heading, deprecation, description and `lines`. */
export function introView(d: Declaration, outline: SectionOutline, lines: readonly string[]): IntroView {
  return { kind: d.kind, heading: outline.title.line, deprecated: d.doc.deprecated, description: blockDoc(d.doc), lines };
}

export function examplesView(d: Declaration, outline: SectionOutline): ExamplesView {
  if (outline.examples === null) return { hasExamples: false, examplesHeading: null, examples: [] };
  const examples = d.examples.map((e) => {
    const json = escapeUnsafe(JSON.stringify(e, null, 4));
    return { fence: fenceFor(json), json };
  });
  return { hasExamples: true, examplesHeading: outline.examples.line, examples };
}

/** What a section view needs: names and links as seen from its page, and the options. */
export interface PageContext extends TypeContext {
  readonly options: DocsOptions;
  readonly names: DocsNames;
}
