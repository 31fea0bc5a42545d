// Java literals: strings (split when one constant cannot hold them), numbers, and JSON scalars
// as JsonValue expressions. Plain strings for the views.

import { escapeUnsafe } from '../shared/text.js';
import { MAX_JAVA_STRING_BYTES, modifiedUtf8Length } from './limits.js';

/** A Java string literal (JSON's escapes are Java's too). */
export function javaString(text: string): string {
  return escapeUnsafe(JSON.stringify(text));
}

/**
 * A Java expression for `text`: a literal when it fits a string constant; otherwise
 * `String.join("", "...", "...")` of literals that each fit. Not `"..." + "..."`: javac folds a
 * concatenation of constants into one constant, and fails with "constant string too long".
 * Use only where an expression may stand (not in annotations or case labels).
 */
export function javaStringExpression(text: string): string {
  if (text.length * 3 <= MAX_JAVA_STRING_BYTES || modifiedUtf8Length(text) <= MAX_JAVA_STRING_BYTES) return javaString(text);
  return `String.join("", ${splitModifiedUtf8(text, MAX_JAVA_STRING_BYTES).map(javaString).join(', ')})`;
}

/**
 * `text` in pieces of at most `maxBytes` bytes of modified UTF-8 each, never splitting a
 * surrogate pair (half a pair in each constant would be two lone surrogates, not the character).
 */
export function splitModifiedUtf8(text: string, maxBytes: number): string[] {
  if (modifiedUtf8Length(text) <= maxBytes) return [text];
  const pieces: string[] = [];
  let start = 0;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const pair = c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    // Modified UTF-8 writes U+0000 in 2 bytes and each half of a surrogate pair in 3.
    const size = pair ? 6 : c === 0 ? 2 : c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
    if (bytes + size > maxBytes) {
      pieces.push(text.slice(start, i));
      start = i;
      bytes = 0;
    }
    bytes += size;
    if (pair) i++;
  }
  pieces.push(text.slice(start));
  return pieces;
}

/** A Java literal for a JSON number used as a double parameter. */
export function javaNumber(n: number): string {
  return Number.isInteger(n) && Math.abs(n) < 2 ** 31 ? String(n) : `${String(n)}D`;
}

/** A Java expression for a JSON scalar as a JsonValue. */
export function jsonValueLiteral(value: string | number | boolean): string {
  return `JsonValue.from(${scalarLiteral(value)})`;
}

/** A Java expression for a JSON scalar: a String, a long (L) for a safe integer, else a double (D), a boolean. */
export function scalarLiteral(value: string | number | boolean): string {
  if (typeof value === 'string') return javaStringExpression(value);
  if (typeof value === 'boolean') return String(value);
  return Number.isSafeInteger(value) ? `${value}L` : `${String(value)}D`;
}

/** An enum value as a constant's argument: a string, a long (L) or a double (D), a boolean. */
export function enumValueLiteral(value: string | number | boolean, valueType: string): string {
  if (typeof value === 'string') return javaStringExpression(value);
  if (typeof value === 'number') return Number.isSafeInteger(value) && valueType === 'integer' ? `${value}L` : `${value}D`;
  return String(value);
}
