// Issue items 3-6: JSON Schema `pattern` (ECMA-262, "u" flag) means the same in all four
// generated validators as in Ajv, on each language's engine and on the linear-time matcher every
// runtime carries; every accepted construct compiles and loads in every engine; patterns that
// backtrack super-linearly run on the linear-time matcher by default (refused where it cannot run
// them) and are bounded where backtracking is allowed; and the generator's own example check
// cannot be hung by one.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { OptionsError, SchemaError, modelFromText, renderModel } from '../../generator/index.js';
import { TARGETS } from '../../generator/targets/index.js';
import { compareWithAjv, describe as describeTally } from '../helpers/agreement.js';
import { makeOracle } from '../helpers/ajv.js';
import { runCli } from '../helpers/cli.js';
import { runVectors, type Outcome, type Vector } from '../helpers/protocol.js';
import { RUNNERS } from '../runners/index.js';
import { translatePattern } from '../../generator/regex/index.js';
import { dotnetMatches, javaMatches, pythonMatches, type Probe } from './engines.js';
import { LONE_SURROGATES, PROBES, SEMANTICS, defName, schemaOf } from './patterns-table.js';
import { targetDefaults } from '../helpers/cases.js';

const WORK = mkdtempSync(join(tmpdir(), 'sec-patterns-'));
const semanticsSchema = schemaOf(SEMANTICS.map(([p]) => p));
const probeSchema = schemaOf(PROBES.map(([p]) => p));
const SEMANTICS_PATH = join(WORK, 'semantics.schema.json');
const PROBES_PATH = join(WORK, 'probes.schema.json');
writeFileSync(SEMANTICS_PATH, JSON.stringify(semanticsSchema, null, 2));
writeFileSync(PROBES_PATH, JSON.stringify(probeSchema, null, 2));

const CODE_TARGETS = ['typescript', 'python', 'csharp', 'java'] as const;
/** The targets whose runtime bounds every match of its engine (see the README's "Security" section). */
const BOUNDED = new Set(['csharp', 'java']);
/** Five attacks on the linear-time matcher, plus the process's start, on a busy machine. */
const LINEAR_LIMIT_MS = 10_000;
/** Attack length: a doubling-per-character engine would need longer than the universe has left. */
const ATTACK_LENGTH = 5000;
/**
 * Five probes, each cut off by one 1 s budget (the compiled check's search; the interpreter, which
 * then decides and reports, is given that answer for the same pattern and text rather than
 * searching again: Java's and C#'s runtimes), plus the process's start, on a machine that may be
 * running other tests beside it.
 */
const PROBE_LIMIT_MS = 15_000;

const semanticVectors: Vector[] = SEMANTICS.flatMap(([, inputs], i) => inputs.map((json) => ({ case: 'semantics', schema: defName(i), json })));
/** Short inputs Ajv can decide: the allowed probes still mean what they say. */
const shortProbes: Vector[] = PROBES.flatMap(([, attack], i) => [attack(12), attack(12).slice(0, -1)].map((json) => ({ case: 'probes', schema: defName(i), json })));
const attacks: Vector[] = PROBES.map(([, attack], i) => ({ case: 'probes', schema: defName(i), json: attack(ATTACK_LENGTH) }));

describe('the table is meaningful', () => {
  it('Ajv accepts some and rejects some inputs of the table', () => {
    const oracle = makeOracle(semanticsSchema);
    const accepted = semanticVectors.filter((v) => oracle.validate(v.schema, v.json).ok).length;
    expect(accepted).toBeGreaterThan(40);
    expect(semanticVectors.length - accepted).toBeGreaterThan(40);
  });
});

