// Numbers beyond what a language holds (issue item 9), and the JVM's size limits (item 10).
// - Refused: numbers beyond the double range, whole integers a double changes in values,
//   minLength / minItems beyond 2^31 - 1: the real CLI exits 2 with the pointer and a hint.
// - Accepted: test/security/numbers/extremes.schema.json (bounds beyond long and near the double
//   range, counts beyond int, enum and const integers beyond 2^53) compiles in all four languages
//   (tsc strict, pyright strict, javac -Werror, dotnet -warnaserror) and every runner agrees with
//   Ajv on instances at and across each bound.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Project } from 'ts-morph';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadModel, renderModel } from '../../generator/index.js';
import { compareWithAjv, describe as describeTally } from '../helpers/agreement.js';
import { makeOracle } from '../helpers/ajv.js';
import { ROOT, defaultOptions } from '../helpers/cases.js';
import { runCli } from '../helpers/cli.js';
import { runVectors, type Vector } from '../helpers/protocol.js';
import { RUNNERS } from '../runners/index.js';

const DRAFT = 'https://json-schema.org/draft/2020-12/schema';
const EXTREMES = join(ROOT, 'test', 'security', 'numbers', 'extremes.schema.json');
const HINT = /\n {2}hint: \S/;

/** A schema text with one declaration `A` (numbers written as text: JSON.stringify cannot write 1e400). */
const schemaText = (declaration: string): string => `{"$schema": "${DRAFT}", "$defs": {"A": ${declaration}}}`;

const REFUSED: readonly { name: string; declaration: string; pointer: string; message: string }[] = [
  { name: 'maximum beyond the double range', declaration: '{"type": "number", "maximum": 1e400}', pointer: '/$defs/A/maximum', message: 'beyond the range of a double' },
  { name: 'negative exclusiveMinimum beyond', declaration: '{"type": "integer", "exclusiveMinimum": -1e400}', pointer: '/$defs/A/exclusiveMinimum', message: 'beyond the range of a double' },
  { name: 'maxLength beyond the double range', declaration: '{"type": "string", "maxLength": 1e400}', pointer: '/$defs/A/maxLength', message: 'beyond the range of a double' },
  { name: 'a digit string beyond the range', declaration: `{"type": "number", "minimum": ${'9'.repeat(400)}}`, pointer: '/$defs/A/minimum', message: 'beyond the range of a double' },
  { name: 'an example beyond the range, nested', declaration: '{"type": "object", "properties": {"n": {"type": "number"}}, "examples": [{"n": 1}, {"n": 1e999}]}', pointer: '/$defs/A/examples/1/n', message: 'beyond the range of a double' },
  { name: 'integer enum value a double changes', declaration: '{"type": "integer", "enum": [1, 18446744073709551617]}', pointer: '/$defs/A/enum/1', message: 'read it as 18446744073709551616' },
  { name: 'const just past 2^53', declaration: '{"const": 9007199254740993}', pointer: '/$defs/A/const', message: 'read it as 9007199254740992' },
  { name: 'negative const a double changes', declaration: '{"const": -12345678901234567891}', pointer: '/$defs/A/const', message: 'cannot be held exactly by a double' },
  { name: 'default a double changes', declaration: '{"type": "object", "properties": {"id": {"type": "integer", "default": 18446744073709551617}}}', pointer: '/$defs/A/properties/id/default', message: 'cannot be held exactly by a double' },
  { name: 'example a double changes, in a property named "enum"', declaration: '{"type": "object", "properties": {"enum": {"type": "integer", "maximum": 18446744073709551617, "examples": [3, 12345678901234567890]}}}', pointer: '/$defs/A/properties/enum/examples/1', message: 'cannot be held exactly by a double' },
  { name: 'minLength beyond int', declaration: '{"type": "string", "minLength": 4294967296}', pointer: '/$defs/A/minLength', message: 'above 2147483647 (2^31 - 1): no string in Java or C#' },
  { name: 'minItems beyond int, in exponent form', declaration: '{"type": "array", "minItems": 3e9}', pointer: '/$defs/A/minItems', message: 'above 2147483647 (2^31 - 1): no array in Java or C#' },
];

describe('numbers no target can emit faithfully are refused by the CLI (exit 2, pointer, hint)', () => {
  const work = mkdtempSync(join(tmpdir(), 'numbers-refused-'));
  it.each(REFUSED.map((r) => [r.name, r] as const))('%s', (_name, r) => {
    const file = join(work, `${r.name.replace(/\W+/g, '-')}.schema.json`);
    writeFileSync(file, schemaText(r.declaration));
    const result = runCli(['generate', '--schema', file, '--out', join(work, 'out')]);
    expect(result.status, result.stderr).toBe(2);
    expect(result.stderr).toContain(r.message);
    expect(result.stderr).toContain(`.schema.json#${r.pointer}\n`);
    expect(result.stderr).toMatch(HINT);
  });

  it('the same numbers where nothing reads them, and exact ones written in full, are accepted', () => {
    const file = join(work, 'accepted.schema.json');
    // An ignored annotation beyond the range, a description's digits, exact integers beyond 2^53.
    writeFileSync(file, `{"$schema": "${DRAFT}", "x-note": 1e400, "$defs": {"A": {"description": "18446744073709551617", "x-big": [1e999], "enum": [9007199254740992, 18446744073709551616, 1e300]}}}`);
    const result = runCli(['generate', '--schema', file, '--out', join(work, 'accepted'), '--target', 'typescript']);
    expect(result.status, result.stderr).toBe(0);
  });
});

