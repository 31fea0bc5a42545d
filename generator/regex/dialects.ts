// How each engine spells a set of code points and ECMA's `$`. Every code point is an escape, so
// no character is ever read as syntax (`re`'s set operators, Java's `&&`, .NET's `-[...]`).
// Python's `re` and java.util.regex match code points; .NET matches UTF-16 units, so its sets
// are written as UTF-16 sequences, with lone surrogates matched only where they stand alone
// (in ECMA's "u" mode a surrogate pair is one character, never two).

import { intersect, type CodePointSet } from './charset.js';

export interface Dialect {
  /** A set as one atom; the empty set matches nothing. */
  readonly set: (set: CodePointSet) => string;
  /** ECMA's `$` without the m flag: the very end (Python, Java and .NET `$` also match before a final "\n"). */
  readonly end: string;
}

const NOTHING = '(?!)';
const hex = (n: number, width: number): string => n.toString(16).padStart(width, '0');

function classOf(set: CodePointSet, escape: (cp: number) => string): string {
  if (set.length === 1 && set[0]![0] === set[0]![1]) return escape(set[0]![0]);
  return `[${set.map(([lo, hi]) => (lo === hi ? escape(lo) : hi === lo + 1 ? escape(lo) + escape(hi) : `${escape(lo)}-${escape(hi)}`)).join('')}]`;
}

const pythonEscape = (cp: number): string => (cp <= 0xff ? `\\x${hex(cp, 2)}` : cp <= 0xffff ? `\\u${hex(cp, 4)}` : `\\U${hex(cp, 8)}`);
const javaEscape = (cp: number): string => `\\x{${hex(cp, 2)}}`;
const utf16Escape = (unit: number): string => `\\u${hex(unit, 4).toUpperCase()}`;

const python: Dialect = { set: (s) => (s.length === 0 ? NOTHING : classOf(s, pythonEscape)), end: '\\Z' };
const java: Dialect = { set: (s) => (s.length === 0 ? NOTHING : classOf(s, javaEscape)), end: '\\z' };
const dotnet: Dialect = { set: dotnetSet, end: '\\z' };

export const DIALECTS = { python, java, dotnet } as const;

const HIGH = '[\\uD800-\\uDBFF]';
const LOW = '[\\uDC00-\\uDFFF]';

function dotnetSet(set: CodePointSet): string {
  const bmp = [...intersect(set, 0, 0xd7ff), ...intersect(set, 0xe000, 0xffff)];
  const parts: string[] = [];
  if (bmp.length > 0) parts.push(classOf(bmp, utf16Escape));
  for (const [lo, hi] of intersect(set, 0x10000, 0x10ffff)) parts.push(...astralRange(lo, hi));
  const high = intersect(set, 0xd800, 0xdbff);
  if (high.length > 0) parts.push(`${classOf(high, utf16Escape)}(?!${LOW})`);
  const low = intersect(set, 0xdc00, 0xdfff);
  if (low.length > 0) parts.push(`(?<!${HIGH})${classOf(low, utf16Escape)}`);
  if (parts.length === 0) return NOTHING;
  return parts.length === 1 ? parts[0]! : `(?:${parts.join('|')})`;
}

const split = (cp: number): [number, number] => [0xd800 + ((cp - 0x10000) >> 10), 0xdc00 + ((cp - 0x10000) & 0x3ff)];
const unitRange = (lo: number, hi: number): string => (lo === hi ? utf16Escape(lo) : `[${utf16Escape(lo)}-${utf16Escape(hi)}]`);

/** Astral code points lo..hi as surrogate pairs: a partial first and last high surrogate, full ones between. */
function astralRange(lo: number, hi: number): string[] {
  const [hl, ll] = split(lo);
  const [hh, lh] = split(hi);
  if (hl === hh) return [utf16Escape(hl) + unitRange(ll, lh)];
  const out: string[] = [];
  let firstFull = hl;
  let lastFull = hh;
  if (ll !== 0xdc00) {
    out.push(utf16Escape(hl) + unitRange(ll, 0xdfff));
    firstFull++;
  }
  if (lh !== 0xdfff) lastFull--;
  if (firstFull <= lastFull) out.push(unitRange(firstFull, lastFull) + LOW);
  if (lh !== 0xdfff) out.push(utf16Escape(hh) + unitRange(0xdc00, lh));
  return out;
}
