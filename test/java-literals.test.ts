// Java's string constants hold at most 65,535 bytes of modified UTF-8, so long texts (a pattern,
// an enum value, the validation documents) are split into several literals. Splitting must never
// cut a surrogate pair: each half alone is a lone surrogate, and joining the pieces at run time
// must give back exactly the text.

import { describe, expect, it } from 'vitest';
import { javaStringExpression, splitModifiedUtf8 } from '../generator/targets/java/literals.js';
import { MAX_JAVA_STRING_BYTES, modifiedUtf8Length } from '../generator/targets/java/limits.js';

const isLone = (s: string, i: number): boolean => {
  const c = s.charCodeAt(i);
  return (c >= 0xd800 && c <= 0xdbff && (s.charCodeAt(i + 1) & 0xfc00) !== 0xdc00) || (c >= 0xdc00 && c <= 0xdfff && (s.charCodeAt(i - 1) & 0xfc00) !== 0xd800);
};

describe('splitModifiedUtf8', () => {
  it('keeps a text that fits whole', () => {
    expect(splitModifiedUtf8('abc', 3)).toEqual(['abc']);
  });

  it('counts U+0000 as 2 bytes, U+0800 and up as 3, and a surrogate pair as 6', () => {
    expect(splitModifiedUtf8('\u0000\u0000', 3)).toEqual(['\u0000', '\u0000']);
    expect(splitModifiedUtf8('a\u0800', 3)).toEqual(['a', '\u0800']);
    expect(splitModifiedUtf8('ab😀', 7)).toEqual(['ab', '😀']);
  });

  it.each([7, 8, 9, 10, 11])('never cuts a surrogate pair (pieces of %i bytes) and loses nothing', (max) => {
    const text = 'x😀é😀😀a\u0000😀'.repeat(5);
    const pieces = splitModifiedUtf8(text, max);
    expect(pieces.join('')).toBe(text);
    for (const piece of pieces) {
      expect(modifiedUtf8Length(piece)).toBeLessThanOrEqual(max);
      for (let i = 0; i < piece.length; i++) expect(isLone(piece, i), `${JSON.stringify(piece)} at ${i}`).toBe(false);
    }
  });
});

describe('javaStringExpression', () => {
  it('is one literal when the text fits a constant', () => {
    expect(javaStringExpression('a"b')).toBe('"a\\"b"');
  });

  it('joins literals when it does not, with no pair cut at the seam', () => {
    // Four ASCII bytes, then pairs: a split by bytes alone lands inside a pair.
    const text = 'aaaa' + '😀'.repeat(Math.ceil(MAX_JAVA_STRING_BYTES / 6));
    const expression = javaStringExpression(text);
    expect(expression.startsWith('String.join("", ')).toBe(true);
    const pieces = JSON.parse(`[${expression.slice('String.join("", '.length, -1)}]`) as string[];
    expect(pieces.join('')).toBe(text);
    for (const piece of pieces) expect(isLone(piece, 0) || isLone(piece, piece.length - 1)).toBe(false);
  });
});
