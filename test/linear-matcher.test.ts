// The linear-time matcher (generator/regex/linear.ts compiles, templates/typescript/runtime/linear.ts
// runs; the Python, C# and Java runtimes carry the same matcher, checked against Ajv by
// test/security/patterns.test.ts) answers as V8's RegExp with the "u" flag answers: on the
// pattern table of the security tests, on real specs' patterns, and on seeded random texts over
// each pattern's own characters; and it stays linear on inputs that make a backtracking engine
// hang.

import { describe, expect, it } from 'vitest';
import { parsePattern } from '../generator/regex/parse.js';
import { MAX_LINEAR_INSTRUCTIONS, MAX_LINEAR_NUMBERS, linearProgram, linearRefusal } from '../generator/regex/linear.js';
import { linearProgramText, runsLinear } from '../generator/regex/index.js';
import { LinearPattern } from '../templates/typescript/runtime/linear.js';
import { LONE_SURROGATES, PROBES, SEMANTICS } from './security/patterns-table.js';
import { patternTexts } from './helpers/pattern-texts.js';

/** Patterns from published specs that the backtracking analysis flags (the corpus's refusals before the matcher). */
const REAL = [
  'arn:aws:.*:.*',
  '.*\\S.*',
  '^\\S+@\\S+\\.\\S+$',
  "^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9-]+(?:\\.[a-zA-Z0-9-]+)*$",
  '^(\\s*\\S+\\s*)+$',
  '^arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:[\\w+=/,.@-]*:[0-9]*:[\\w+=,.@-]+(/[\\w+=,.@-]+)*$',
  '^(https?://)?([\\da-z.-]+)\\.([a-z.]{2,6})([/\\w .-]*)*/?$',
  '\\s*$',
  '^\\d{1,3}(,\\d{3})*(\\.\\d+)?$',
  '\\bcat\\b|\\Bdog\\B',
  '^(?:a{2,4}b?){1,3}$',
  '(x*)*y',
  '(?:)*a',
  '^(?:\\b)+a',
];

const matcherOf = (source: string): LinearPattern => new LinearPattern(linearProgram(parsePattern(source, '')));

const runnable = [
  ...SEMANTICS,
  ...LONE_SURROGATES,
  ...PROBES.map(([p, attack]) => [p, [attack(3), attack(3).slice(0, -1)]] as const),
  ...REAL.map((p) => [p, []] as const),
].filter(([p]) => linearRefusal(parsePattern(p, '')) === null);

