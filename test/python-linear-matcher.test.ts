// The Python runtime's linear-time matcher (templates/python/runtime/_linear.py, run on the
// programs generator/regex/linear.ts compiles) answers as V8's RegExp with the "u" flag answers:
// on the pattern table of the security tests, lone surrogates included, and on seeded random
// texts over each pattern's own characters; and it stays linear on the inputs that make a
// backtracking engine hang. Texts travel to Python as UTF-16 units (JSON cannot carry a lone
// surrogate), joined into code points there as a JSON decoder joins them (test/security/engines.ts).
// The module is loaded from its source, with bytecode writing off (nothing lands in templates/).

import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { linearProgramText } from '../generator/regex/index.js';
import { linearRefusal } from '../generator/regex/linear.js';
import { parsePattern } from '../generator/regex/parse.js';
import { ROOT } from './helpers/cases.js';
import { LONE_SURROGATES, PROBES, SEMANTICS } from './security/patterns-table.js';
import { patternTexts, utf16Units } from './helpers/pattern-texts.js';

const MODULE = join(ROOT, 'templates', 'python', 'runtime', '_linear.py');
/** Random texts per pattern. */
const TEXTS = 300;
/** The attack on each backtracking probe: a backtracking engine would never answer. */
const ATTACK_LENGTH = 20_000;

// Reads [[program, [[unit, ...], ...]], ...] and [[program, attack text], ...] (JSON, stdin);
// prints, as JSON, the answers per pattern ("1" match, "0" none, one per text) and the attacks'
// answers with the seconds each took.
const SCRIPT = `
import importlib.util, json, sys, time
spec = importlib.util.spec_from_file_location("_linear", sys.argv[1])
module = importlib.util.module_from_spec(spec)
spec.loader.exec_module(module)
cases, attacks = json.load(sys.stdin)
answers = []
for program, texts in cases:
    pattern = module.LinearPattern(program)
    row = []
    for units in texts:
        text = "".join(map(chr, units)).encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass")
        found = pattern.search(text)
        assert found is None or found is True, found
        assert pattern.test(text) == (found is not None)
        row.append("1" if found is not None else "0")
    answers.append("".join(row))
timed = []
for program, text in attacks:
    pattern = module.LinearPattern(program)
    started = time.perf_counter()
    found = pattern.search(text) is not None
    timed.append([found, time.perf_counter() - started])
print(json.dumps([answers, timed]))
`;

const runnable = [...SEMANTICS, ...LONE_SURROGATES, ...PROBES.map(([p, attack]) => [p, [attack(3), attack(3).slice(0, -1)]] as const)].filter(
  ([p]) => linearRefusal(parsePattern(p, '')) === null,
);

const cases = runnable.map(([source, inputs], i) => ({ source, texts: [...inputs, '', ...patternTexts(source, TEXTS, i + source.length)] }));
const attacks = PROBES.flatMap(([source, attack]) => [
  { source, text: attack(ATTACK_LENGTH), expected: false },
  { source, text: attack(ATTACK_LENGTH).slice(0, -1), expected: true },
]);

function runPython(): { answers: string[]; timed: [boolean, number][] } {
  const input = JSON.stringify([
    cases.map((c) => [linearProgramText(c.source), c.texts.map(utf16Units)]),
    attacks.map((a) => [linearProgramText(a.source), a.text]),
  ]);
  const result = spawnSync('python3', ['-B', '-W', 'error', '-c', SCRIPT, MODULE], {
    input,
    encoding: 'utf8',
    env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1' },
    maxBuffer: 1 << 26,
  });
  if (result.status !== 0) throw new Error(`python3 failed: ${result.stderr}`);
  const [answers, timed] = JSON.parse(result.stdout) as [string[], [boolean, number][]];
  return { answers, timed };
}

describe('the Python runtime linear-time matcher', () => {
  let answers: string[] = [];
  let timed: [boolean, number][] = [];

  beforeAll(() => {
    ({ answers, timed } = runPython());
  });

  it('runs every pattern of the table that the generator compiles for it, and answers each text', () => {
    expect(runnable.length).toBeGreaterThan(60);
    expect(answers.map((row) => row.length)).toEqual(cases.map((c) => c.texts.length));
  });

  it.each(cases.map((c, i) => [i, c.source] as const))('pattern %i %s answers as RegExp with the "u" flag', (i) => {
    const { source, texts } = cases[i]!;
    const engine = new RegExp(source, 'u');
    const got = answers[i] ?? '';
    const differ = texts.filter((t, j) => got[j] !== (engine.test(t) ? '1' : '0')).map((t) => JSON.stringify(t));
    expect(differ).toEqual([]);
  });

  it(`answers a ${ATTACK_LENGTH}-character attack on each backtracking probe, and its match, within 2 s each`, () => {
    expect(timed.map(([found]) => found)).toEqual(attacks.map((a) => a.expected));
    for (const [, seconds] of timed) expect(seconds).toBeLessThan(2);
  });
});
