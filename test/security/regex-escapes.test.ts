// Issue 17: `\s`, `\S` and the control escapes `\cX` / `\cx` mean in every generated validator
// what ECMA-262 with the "u" flag means. The engines' own readings differ (java.util.regex `\s`
// is ASCII-only, Python's `re` adds U+001C..U+001F and U+0085, .NET adds U+0085 and leaves out
// U+FEFF; a lowercase `\cc` must be U+0003 as `\cC` is), so the translator writes the sets out
// (generator/regex/charset.ts); here every translated pattern runs in the real engine on every
// character where the readings differ, and each answer is compared with the running RegExp.

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_CODE_POINT, SPACE } from '../../generator/regex/charset.js';
import { translatePattern, type DialectName } from '../../generator/regex/index.js';
import { dotnetMatches, javaMatches, pythonMatches, type Probe } from './engines.js';

/** Every white space and line terminator of ECMA-262, each engine's extras, and their neighbours. */
const SPACE_PROBES: readonly number[] = [
  ...new Set([
    ...SPACE.flatMap(([lo, hi]) => [lo - 1, ...Array.from({ length: hi - lo + 1 }, (_, i) => lo + i), hi + 1]),
    ...[0x00, 0x1c, 0x1d, 0x1e, 0x1f, 0x85, 0x180e, 0x200b, 0x200c, 0x200d, 0x2060, 0xfffe, 0x1f600],
  ]),
].sort((a, b) => a - b);

const SPACE_PATTERNS = ['^\\s$', '^\\S$', '^[\\s]$', '^[^\\s]$', '^[\\S]$', '^[^\\S]$', '^[\\sa]+$', '^[^\\S\\n]$', '\\s', '\\S'];

const LETTERS = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'];
/** The 32 controls, the letter itself and its other case, DEL, and the escape read literally. */
const controlInputs = (letter: string): string[] => [
  ...Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)),
  letter,
  letter === letter.toUpperCase() ? letter.toLowerCase() : letter.toUpperCase(),
  '\u007f',
  `\\c${letter}`,
  `c${letter}`,
];

const CASES: readonly (readonly [pattern: string, input: string])[] = [
  ...SPACE_PATTERNS.flatMap((p) => SPACE_PROBES.map((cp) => [p, String.fromCodePoint(cp)] as const)),
  ...SPACE_PATTERNS.map((p) => [p, 'a\u3000b'] as const),
  ...LETTERS.flatMap((l) =>
    [`^\\c${l}$`, `^[\\c${l}]$`, `^[^\\c${l}]$`, `^x\\c${l}+$`].flatMap((p) => controlInputs(l).map((s) => [p, p.startsWith('^x') ? `x${s}${s}` : s] as const)),
  ),
];

const EXPECTED = CASES.map(([p, s]) => new RegExp(p, 'u').test(s));
const units = (s: string): number[] => Array.from({ length: s.length }, (_, i) => s.charCodeAt(i));
const ENGINES = { python: pythonMatches, java: javaMatches, dotnet: dotnetMatches } as const;
const WORK = mkdtempSync(join(tmpdir(), 'regex-escapes-'));

describe('the cases are meaningful', () => {
  it('charset.ts SPACE is exactly what the running RegExp calls \\s, over every code point', () => {
    const re = /^\s$/u;
    const inSet = (cp: number): boolean => SPACE.some(([lo, hi]) => cp >= lo && cp <= hi);
    const wrong: string[] = [];
    for (let cp = 0; cp <= MAX_CODE_POINT; cp++) if (re.test(String.fromCodePoint(cp)) !== inSet(cp)) wrong.push(cp.toString(16));
    expect(wrong).toEqual([]);
  });

  it('ECMA reads \\cc as \\cC (U+0003), and the characters where engines differ are in the table', () => {
    expect(/^\cc$/u.test('\u0003') && /^\cC$/u.test('\u0003') && !/^\cc$/u.test('c')).toBe(true);
    for (const cp of [0xa0, 0xfeff, 0x2028, 0x2029, 0x3000, 0x1680, 0x202f, 0x205f, 0x0b, 0x0c]) expect(SPACE_PROBES, cp.toString(16)).toContain(cp);
    expect(EXPECTED.filter(Boolean).length).toBeGreaterThan(1000);
    expect(EXPECTED.filter((x) => !x).length).toBeGreaterThan(1000);
  });
});

describe.each(Object.keys(ENGINES) as DialectName[])('%s: the translation in the real engine', (dialect) => {
  it(`answers all ${CASES.length} \\s, \\S and \\cX probes as ECMA-262 does`, async () => {
    const probes: Probe[] = CASES.map(([p, s]) => [translatePattern(p, dialect), units(s)]);
    const got = await ENGINES[dialect](probes, mkdtempSync(join(WORK, `${dialect}-`)));
    expect(got.length).toBe(CASES.length);
    const wrong = CASES.flatMap(([p, s], i) =>
      got[i] === EXPECTED[i] ? [] : [`${p} on U+${[...s].map((c) => c.codePointAt(0)!.toString(16)).join(' U+')}: ECMA ${EXPECTED[i]}`],
    );
    expect(wrong).toEqual([]);
  });

  it('the untranslated pattern would differ somewhere (the table catches what the translation fixes)', async () => {
    // Sanity of the probe itself: the engine's own \s is not ECMA's on these characters.
    const raw: Probe[] = [0xa0, 0xfeff, 0x2028, 0x3000, 0x1680, 0x85, 0x1c].map((cp) => ['^\\s$', [cp]]);
    const got = await ENGINES[dialect](raw, mkdtempSync(join(WORK, `${dialect}-raw-`)));
    const ecma = raw.map(([, [cp]]) => /^\s$/u.test(String.fromCharCode(cp!)));
    expect(got).not.toEqual(ecma);
  });
});
