// C# literals and XML doc comments: JSON values -> C# source text. Pure string functions; the
// views call them so that no template ever builds a literal or escapes text.

import type { Doc } from '../../model/ir.js';
import { docLines, perDoc } from '../shared/common.js';
import { escapeUnsafe, splitLines, xmlText } from '../shared/text.js';

export { xmlText };

const PLAIN_ASCII = /^[ !#-[\]-~]*$/;

/** What a regular literal must escape but quote and backslash: controls (C0, DEL, C1), U+2028/9, every surrogate code unit. */
const ESCAPED = /[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]/g;

function escapeChar(ch: string): string {
  if (ch === '\n') return '\\n';
  if (ch === '\r') return '\\r';
  if (ch === '\t') return '\\t';
  return `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** A regular C# string literal. Line terminators, controls, bidi controls and lone surrogates are escaped. */
export function csString(text: string): string {
  // Printable ASCII but quote and backslash needs no escape (the common case: every property
  // name, called several times per property by the object view; measured in issue 16's bench).
  if (PLAIN_ASCII.test(text)) return `"${text}"`;
  // SchemaDocuments.cs holds the whole schema as one literal: megabytes of JSON, a quote every few
  // characters. Backslashes, then quotes, by plain replacement; the rare others by one regex pass
  // (a string append per character, or a callback per quote, was measurable: issue 16's bench).
  const quoted = text.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
  return escapeUnsafe(`"${quoted.replace(ESCAPED, escapeChar)}"`);
}

/**
 * A C# numeric literal for a JSON number: a safe integer as an integer literal; any other value
 * as a double literal that round-trips (an integral one beyond 2^53 in exponent form, e.g.
 * 1.8446744073709552e+19: written out in digits it would be an integral literal too large for
 * long, or ulong, which does not compile). Callers give such values a double type.
 */
export function csNumber(value: number): string {
  if (Number.isSafeInteger(value)) return String(value);
  return Number.isInteger(value) ? value.toExponential() : String(value);
}

/** A C# literal for a scalar JSON value. */
export function csScalar(value: string | number | boolean): string {
  return typeof value === 'string' ? csString(value) : typeof value === 'number' ? csNumber(value) : String(value);
}

/** Doc text as lines; C# ends a `///` comment at any of its line terminators, so split on all. */
export function textLines(text: string): string[] {
  return splitLines(text).map((l) => {
    const line = xmlText(l.trimEnd());
    return line.includes('`') ? line.replace(/`([^`]+)`/g, '<c>$1</c>') : line;
  });
}

/** The schema's title and description as XML-escaped lines, or the fallback when it has none. */
export function docText(doc: Doc, fallback: string): readonly string[] {
  const lines = escapedLines(doc);
  return lines.length === 0 ? [fallback] : lines;
}

const escapedLines = perDoc((doc: Doc): readonly string[] => Object.freeze(docLines(doc).flatMap(textLines)));

/**
 * `/// <summary>` ... `/// </summary>` around lines (already escaped), plus extra elements; a
 * single line in one `/// <summary>line</summary>` (a third of the lines, the same to a reader).
 */
export function summary(lines: readonly string[], extra: readonly string[] = []): string[] {
  const rest = extra.map((l) => `/// ${l}`);
  if (lines.length === 1 && lines[0] !== '') return [`/// <summary>${lines[0]}</summary>`, ...rest];
  const body = lines.map((l) => (l === '' ? '///' : `/// ${l}`));
  return ['/// <summary>', ...body, '/// </summary>', ...rest];
}

/** `<c>text</c>` for a wire name or value inside a doc comment. */
export function code(text: string): string {
  return `<c>${textLines(text).join(' ')}</c>`;
}
