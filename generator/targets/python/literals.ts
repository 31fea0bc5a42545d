// Python source literals and docstrings: strings, numbers, JSON values as Python expressions,
// and doc text as docstring lines. Pure string functions for the views.

import type { Doc, JsonValue } from '../../model.js';
import { docLines } from '../common.js';

/**
 * A double-quoted Python string literal. JSON.stringify's escapes (\" \\ \n \uXXXX, lone
 * surrogates included) all mean the same in Python, and it never writes an invalid escape.
 */
export const pyString = (text: string): string => JSON.stringify(text);

/**
 * A Python number literal for a JSON number: an integral value as the exact int the double holds
 * (JavaScript writes 1e21 and up as "1e+21", which Python reads as a float, and pyright refuses a
 * float for an int count or in Literal[...]); others in JavaScript's shortest round-trip form,
 * which is valid Python. Non-finite numbers never get here (generator/numbers.ts refuses them).
 */
export const pyNumber = (n: number): string => (Number.isInteger(n) ? BigInt(n).toString() : String(n));

export function pyLiteral(value: JsonValue): string {
  if (value === null) return 'None';
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value === 'number') return pyNumber(value);
  if (typeof value === 'string') return pyString(value);
  if (Array.isArray(value)) return `[${value.map(pyLiteral).join(', ')}]`;
  return `{${Object.entries(value).map(([k, v]) => `${pyString(k)}: ${pyLiteral(v)}`).join(', ')}}`;
}

/** Keyword arguments `a=1, b=2` of the entries that are not null. */
export function keywordArguments(entries: Readonly<Record<string, string | null>>): string[] {
  return Object.entries(entries).flatMap(([k, v]) => (v === null ? [] : [`${k}=${v}`]));
}

/** The doc of a declaration or property, plus extra lines (deprecation, default), as docstring text lines. */
export function docText(doc: Doc, extra: readonly string[] = []): readonly string[] {
  const lines = docLines(doc);
  const more = [...(doc.deprecated ? ['Deprecated.'] : []), ...extra];
  if (more.length === 0) return lines;
  return lines.length === 0 ? more : [...lines, '', ...more];
}

/**
 * Lines of a docstring (unindented, quotes included); [] when there is no text. Backslashes and
 * triple quotes are escaped, and a quote at the very end too, so the literal always closes.
 */
export function docstring(lines: readonly string[]): string[] {
  if (lines.length === 0) return [];
  const escaped = lines.map((l) => l.replace(/\\/g, '\\\\').replace(/"""/g, '\\"\\"\\"'));
  if (escaped.length === 1) return [`"""${escaped[0]!.replace(/"$/, '\\"')}"""`];
  return [`"""${escaped[0]}`, ...escaped.slice(1), '"""'];
}