/** Instances at and across every bound of extremes.schema.json; raw text where JSON.stringify would round. */
const VALID: readonly Vector[] = [
  { schema: 'Extremes', json: { beyond_long: 9007199254740991 } },
  { schema: 'Extremes', json: { beyond_long: -9007199254740991, exponent_int: 9007199254740991 } },
  { schema: 'Extremes', json: { beyond_long: 0, huge: 1e308, tiny: 1e-320 } },
  { schema: 'Extremes', json: { beyond_long: 1, huge: -1e308, tiny: 1.5 } },
  { schema: 'Extremes', json: { beyond_long: 1, text: 'ab', text_u64: 'x'.repeat(600), list: [1, 2, 3] } },
  { schema: 'Extremes', json: { beyond_long: 1, big_enum: 1e19, big_const: 18446744073709551616, huge_const: 1e300 }, raw: '{"schema":"Extremes","json":{"beyond_long":1,"big_enum":10000000000000000000,"big_const":18446744073709551616,"huge_const":1e300}}' },
  { schema: 'BigEnum', json: -3e19 },
  { schema: 'BigEnum', json: 9007199254740991 },
  { schema: 'BigEnum', json: 1e300 },
  { schema: 'BigEnum', json: 18446744073709551616, raw: '{"schema":"BigEnum","json":18446744073709551616}' },
  { schema: 'FractionEnum', json: 1e-300 },
  { schema: 'FractionEnum', json: -2.5e300 },
];

const INVALID: readonly Vector[] = [
  { schema: 'Extremes', json: { beyond_long: 3e19 } },
  { schema: 'Extremes', json: { beyond_long: -3e19 } },
  { schema: 'Extremes', json: { beyond_long: 1.5 } },
  { schema: 'Extremes', json: { beyond_long: 1, exponent_int: -1e19 } },
  { schema: 'Extremes', json: { beyond_long: 1, exponent_int: 2e19 } },
  { schema: 'Extremes', json: { beyond_long: 1, huge: 1.7976931348623157e308 } },
  { schema: 'Extremes', json: { beyond_long: 1, tiny: 5e-324 } },
  { schema: 'Extremes', json: { beyond_long: 1, tiny: 0 } },
  { schema: 'Extremes', json: { beyond_long: 1, text: 'a' } },
  { schema: 'Extremes', json: { beyond_long: 1, list_max_int: ['a'] } },
  { schema: 'Extremes', json: { beyond_long: 1, big_enum: 1e18 } },
  { schema: 'Extremes', json: { beyond_long: 1, big_const: 1e19 } },
  { schema: 'Extremes', json: { beyond_long: 1, huge_const: 1e299 } },
  { schema: 'BigEnum', json: 9007199254740990 },
  { schema: 'BigEnum', json: 1.8446744073709550e19, raw: '{"schema":"BigEnum","json":18446744073709549568}' },
  { schema: 'FractionEnum', json: 1.4 },
];

describe('extreme constants compile in all four languages', () => {
  const model = loadModel(EXTREMES);

  it('TypeScript: strict tsc, 0 diagnostics', () => {
    const source = renderModel(model, defaultOptions(['typescript'])).get('typescript/index.ts')!;
    const project = new Project({ compilerOptions: { strict: true, noEmit: true, noUncheckedIndexedAccess: true, exactOptionalPropertyTypes: true }, useInMemoryFileSystem: true });
    project.createSourceFile('/index.ts', source);
    expect(project.getPreEmitDiagnostics().map((d) => d.getMessageText().toString())).toEqual([]);
  });

  it('Python: pyright strict, 0 errors and warnings', () => {
    const dir = mkdtempSync(join(tmpdir(), 'numbers-pyright-'));
    for (const [path, content] of renderModel(model, defaultOptions(['python']))) {
      const file = join(dir, path);
      spawnSync('mkdir', ['-p', join(file, '..')]);
      writeFileSync(file, content);
    }
    writeFileSync(join(dir, 'pyrightconfig.json'), JSON.stringify({ typeCheckingMode: 'strict', pythonVersion: '3.9' }));
    const result = spawnSync(join(ROOT, 'node_modules', '.bin', 'pyright'), ['-p', join(dir, 'pyrightconfig.json'), '--outputjson', join(dir, 'python')], { encoding: 'utf8' });
    const report = JSON.parse(result.stdout) as { generalDiagnostics: { file: string; message: string }[]; summary: { filesAnalyzed: number } };
    expect(report.generalDiagnostics.map((d) => `${d.file} ${d.message}`)).toEqual([]);
    expect(report.summary.filesAnalyzed).toBeGreaterThan(3);
  });
});

describe.each(Object.keys(RUNNERS))('extreme constants: the %s runner (built with its compiler) agrees with Ajv', (target) => {
  const schema = JSON.parse(readFileSync(EXTREMES, 'utf8')) as Record<string, unknown>;
  const vectors = [...VALID, ...INVALID].map((v) => ({ ...v, case: 'extremes' }));
  let outcomes: Awaited<ReturnType<typeof runVectors>> = [];

  beforeAll(async () => {
    const work = mkdtempSync(join(tmpdir(), `numbers-${target}-`));
    const runner = await RUNNERS[target]!([{ key: 'extremes', schemaPath: EXTREMES }], work);
    outcomes = await runVectors(runner, vectors);
  }, 600_000);

  it('the same decisions, pointers Ajv reports, equal round trips', () => {
    const oracle = makeOracle(schema);
    for (const v of VALID) expect(oracle.validate(v.schema, v.json).ok, JSON.stringify(v)).toBe(true);
    for (const v of INVALID) expect(oracle.validate(v.schema, v.json).ok, JSON.stringify(v)).toBe(false);
    const tally = compareWithAjv(oracle, vectors, outcomes);
    expect(tally.disagreements, describeTally(tally)).toEqual([]);
    expect(tally.accepted).toBe(VALID.length);
  });
});
