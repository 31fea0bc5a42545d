// Sets of code points with ECMA-262's exact meaning (the "u" flag: every character is a code
// point, lone surrogates included). Each target's engine reads `\s`, `\w`, `\b`, `.` or
// `\p{...}` its own way, so the translator never passes them through: it turns them into these
// sets and writes the sets out in each dialect's plainest syntax.

/** Sorted, disjoint, non-adjacent inclusive ranges [low, high]. */
export type CodePointSet = readonly (readonly [number, number])[];

export const MAX_CODE_POINT = 0x10ffff;

export function normalize(ranges: readonly (readonly [number, number])[]): CodePointSet {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [lo, hi] of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && lo <= last[1] + 1) last[1] = Math.max(last[1], hi);
    else out.push([lo, hi]);
  }
  return out;
}

export const union = (...sets: CodePointSet[]): CodePointSet => normalize(sets.flat());

export function complement(set: CodePointSet): CodePointSet {
  const out: [number, number][] = [];
  let next = 0;
  for (const [lo, hi] of set) {
    if (lo > next) out.push([next, lo - 1]);
    next = hi + 1;
  }
  if (next <= MAX_CODE_POINT) out.push([next, MAX_CODE_POINT]);
  return out;
}

export function intersect(set: CodePointSet, lo: number, hi: number): CodePointSet {
  return set.filter(([a, b]) => b >= lo && a <= hi).map(([a, b]) => [Math.max(a, lo), Math.min(b, hi)] as const);
}

export const single = (cp: number): CodePointSet => [[cp, cp]];

// ECMA-262 22.2.2.9 (CharacterClassEscape), without the i flag (JSON Schema gives no flags).
export const DIGIT: CodePointSet = [[0x30, 0x39]];
export const WORD: CodePointSet = normalize([
  [0x30, 0x39],
  [0x41, 0x5a],
  [0x5f, 0x5f],
  [0x61, 0x7a],
]);
/** WhiteSpace (TAB, VT, FF, ZWNBSP, USP = category Zs) and LineTerminator (LF, CR, LS, PS). */
export const SPACE: CodePointSet = normalize([
  [0x09, 0x0d],
  [0x20, 0x20],
  [0xa0, 0xa0],
  [0x1680, 0x1680],
  [0x2000, 0x200a],
  [0x2028, 0x2029],
  [0x202f, 0x202f],
  [0x205f, 0x205f],
  [0x3000, 0x3000],
  [0xfeff, 0xfeff],
]);
export const LINE_TERMINATORS: CodePointSet = normalize([
  [0x0a, 0x0a],
  [0x0d, 0x0d],
  [0x2028, 0x2029],
]);
/** `.` without the s flag: every code point but a line terminator. */
export const DOT: CodePointSet = complement(LINE_TERMINATORS);
export const SURROGATES: readonly [number, number] = [0xd800, 0xdfff];

const propertyCache = new Map<string, CodePointSet>();

/**
 * `\p{...}` as the running JavaScript engine has it: the set is read off the engine itself, one
 * test per code point (about 60 ms, once per property), so it is exactly what Ajv and the
 * TypeScript target decide, in the Unicode version of the Node.js that generates. This avoids
 * bundling Unicode tables for every property (several megabytes) into the CLI.
 */
export function propertySet(escape: string): CodePointSet {
  const cached = propertyCache.get(escape);
  if (cached !== undefined) return cached;
  const re = new RegExp(`^${escape}$`, 'u');
  const out: [number, number][] = [];
  let start = -1;
  for (let cp = 0; cp <= MAX_CODE_POINT + 1; cp++) {
    const inside = cp <= MAX_CODE_POINT && re.test(String.fromCodePoint(cp));
    if (inside && start < 0) start = cp;
    else if (!inside && start >= 0) {
      out.push([start, cp - 1]);
      start = -1;
    }
  }
  propertyCache.set(escape, out);
  return out;
}
