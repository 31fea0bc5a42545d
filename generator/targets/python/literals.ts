// Python source literals and docstrings: strings, numbers, JSON values as Python expressions,
// and doc text as docstring lines. Pure string functions for the views.

import type { Doc, JsonValue } from '../../model/ir.js';
import { docLines } from '../shared/common.js';
import { escapeUnsafe, splitLines } from '../shared/text.js';

/**
 * A double-quoted Python string literal. JSON.stringify's escapes (\" \\ \n \uXXXX, lone
 * surrogates included) all mean the same in Python, and it never writes an invalid escape.
 */
export const pyString = (text: string): string => escapeUnsafe(JSON.stringify(text));

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
  return `{${Object.entries(value)
    .map(([k, v]) => `${pyString(k)}: ${pyLiteral(v)}`)
    .join(', ')}}`;
}

/** The doc of a declaration or property, plus extra lines (deprecation, default), as docstring text lines. */
export function docText(doc: Doc, extra: readonly string[] = []): readonly string[] {
  const lines = docLines(doc);
  const more = [...(doc.deprecated ? ['Deprecated.'] : []), ...extra];
  if (more.length === 0) return lines;
  return lines.length === 0 ? more : [...lines, '', ...more];
}

/**
 * Lines of a docstring (unindented, quotes included); [] when there is no text. Total: any text
 * gives a literal that parses and whose __doc__ reads as the text. Lines are split at every line
 * terminator and controls shown as "U+XXXX" (a NUL cannot be in Python source at all).
 */
export function docstring(lines: readonly string[]): string[] {
  if (lines.length === 0) return [];
  const flat = lines.flatMap(splitLines);
  if (flat.length === 1) return [`"""${docstringLine(flat[0]!, true)}"""`];
  return [`"""${docstringLine(flat[0]!, false)}`, ...flat.slice(1).map((l) => docstringLine(l, false)), '"""'];
}

/**
 * One line of docstring text: backslashes doubled and every third quote in a row escaped with
 * the two before it, so no `"""` closes the literal. When the closing quotes follow on the same
 * line (`atEnd`), a final unescaped quote is escaped too: `x"` + `"""` would close after `x`.
 */
function docstringLine(text: string, atEnd: boolean): string {
  if (!/["\\]/.test(text)) return text;
  let out = '';
  let quotes = 0; // unescaped quotes at the end of out
  for (const ch of text) {
    if (ch === '\\') out += '\\\\';
    else if (ch === '"' && quotes === 2) out = `${out.slice(0, -2)}\\"\\"\\"`;
    else out += ch;
    quotes = ch === '"' && quotes < 2 ? quotes + 1 : 0;
  }
  return atEnd && quotes > 0 ? `${out.slice(0, -1)}\\"` : out;
}