describe.each(CODE_TARGETS)('%s validator', (target) => {
  let semantics: Outcome[] = [];
  let probes: Outcome[] = [];
  let attackOutcomes: Outcome[] = [];
  let attackMillis = 0;
  let linearSemantics: Outcome[] = [];
  let linearProbes: Outcome[] = [];
  let linearAttacks: Outcome[] = [];
  let linearMillis = 0;

  beforeAll(async () => {
    const units = [
      { key: 'semantics', schemaPath: SEMANTICS_PATH },
      { key: 'linear', schemaPath: SEMANTICS_PATH, options: { patterns: 'always-linear' } },
      { key: 'probes', schemaPath: PROBES_PATH, options: { patterns: 'allow-backtracking' } },
      { key: 'matcher', schemaPath: PROBES_PATH },
    ];
    const runner = await RUNNERS[target]!(units, mkdtempSync(join(WORK, `${target}-`)));
    semantics = await runVectors(runner, semanticVectors);
    linearSemantics = await runVectors(runner, semanticVectors.map((v) => ({ ...v, case: 'linear' })));
    probes = await runVectors(runner, shortProbes);
    linearProbes = await runVectors(runner, shortProbes.map((v) => ({ ...v, case: 'matcher' })));
    let started = Date.now();
    linearAttacks = await runVectors(runner, attacks.map((v) => ({ ...v, case: 'matcher' })));
    linearMillis = Date.now() - started;
    console.log(`${target}: ${attacks.length} attacks of ${ATTACK_LENGTH} characters answered by the linear-time matcher in ${linearMillis} ms`);
    if (!BOUNDED.has(target)) return;
    started = Date.now();
    attackOutcomes = await runVectors(runner, attacks);
    attackMillis = Date.now() - started;
    console.log(`${target}: ${attacks.length} attacks of ${ATTACK_LENGTH} characters answered in ${attackMillis} ms`);
  });

  it(`compiles and loads every accepted construct, and agrees with Ajv on ${semanticVectors.length} pattern x input pairs`, () => {
    const tally = compareWithAjv(makeOracle(semanticsSchema), semanticVectors, semantics);
    expect(tally.disagreements, describeTally(tally, 20)).toEqual([]);
  });

  it('with patterns=always-linear (the linear-time matcher wherever it can run the pattern), agrees with Ajv on the same pairs', () => {
    const tally = compareWithAjv(makeOracle(semanticsSchema), semanticVectors, linearSemantics);
    expect(tally.disagreements, describeTally(tally, 20)).toEqual([]);
  });

  it('by default, runs the backtracking probes on the linear-time matcher: they agree with Ajv on short inputs', () => {
    const tally = compareWithAjv(makeOracle(probeSchema), shortProbes, linearProbes);
    expect(tally.disagreements, describeTally(tally)).toEqual([]);
    expect(tally.accepted).toBe(PROBES.length);
  });

  it(`by default, answers ${ATTACK_LENGTH}-character attacks on the probes within ${LINEAR_LIMIT_MS / 1000} s, each decided (no match), not cut off`, () => {
    expect(linearAttacks.map((o) => (o.ok ? 'accepted' : o.keyword))).toEqual(PROBES.map(() => 'pattern'));
    expect(linearMillis).toBeLessThan(LINEAR_LIMIT_MS);
  });

  it('with patterns=allow-backtracking, the probes still agree with Ajv on short inputs', () => {
    const tally = compareWithAjv(makeOracle(probeSchema), shortProbes, probes);
    expect(tally.disagreements, describeTally(tally)).toEqual([]);
    expect(tally.accepted).toBe(PROBES.length);
  });

  if (BOUNDED.has(target)) {
    it(`with patterns=allow-backtracking, answers ${ATTACK_LENGTH}-character attacks within ${PROBE_LIMIT_MS / 1000} s (a failed match in time counts as no match)`, () => {
      expect(attackOutcomes.map((o) => (o.ok ? 'accepted' : o.keyword))).toEqual(PROBES.map(() => 'pattern'));
      expect(attackMillis).toBeLessThan(PROBE_LIMIT_MS);
    });
  }
});

