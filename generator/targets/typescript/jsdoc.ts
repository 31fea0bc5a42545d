// JSDoc comments of the TypeScript module: plain doc lines -> comment lines.

import { visible } from '../shared/text.js';

/** JSDoc comment lines; empty when there is nothing to say. "*\/" inside text is broken up. */
export function jsdoc(lines: readonly string[]): string[] {
  if (lines.length === 0) return [];
  const body = lines.map((l) => (l === '' ? ' *' : ` * ${visible(l).replace(/\*\//g, '*\\/')}`));
  return ['/**', ...body, ' */'];
}
