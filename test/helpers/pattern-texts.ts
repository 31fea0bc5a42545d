// Seeded random texts for checking a pattern matcher against V8's RegExp (the linear-time
// matcher's tests, one per runtime): texts over the pattern's own characters and a few others,
// lone surrogates and the halves of a pair among them, so that matches are neither rare nor
// certain and code points are read as the "u" flag reads them.

/** A seeded generator (mulberry32): the same texts every run. */
export function seededRandom(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` texts of up to 11 characters for the pattern `source`. */
export function patternTexts(source: string, count: number, seed: number): string[] {
  const next = seededRandom(seed);
  const own = [...new Set([...source.replace(/\\[pPuxk]\{?[^}]*\}?/g, '')])];
  const alphabet = [...own, ' ', '\n', 'é', '😀', '\ud800', '\udc00', '\ud83d', '\ude00', '0', '_', '@', '.'];
  return Array.from({ length: count }, () => {
    const length = Math.floor(next() * 12);
    let text = '';
    for (let i = 0; i < length; i++) text += alphabet[Math.floor(next() * alphabet.length)];
    return text;
  });
}

/** The text's UTF-16 code units (lone surrogates cannot travel through JSON to the other runtimes). */
export const utf16Units = (text: string): number[] => Array.from({ length: text.length }, (_, i) => text.charCodeAt(i));
