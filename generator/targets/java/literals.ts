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
  const chunks: string[] = [];
  let start = 0;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const size = c === 0 ? 2 : c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
    if (bytes + size > MAX_JAVA_STRING_BYTES) {
      chunks.push(text.slice(start, i));
      start = i;
      bytes = 0;
    }
    bytes += size;
  }
  chunks.push(text.slice(start));
  return `String.join("", ${chunks.map(javaString).join(', ')})`;
}

/** A Java literal for a JSON number used as a double parameter. */
export function javaNumber(n: number): string {
  return Number.isInteger(n) && Math.abs(n) < 2 ** 31 ? String(n) : `${String(n)}D`;
}

/** A Java expression for a JSON scalar as a JsonValue. */
export function jsonValueLiteral(value: string | number | boolean): string {
  if (typeof value === 'string') return `JsonValue.from(${javaStringExpression(value)})`;
  if (typeof value === 'boolean') return `JsonValue.from(${value})`;
  return Number.isSafeInteger(value) ? `JsonValue.from(${value}L)` : `JsonValue.from(${String(value)}D)`;
}

/** An enum value as a constant's argument: a string, a long (L) or a double (D), a boolean. */
export function enumValueLiteral(value: string | number | boolean, valueType: string): string {
  if (typeof value === 'string') return javaStringExpression(value);
  if (typeof value === 'number') return Number.isSafeInteger(value) && valueType === 'integer' ? `${value}L` : `${value}D`;
  return String(value);
}
