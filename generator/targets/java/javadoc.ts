// Javadoc from schema text: escapes what Javadoc or javac would read as markup (HTML, tags,
// the end of the comment, unicode escapes) and turns Markdown `code` into {@code ...}.
// Returns comment lines without indentation; the template indents them.

import type { Doc } from '../../model/ir.js';
import { docLines, perDoc } from '../shared/common.js';
import { visible } from '../shared/text.js';

const JAVADOC_SPECIAL = /[&<>@\\`]|\*\//;

/** Escapes one line of plain text for a Javadoc comment. */
export function escapeJavadoc(line: string): string {
  const text = visible(line);
  if (!JAVADOC_SPECIAL.test(text)) return text; // most lines: nothing to escape, no copies
  const escaped = text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@/g, '&#64;')
    .replace(/\\/g, '&#92;')
    .replace(/\*\//g, '*&#47;');
  return escaped.replace(/`([^`{}]+)`/g, '{@code $1}');
}

const escapedLines = perDoc((doc: Doc): readonly string[] => Object.freeze(docLines(doc).map(escapeJavadoc)));

/** The schema's doc as escaped lines, plus extra lines (already Javadoc) after a blank line. */
export function docText(doc: Doc, extra: readonly string[] = []): readonly string[] {
  const lines = escapedLines(doc);
  if (extra.length === 0) return lines;
  return lines.length === 0 ? [...extra] : [...lines, '', ...extra];
}

/** A full comment, `/**` to `*\/` (one line for one line of text); empty when there is nothing to say. */
export function javadoc(lines: readonly string[]): string[] {
  if (lines.length === 0) return [];
  if (lines.length === 1) return [`/** ${lines[0]} */`];
  const paragraphs = lines.map((l, i) => (i > 0 && lines[i - 1] === '' && !/^(<pre>|@)/.test(l) ? `<p>${l}` : l));
  return ['/**', ...paragraphs.map((l) => (l === '' ? ' *' : ` * ${l}`)), ' */'];
}

/** JSON (a default or a constant) shown in {@code ...}: entities for what Javadoc would read as markup, braces included. */
export const javaDocJson = (json: string): string =>
  visible(json)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@/g, '&#64;')
    .replace(/\\/g, '&#92;')
    .replace(/[{}]/g, (c) => (c === '{' ? '&#123;' : '&#125;'))
    .replace(/\*\//g, '*&#47;');

/** The @deprecated tag of a deprecated declaration, as extra Javadoc lines. */
export const deprecatedDoc = (d: { doc: { deprecated: boolean } }): string[] => (d.doc.deprecated ? ['@deprecated'] : []);
