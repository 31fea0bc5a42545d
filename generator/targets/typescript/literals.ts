// TypeScript literals: strings (single-quoted, as openai-node writes them), numbers and booleans.

import { escapeUnsafe } from '../shared/text.js';

/** A single-quoted TypeScript string literal. */
export function quote(text: string): string {
  return escapeUnsafe(`'${JSON.stringify(text).slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'")}'`);
}

/** A const or enum value as a literal (type and value position alike). */
export function literal(value: string | number | boolean): string {
  return typeof value === 'string' ? quote(value) : String(value);
}
