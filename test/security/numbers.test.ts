// Numbers beyond what a language holds (issue item 9), and the JVM's size limits (item 10).
// - Refused: numbers beyond the double range, whole integers a double changes in values,
//   minLength / minItems beyond 2^31 - 1: the real CLI exits 2 with the pointer and a hint.
// - Accepted: test/security/numbers/extremes.schema.json (bounds beyond long and near the double
//   range, counts beyond int, enum and const integers beyond 2^53), 70,000-character strings
//   (const, enum value, pattern, discriminator tag) and a 10,000-value enum compile in all four
//   languages (tsc strict, pyright strict, javac -Werror, dotnet -warnaserror, python3 -W error)
//   and every runner agrees with Ajv on instances at and across each bound.
// - Java: an enum at the documented limit compiles with javac and runs; one value, one union
//   variant or one property-name byte more is a schema error for the java target only.

import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Project } from 'ts-morph';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadModel, renderModel } from '../../generator/index.js';
import { MAX_JAVA_ENUM_VALUES, MAX_JAVA_UNION_VARIANTS } from '../../generator/targets/java/limits.js';
import { compareWithAjv, describe as describeTally } from '../helpers/agreement.js';
import { makeOracle } from '../helpers/ajv.js';
import { ROOT, defaultOptions } from '../helpers/cases.js';
import { runCli } from '../helpers/cli.js';
import { runVectors, type Vector } from '../helpers/protocol.js';
import { pyrightFiles } from '../helpers/python.js';
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

  it('an example a double changes is read as the double, with a warning at it; --strict refuses it', () => {
    // In a property named "enum": the keyword holding the number is "examples", not "enum".
    const file = join(work, 'example-changed.schema.json');
    writeFileSync(file, schemaText('{"type": "object", "properties": {"enum": {"type": "integer", "maximum": 18446744073709551617, "examples": [3, 12345678901234567890]}}}'));
    const warned = runCli(['generate', '--schema', file, '--out', join(work, 'example-changed'), '--target', 'typescript']);
    expect(warned.status, warned.stderr).toBe(0);
    expect(warned.stderr).toContain('warning: the integer 12345678901234567890 cannot be held exactly by a double: JSON readers (Ajv included) read it as 12345678901234567168');
    expect(warned.stderr).toContain('.schema.json#/$defs/A/properties/enum/examples/1\n');
    const strict = runCli(['generate', '--schema', file, '--out', join(work, 'example-strict'), '--strict']);
    expect(strict.status, strict.stderr).toBe(2);
    expect(strict.stderr).toContain('cannot be held exactly by a double');
    expect(strict.stderr).toMatch(HINT);
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

/**
 * Far above C#'s switch-to-array threshold (1,000) and Java's limit (2,000); the code's shape is
 * the same at any size beyond, and 100,000 values (measured: a 2-minute C# build) would only
 * make the suite slower.
 */
const BIG_ENUM_VALUES = 10_000;

/** Too big to commit: the JVM-limit shapes of item 10, written to a temporary folder. */
function buildLargeSchemas(dir: string): { long: string; bigEnum: string; javaEnum: string; tooManyValues: string; tooManyVariants: string; longName: string } {
  const write = (name: string, defs: Record<string, unknown>): string => {
    const file = join(dir, `${name}.schema.json`);
    writeFileSync(file, JSON.stringify({ $schema: DRAFT, $defs: defs }));
    return file;
  };
  const variant = (tag: string) => ({ type: 'object', properties: { type: { const: tag } }, required: ['type'] });
  return {
    // Strings beyond a class file's 65,535-byte constant: a const, an enum value of 2-byte
    // characters (and the constant name made from it), a pattern of 3-byte characters (V8 refuses
    // a regular expression much longer: "too large"), a discriminator tag.
    long: write('long', {
      LongStrings: { type: 'object', properties: { c: { const: 'c'.repeat(70_000) }, e: { enum: ['a', 'é'.repeat(40_000)] }, p: { type: 'string', pattern: `^${'€'.repeat(22_000)}$` } }, additionalProperties: false },
      LongTagUnion: { type: 'object', oneOf: [{ $ref: '#/$defs/Short' }, { $ref: '#/$defs/Long' }], discriminator: { propertyName: 'type' } },
      Short: variant('short'),
      Long: variant('t'.repeat(70_000)),
    }),
    // Strings, and numbers (C# looks both up in arrays above 1,000 values).
    bigEnum: write('big-enum', {
      Big: { type: 'string', enum: Array.from({ length: BIG_ENUM_VALUES }, (_, i) => `value_${i}`) },
      BigNumbers: { type: ['number', 'null'], enum: [...Array.from({ length: 1_500 }, (_, i) => i * 7 - 3000), 0.5, null] },
    }),
    javaEnum: write('java-enum', {
      Words: { type: 'string', enum: Array.from({ length: MAX_JAVA_ENUM_VALUES }, (_, i) => `wört_${i}`) },
      // Nullable integers: the most code per value (boxing calls), the worst case for the limit.
      Numbers: { type: ['integer', 'null'], enum: [...Array.from({ length: MAX_JAVA_ENUM_VALUES }, (_, i) => i * 1_000_003 - 2 ** 40), null] },
    }),
    tooManyValues: write('too-many-values', { E: { type: 'object', properties: { e: { enum: Array.from({ length: MAX_JAVA_ENUM_VALUES + 1 }, (_, i) => i) } } } }),
    tooManyVariants: write('too-many-variants', { U: { oneOf: Array.from({ length: MAX_JAVA_UNION_VARIANTS + 1 }, (_, i) => ({ const: `v${i}` })) } }),
    longName: write('long-name', { O: { type: 'object', properties: { ['n'.repeat(70_000)]: { type: 'string' } } } }),
  };
}

const LARGE = buildLargeSchemas(mkdtempSync(join(tmpdir(), 'numbers-large-')));
const t70k = 't'.repeat(70_000);
const LONG_VALID: readonly Vector[] = [
  { schema: 'LongStrings', json: { c: 'c'.repeat(70_000), e: 'é'.repeat(40_000), p: '€'.repeat(22_000) } },
  { schema: 'LongStrings', json: { e: 'a' } },
  { schema: 'LongTagUnion', json: { type: t70k } },
  { schema: 'LongTagUnion', json: { type: 'short' } },
];
const LONG_INVALID: readonly Vector[] = [
  { schema: 'LongStrings', json: { c: 'c'.repeat(69_999) } },
  { schema: 'LongStrings', json: { e: 'é'.repeat(39_999) } },
  { schema: 'LongStrings', json: { p: '€'.repeat(21_999) } },
  { schema: 'LongTagUnion', json: { type: t70k.slice(1) } },
];
const BIG_VALID: readonly Vector[] = [
  { schema: 'Big', json: 'value_0' },
  { schema: 'Big', json: `value_${BIG_ENUM_VALUES - 1}` },
  { schema: 'BigNumbers', json: -3000 },
  { schema: 'BigNumbers', json: 7 * 1_499 - 3000 },
  { schema: 'BigNumbers', json: 0.5 },
  { schema: 'BigNumbers', json: null },
];
const BIG_INVALID: readonly Vector[] = [
  { schema: 'Big', json: `value_${BIG_ENUM_VALUES}` },
  { schema: 'Big', json: 0 },
  { schema: 'BigNumbers', json: -2999 },
  { schema: 'BigNumbers', json: 'value_0' },
];

/** Every unit, with its schema and samples: one build per language serves them all. */
const UNITS = [
  { key: 'extremes', schemaPath: EXTREMES, valid: VALID, invalid: INVALID },
  { key: 'longstrings', schemaPath: LARGE.long, valid: LONG_VALID, invalid: LONG_INVALID },
  { key: 'bigenum', schemaPath: LARGE.bigEnum, valid: BIG_VALID, invalid: BIG_INVALID },
];
/** Java refuses the big enum (see "JVM limits"). */
const unitsFor = (tool: string) => UNITS.filter((u) => u.key !== 'bigenum' || tool !== 'java');

describe('compiled with strict TypeScript (extremes, 70,000-character strings, a 10,000-value enum) and strict pyright', () => {
  it.each(UNITS.map((u) => [u.key, u] as const))('TypeScript, %s: 0 diagnostics', (_key, unit) => {
    const project = new Project({ compilerOptions: { strict: true, noEmit: true, noUncheckedIndexedAccess: true, exactOptionalPropertyTypes: true }, useInMemoryFileSystem: true });
    // index.ts with the files it imports (validation-schema.ts, runtime/).
    for (const [path, text] of renderModel(loadModel(unit.schemaPath), defaultOptions(['typescript']))) project.createSourceFile(`/${path}`, text);
    expect(project.getPreEmitDiagnostics().map((d) => d.getMessageText().toString())).toEqual([]);
  });

  it('Python: 0 pyright errors and warnings', () => {
    const dir = mkdtempSync(join(tmpdir(), 'numbers-pyright-'));
    const units = unitsFor('pyright');
    for (const unit of units) {
      for (const [path, content] of renderModel(loadModel(unit.schemaPath), defaultOptions(['python']))) {
        const file = join(dir, unit.key, path);
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, content);
      }
    }
    writeFileSync(join(dir, 'pyrightconfig.json'), JSON.stringify({ typeCheckingMode: 'strict', pythonVersion: '3.9' }));
    // The runtime modules are checked in the first unit's output; in the others only where they differ.
    const { files } = pyrightFiles(units.map((u) => join(dir, u.key, 'python')));
    const result = spawnSync(join(ROOT, 'node_modules', '.bin', 'pyright'), ['-p', join(dir, 'pyrightconfig.json'), '--outputjson', ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const report = JSON.parse(result.stdout) as { generalDiagnostics: { file: string; message: string }[]; summary: { filesAnalyzed: number } };
    expect(report.generalDiagnostics.map((d) => `${d.file} ${d.message}`)).toEqual([]);
    expect(report.summary.filesAnalyzed).toBe(files.length);
    expect(files.length).toBeGreaterThan(units.length * 3);
  });
});

describe.each(Object.keys(RUNNERS))('the %s runner (built once with its compiler for every unit) agrees with Ajv', (target) => {
  const units = unitsFor(target);
  const vectors = units.flatMap((u) => [...u.valid, ...u.invalid].map((v) => ({ ...v, case: u.key })));
  let outcomes: Awaited<ReturnType<typeof runVectors>> = [];

  beforeAll(async () => {
    const work = mkdtempSync(join(tmpdir(), `numbers-${target}-`));
    const runner = await RUNNERS[target]!(units.map(({ key, schemaPath }) => ({ key, schemaPath })), work);
    outcomes = await runVectors(runner, vectors);
  }, 900_000);

  it.each(units.map((u) => [u.key, u] as const))('%s: the same decisions, pointers Ajv reports, equal round trips', (key, unit) => {
    const oracle = makeOracle(JSON.parse(readFileSync(unit.schemaPath, 'utf8')) as Record<string, unknown>);
    for (const v of unit.valid) expect(oracle.validate(v.schema, v.json).ok, JSON.stringify(v).slice(0, 200)).toBe(true);
    for (const v of unit.invalid) expect(oracle.validate(v.schema, v.json).ok, JSON.stringify(v).slice(0, 200)).toBe(false);
    const mine = vectors.map((v, i) => [v, outcomes[i]!] as const).filter(([v]) => v.case === key);
    const tally = compareWithAjv(oracle, mine.map(([v]) => v), mine.map(([, o]) => o));
    expect(tally.disagreements, describeTally(tally).slice(0, 2000)).toEqual([]);
    expect(tally.accepted).toBe(unit.valid.length);
  });
});

describe('JVM limits', () => {
  it(`an enum of ${MAX_JAVA_ENUM_VALUES} strings and one of ${MAX_JAVA_ENUM_VALUES} nullable integers compile with javac -Werror (one run) and run`, async () => {
    const work = mkdtempSync(join(tmpdir(), 'numbers-java-enum-'));
    const runner = await RUNNERS['java']!([{ key: 'javaenum', schemaPath: LARGE.javaEnum }], work);
    const last = MAX_JAVA_ENUM_VALUES - 1;
    const vectors: Vector[] = [
      { case: 'javaenum', schema: 'Words', json: 'wört_0' },
      { case: 'javaenum', schema: 'Words', json: `wört_${last}` },
      { case: 'javaenum', schema: 'Words', json: `wört_${last + 1}` },
      { case: 'javaenum', schema: 'Numbers', json: last * 1_000_003 - 2 ** 40 },
      { case: 'javaenum', schema: 'Numbers', json: 1 },
      { case: 'javaenum', schema: 'Numbers', json: null },
    ];
    const outcomes = await runVectors(runner, vectors);
    expect(outcomes.map((o) => o.ok)).toEqual([true, true, false, true, false, true]);
    const tally = compareWithAjv(makeOracle(JSON.parse(readFileSync(LARGE.javaEnum, 'utf8')) as Record<string, unknown>), vectors, outcomes);
    expect(tally.disagreements, describeTally(tally)).toEqual([]);
  }, 600_000);

  it.each([
    ['more enum values than the limit', () => LARGE.tooManyValues, '/$defs/E/properties/e/enum', `has ${MAX_JAVA_ENUM_VALUES + 1} enum values; a Java enum class takes at most ${MAX_JAVA_ENUM_VALUES}`],
    ['more union variants than the limit', () => LARGE.tooManyVariants, '/$defs/U/oneOf', `has ${MAX_JAVA_UNION_VARIANTS + 1} variants; a Java union class takes at most ${MAX_JAVA_UNION_VARIANTS}`],
    ['a property name longer than a string constant', () => LARGE.longName, `/$defs/O/properties/${'n'.repeat(70_000)}`, 'is 70000 bytes in Java\'s class-file encoding'],
  ] as const)('%s: the CLI exits 2 for java with the pointer and a hint, and the other targets generate', (_name, file, pointer, message) => {
    const work = mkdtempSync(join(tmpdir(), 'numbers-java-limit-'));
    const result = runCli(['generate', '--schema', file(), '--out', join(work, 'java'), '--target', 'java']);
    expect(result.status, result.stderr.slice(0, 500)).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr).toContain(`.schema.json#${pointer}\n`);
    expect(result.stderr).toMatch(HINT);
    const others = runCli(['generate', '--schema', file(), '--out', join(work, 'others'), '--target', 'typescript', '--target', 'python', '--target', 'csharp']);
    expect(others.status, others.stderr.slice(0, 500)).toBe(0);
  });
});