/** Super-linear, and beyond the linear-time matcher: a lookahead, a backreference. */
const UNRUNNABLE = [
  ['^a(?=a)(a+)+$', 'it has a lookahead'],
  ['^(b)(a|a)*\\1$', 'it has a backreference'],
] as const;
const UNRUNNABLE_PATH = join(WORK, 'unrunnable.schema.json');
writeFileSync(UNRUNNABLE_PATH, JSON.stringify(schemaOf(UNRUNNABLE.map(([p]) => p)), null, 2));

describe('super-linear patterns the linear-time matcher cannot run are refused by default', () => {
  it.each(UNRUNNABLE)('%s, in every code target, with the pointer, the reason and the option that allows it', (pattern, reason) => {
    const model = modelFromText(JSON.stringify(schemaOf([pattern])), 'probe.json');
    for (const target of CODE_TARGETS) {
      const error = catchError(() => renderModel(model, { targets: [target], options: { [target]: TARGETS[target]!.defaults }, templates: null }));
      expect(error, target).toBeInstanceOf(SchemaError);
      expect((error as SchemaError).pointer).toBe('/$defs/P0/pattern');
      expect(error!.message).toContain(JSON.stringify(pattern));
      expect(error!.message).toContain(reason);
      expect((error as SchemaError).hint).toContain(`${target}.patterns=allow-backtracking`);
    }
  });

  it.each([
    ['patternProperties', { type: 'object', patternProperties: { '^a(?=a)(a+)+$': { type: 'string' } } }, '/$defs/P0/patternProperties/^a(?=a)(a+)+$'],
    ['not', { type: 'string', not: { pattern: '^a(?=a)(a+)+$' } }, '/$defs/P0/not/pattern'],
  ])('in %s too, which only the validators read', (_where, schema, pointer) => {
    const model = modelFromText(JSON.stringify({ $schema: 'https://json-schema.org/draft/2020-12/schema', $defs: { P0: schema } }), 'probe.json');
    for (const target of CODE_TARGETS) {
      const error = catchError(() => renderModel(model, { targets: [target], options: { [target]: TARGETS[target]!.defaults }, templates: null }));
      expect(error, target).toBeInstanceOf(SchemaError);
      expect((error as SchemaError).pointer, target).toBe(pointer);
      expect(error!.message).toContain('it has a lookahead');
    }
  });

  it('the CLI exits 2 naming the file and pointer; a bad value of the option is an options error', () => {
    const result = runCli(['generate', '--schema', UNRUNNABLE_PATH, '--out', join(WORK, 'cli-out'), '--target', 'python']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('unrunnable.schema.json#/$defs/P0/pattern');
    expect(result.stderr).toContain('python.patterns=allow-backtracking');
    const model = modelFromText(JSON.stringify(schemaOf(['^a$'])), 'a.json');
    expect(() => renderModel(model, { targets: ['java'], options: { java: { ...targetDefaults('java'), patterns: 'sometimes' } }, templates: null })).toThrow(OptionsError);
  });
});

describe('the generator checks examples against patterns within a time budget', () => {
  it('an example that makes a pattern backtrack exponentially is decided at once by the linear-time matcher (a warning: it does not match)', () => {
    const schema = { $schema: 'https://json-schema.org/draft/2020-12/schema', $defs: { Word: { type: 'string', pattern: '^(a+)+$', examples: ['aaaa', `${'a'.repeat(60)}!`] } } };
    const path = join(WORK, 'hostile-example.schema.json');
    writeFileSync(path, JSON.stringify(schema));
    const started = Date.now();
    const result = runCli(['generate', '--schema', path, '--out', join(WORK, 'hostile-out'), '--target', 'python']);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toContain('hostile-example.schema.json#/$defs/Word/examples/1');
  });

  it('one that the matcher cannot run (a lookahead) fails promptly, naming the pattern and the example', () => {
    const schema = { $schema: 'https://json-schema.org/draft/2020-12/schema', $defs: { Word: { type: 'string', pattern: '^a(?=a)(a+)+$', examples: ['aaaa', `${'a'.repeat(60)}!`] } } };
    const path = join(WORK, 'hostile-lookahead.schema.json');
    writeFileSync(path, JSON.stringify(schema));
    const started = Date.now();
    const result = runCli(['generate', '--schema', path, '--out', join(WORK, 'hostile-lookahead-out'), '--target', 'csharp', '--option', 'csharp.patterns=allow-backtracking']);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('"^a(?=a)(a+)+$"');
    expect(result.stderr).toContain('hostile-lookahead.schema.json#/$defs/Word/examples/1');
    expect(result.stderr).toContain('hint:');
  });

  it('examples are still checked: one that does not match is refused, one that matches is accepted', () => {
    const schema = (example: string) => JSON.stringify({ $schema: 'https://json-schema.org/draft/2020-12/schema', $defs: { Code: { type: 'string', pattern: '^\\p{Lu}{2}\\d$', examples: [example] } } });
    expect(() => modelFromText(schema('AB1'), 'ok.json')).not.toThrow();
    // An invalid example is a warning (a vendor's mistake); --strict makes it the error checked here.
    expect(catchError(() => modelFromText(schema('ab1'), 'bad.json', 'bad.json', { strict: true }))?.message).toContain('does not validate');
  });
});

describe('patterns no engine could read as ECMA-262 does are refused with a pointer', () => {
  it.each([
    ['(?<=a+)b', 'lookbehind'],
    ['(?<=.)b', 'beyond U+FFFF'],
    ['(?<!\\S)b', 'beyond U+FFFF'],
    ['(a)|\\1', 'another branch'],
    ['\\1(a)', 'before that group has matched'],
    ['(?:(a)|b)\\1', 'may not have matched'],
    ['(a)*\\1', 'may not have matched'],
    ['a{2147483648}', 'more than 2147483647'],
    ['(?<a>x)(?<a>y)', 'not a valid regular expression'],
    ['a{2,1}', 'not a valid regular expression'],
  ])('%s', (pattern, fragment) => {
    const error = catchError(() => modelFromText(JSON.stringify(schemaOf([pattern])), 'p.json'));
    expect(error).toBeInstanceOf(SchemaError);
    expect((error as SchemaError).pointer).toBe('/$defs/P0/pattern');
    expect(error!.message).toContain(fragment);
  });
});

describe('lone surrogates (which JSON runners cannot carry) match as in ECMA-262, engine by engine', () => {
  const pairs = LONE_SURROGATES.flatMap(([pattern, inputs]) => inputs.map((input) => [pattern, input] as const));
  const expected = pairs.map(([pattern, input]) => new RegExp(pattern, 'u').test(input));
  const units = (s: string): number[] => Array.from({ length: s.length }, (_, i) => s.charCodeAt(i));
  const dir = mkdtempSync(join(WORK, 'engines-'));
  const engines = { python: pythonMatches, java: javaMatches, dotnet: dotnetMatches } as const;

  it('the cases are meaningful: some match, some do not', () => {
    expect(expected.filter(Boolean).length).toBeGreaterThan(5);
    expect(expected.filter((x) => !x).length).toBeGreaterThan(5);
  });

  it.each(Object.keys(engines) as (keyof typeof engines)[])('%s', async (dialect) => {
    const probes: Probe[] = pairs.map(([pattern, input]) => [translatePattern(pattern, dialect), units(input)]);
    const got = await engines[dialect](probes, dir);
    const wrong = pairs.filter((_, i) => got[i] !== expected[i]).map(([p, s]) => `${p} on ${JSON.stringify(s)}: ECMA ${new RegExp(p, 'u').test(s)}`);
    expect(wrong).toEqual([]);
    expect(got.length).toBe(pairs.length);
  });
});

function catchError(f: () => unknown): Error | undefined {
  try {
    f();
  } catch (error) {
    return error as Error;
  }
  return undefined;
}