describe('the linear-time matcher', () => {
  it('runs every pattern of the table without a lookaround, a backreference or a count in the billions', () => {
    const refused = [...SEMANTICS, ...LONE_SURROGATES].filter(([p]) => linearRefusal(parsePattern(p, '')) !== null).map(([p]) => p);
    for (const p of refused) expect(p).toMatch(/\(\?<?[=!]|\\[1-9]|\\k<|\{0,2147483647\}/);
    expect(runnable.length).toBeGreaterThan(70);
  });

  it.each(runnable.map(([p, inputs], i) => [i, p, inputs] as const))('pattern %i %s answers as RegExp with the "u" flag', (_i, source, inputs) => {
    const matcher = matcherOf(source);
    const engine = new RegExp(source, 'u');
    const texts = [...inputs, '', ...patternTexts(source, 300, source.length)];
    const differ = texts.filter((t) => matcher.test(t) !== engine.test(t));
    expect(differ.map((t) => JSON.stringify(t))).toEqual([]);
  });

  it('answers a 100,000-character attack on each backtracking probe within a second', () => {
    for (const [source, attack] of PROBES) {
      const matcher = matcherOf(source);
      const started = performance.now();
      expect(matcher.test(attack(100_000))).toBe(false);
      expect(matcher.test(attack(100_000).slice(0, -1))).toBe(true);
      expect(performance.now() - started).toBeLessThan(1000);
    }
  });

  it("runs lookaheads at the text's start (before or after the ^) as programs that must all match and none of which may", () => {
    const aws = '(?!^.*--)(?!^[0-9]+$)(?!^-)(?!.*-$)^[A-Za-z0-9-]+$';
    expect(runsLinear(aws, 'linear')).toBe(true);
    expect(runsLinear('^(?=.{3,100}$).+@.+[.].+$', 'linear')).toBe(true);
    // Anchored by a positive lookahead's own ^ (AWS's applicationcostprofiler); not by a negative one's.
    expect(runsLinear('(?=^.{3,63}$)(?!^(\\d+\\.)+\\d+$)(^(([a-z0-9]|[a-z0-9][a-z0-9\\-]*[a-z0-9])\\.)*([a-z0-9]|[a-z0-9][a-z0-9\\-]*[a-z0-9])$)', 'linear')).toBe(true);
    expect(linearRefusal(parsePattern('(?!^a)(a+)+$', ''))).toMatch(/lookahead/);
    const program = JSON.parse(linearProgramText(aws)) as { all: unknown[]; none: unknown[] };
    expect([program.all.length, program.none.length]).toEqual([1, 4]);
    // Elsewhere a lookahead has no such reading: refused as before.
    expect(linearRefusal(parsePattern('^a(?=b)', ''))).toMatch(/lookahead/);
    expect(linearRefusal(parsePattern('^(?=a)b|c', ''))).toMatch(/lookahead/);
    expect(linearRefusal(parsePattern('(?=a)a', ''))).toMatch(/lookahead/);
    expect(linearRefusal(parsePattern('^(?=(?=a)a)', ''))).toMatch(/lookahead/);
    expect(linearRefusal(parsePattern('(?=(a))^(b)\\2', ''))).toMatch(/backreference/);
    // An attack on the backtracking part, with the lookaheads' texts: decided in one pass.
    expect(matcherOf(aws).test(`${'a'.repeat(100_000)}-`)).toBe(false);
  });

  it('refuses lookarounds, backreferences and programs past its length limit, saying which', () => {
    expect(linearRefusal(parsePattern('(?=a)a', ''))).toMatch(/lookahead/);
    expect(linearRefusal(parsePattern('(?<!a)b', ''))).toMatch(/lookbehind/);
    expect(linearRefusal(parsePattern('(a)\\1', ''))).toMatch(/backreference \(\\1\)/);
    expect(linearRefusal(parsePattern('^(?:[a-z]{1,100}){1,200}$', ''))).toMatch(new RegExp(`more than ${MAX_LINEAR_INSTRUCTIONS}`));
    expect(linearRefusal(parsePattern('^(?:\\p{L}+\\s?){1,200}$', ''))).toMatch(new RegExp(`more than ${MAX_LINEAR_NUMBERS} numbers`));
    expect(linearRefusal(parsePattern('^[a-z]{1,255}$', ''))).toBeNull();
  });

  it('is chosen per the patterns option: flagged patterns by default, every runnable one under always-linear, none under allow-backtracking', () => {
    expect(runsLinear('^\\S+@\\S+\\.\\S+$', 'linear')).toBe(true);
    expect(runsLinear('^[a-z]+$', 'linear')).toBe(false);
    expect(runsLinear('^[a-z]+$', 'always-linear')).toBe(true);
    expect(runsLinear('(?=a)a', 'always-linear')).toBe(false);
    expect(runsLinear('^(a+)+$', 'allow-backtracking')).toBe(false);
  });

  it('flags an alternation under a repetition whose branches share a first character, unless their leading characters part (AWS groundstation)', () => {
    const groundstation = '^([a-zA-Z0-9_\\-=/]|\\{satellite_id\\}|\\{config-name\\}|\\{s3-config-id\\}|\\{year\\}|\\{month\\}|\\{day\\}){1,900}$';
    for (const parted of [groundstation, '^(?:\\{ab\\}|\\{ac\\})+$', '^(?:a\\d|ab)+$', '^(?:[a-c]x|[c-e]y)*$']) {
      expect(runsLinear(parted, 'linear'), parted).toBe(false);
      // On the language's own backtracking engine: an attack of branches that part late ends at once (it would hang were they ambiguous).
      expect(new RegExp(parted, 'u').test(`${'{satellite_id}{s3-config-id}ab{ac}a1cx'.repeat(500)}!`)).toBe(false);
    }
    // Branches one of which begins the other, or whose leading characters never part, stay flagged.
    for (const ambiguous of ['^(ab|a)+$', '^(?:ab|abc)+$', '^(?:a\\d|a\\w)+$', '^(?:a|a)*$', '^(?:\\{a+\\}|\\{a)+$']) expect(runsLinear(ambiguous, 'linear'), ambiguous).toBe(true);
  });
});
