// The Python target's compiled checks (generator/targets/python/checks.ts), the fast path of
// from_json, answer exactly what the shipped interpreter's is_valid answers for values json.loads
// makes. For every golden case and the canonical schema, the package is rendered and one python3
// process compares, for each compiled declaration, its check with the interpreter on the samples
// of the case and their mutations (test/helpers/mutations.ts). A schema that uses every keyword
// the compiler writes (and the TypeScript test's awkward ones) is compared on a pool of values
// read from JSON text (big integers, 1e400, -0.0, astral characters) and type-checked by pyright
// strict; what does not compile falls back. The official suite goes through from_json too
// (test/conformance/suite.test.ts), so it checks these checks in every group that compiles.

import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadModel, modelFromText } from '../generator/index.js';
import type { JsonValue } from '../generator/model/ir.js';
import { schemaUriOf } from '../generator/model/validation.js';
import { compileChecks } from '../generator/targets/python/checks.js';
import { allSchemas } from './helpers/cases.js';
import { mutations } from './helpers/mutations.js';
import { renderPythonPackages, type PythonJob } from './helpers/python-packages.js';

const ROOT = join(import.meta.dirname, '..');

/** Compares, in one python3 process, each job's compiled checks with the interpreter on its values (JSON texts). */
const AGREE = `
import importlib, json, sys
job = json.load(open(sys.argv[1]))
sys.path.insert(0, job["root"])
found, tried = [], 0
for case in job["cases"]:
    schemas = importlib.import_module(case["package"] + "._validation_schema").SCHEMAS
    checks = importlib.import_module(case["package"] + "._checks")
    values = [(text, json.loads(text)) for text in case["values"]]
    for item in case["items"]:
        check, validator = getattr(checks, item["check"]), schemas.validator(item["uri"])
        for text, value in values:
            tried += 1
            compiled, reference = check(value), validator.is_valid(value)
            if compiled is not reference:
                found.append(f"{case['package']} {item['name']} {text}: check {compiled}, interpreter {reference}")
print(json.dumps({"found": found[:20], "tried": tried}))
`;

/** Runs AGREE over the jobs: the disagreements found and how many (check, value) pairs were tried. */
function agree(jobs: readonly PythonJob[]): { found: string[]; tried: number } {
  const root = renderPythonPackages(jobs, 'py-checks-');
  const cases = jobs.map((job) => {
    const checks = compileChecks(job.model, job.options?.['formats'] === 'assert').checks;
    const items = job.model.declarations
      .filter((d) => checks.has(d.id))
      .map((d) => ({ name: d.schemaName, uri: schemaUriOf(job.model, d), check: checks.get(d.id)! }));
    return { package: job.package, items, values: job.values };
  });
  writeFileSync(join(root, 'job.json'), JSON.stringify({ root, cases }));
  writeFileSync(join(root, 'agree.py'), AGREE);
  const result = spawnSync('python3', ['-W', 'error', join(root, 'agree.py'), join(root, 'job.json')], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`agree.py failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as { found: string[]; tried: number };
}

const texts = (values: readonly JsonValue[]): string[] => [...new Set(values.map((v) => JSON.stringify(v)))];

describe('compiled checks agree with the interpreter', () => {
  it('on every golden case and the canonical schema, every declaration compiles and agrees on the samples and their mutations', () => {
    const jobs: PythonJob[] = allSchemas().map((c, i) => ({
      package: `golden_${i}`,
      model: loadModel(c.schemaPath),
      values: texts([...c.valid, ...c.invalid].flatMap((vector) => mutations(vector.json as JsonValue))),
    }));
    for (const job of jobs) {
      const checks = compileChecks(job.model, false).checks;
      expect(job.model.declarations.filter((d) => !checks.has(d.id)).map((d) => `${job.package} ${d.schemaName}`)).toEqual([]);
    }
    const { found, tried } = agree(jobs);
    expect(found).toEqual([]);
    expect(tried).toBeGreaterThan(100_000);
  }, 300_000);
});

/** Every keyword the compiler writes code for, alone and together, and schemas whose keywords contradict their type. */
const VOCABULARY: Readonly<Record<string, object | boolean>> = {
  Mixed: { enum: [1, 'a', true, null, [1, 2], { k: 'v' }, 1.5] },
  ManyStrings: { enum: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'] },
  FewStrings: { enum: ['a', 'b'] },
  ConstObject: { const: { a: [1, { b: null }] } },
  ConstNumber: { const: 2 },
  ConstFloat: { const: 2.5 },
  ConstTrue: { const: true },
  NullMember: { type: 'object', properties: { n: { const: null } } },
  // A declaration that is only null (Literal[None] in Python: `X = None` is no type to pyright), and its uses.
  ConstNull: { const: null },
  Nothing: { type: 'null' },
  NullHolder: { type: 'object', properties: { n: { $ref: '#/$defs/Nothing' }, m: { type: 'array', items: { $ref: '#/$defs/ConstNull' } } } },
  Decimal: { type: 'number', multipleOf: 0.01, exclusiveMinimum: 0, maximum: 100 },
  IntegerStep: { type: 'integer', multipleOf: 3, exclusiveMaximum: 30 },
  AnyStep: { multipleOf: 1.5 },
  Patterned: {
    type: 'object',
    properties: { id: { type: 'string' } },
    patternProperties: { '^x-': { type: 'string' }, '^n_[0-9]+$': { type: 'integer' }, '^never': false },
    additionalProperties: false,
  },
  Open: { type: 'object', properties: { a: {}, b: {}, c: {}, d: {}, e: {}, f: {}, g: {}, h: {} }, additionalProperties: { type: 'number' } },
  Names: { type: 'object', propertyNames: { pattern: '^[a-z]+$', maxLength: 4 } },
  NoNames: { propertyNames: false },
  Tuple: { type: 'array', prefixItems: [{ type: 'string' }, { type: 'integer' }], items: false },
  TupleRest: { prefixItems: [{ const: 'h' }, false], items: { type: 'number' }, minItems: 1, maxItems: 4 },
  Contains: { type: 'array', contains: { type: 'integer', minimum: 5 }, minContains: 2, maxContains: 3, uniqueItems: true },
  ContainsAny: { contains: true, maxContains: 2 },
  ContainsNone: { contains: false, minContains: 0 },
  Dependent: { type: 'object', dependentRequired: { a: ['b', 'c'] }, dependentSchemas: { d: { required: ['e'] }, f: false } },
  Conditional: {
    if: { properties: { kind: { const: 'n' } }, required: ['kind'] },
    then: { properties: { v: { type: 'number' } } },
    else: { properties: { v: { type: 'string' } } },
  },
  Negated: { not: { type: 'object', required: ['forbidden'] } },
  OneOfCount: { oneOf: [{ type: 'integer' }, { type: 'number', minimum: 2 }, { const: 'x' }] },
  AnyOfMixed: { anyOf: [{ type: 'null' }, { type: 'array', items: { type: 'boolean' } }, { $ref: '#/$defs/Strings' }] },
  Sized: { type: 'object', minProperties: 1, maxProperties: 2, required: ['a'] },
  Strings: { type: 'string', minLength: 2, maxLength: 3, pattern: 'b' },
  OneCodePoint: { type: 'string', minLength: 1, maxLength: 1 },
  Nullable: { type: ['string', 'null'] },
  Never: false,
  Everything: true,
  Event: {
    oneOf: [
      { $ref: '#/$defs/Start' },
      { $ref: '#/$defs/Stop' },
      { type: 'object', properties: { type: { enum: ['stop', 'pause'] }, at: { type: 'integer' } }, required: ['type', 'at'] },
      { type: 'object', properties: { code: { type: 'integer' } }, required: ['code'] },
    ],
  },
  Start: { type: 'object', properties: { type: { const: 'start' }, at: { type: 'number' } }, required: ['type'] },
  Stop: { type: 'object', properties: { type: { const: 'stop' } }, required: ['type'], additionalProperties: false },
  AnyEvent: {
    anyOf: [
      { $ref: '#/$defs/Start' },
      { $ref: '#/$defs/Stop' },
      { type: 'object', properties: { type: { const: 'stop' }, why: { type: 'string' } }, required: ['type', 'why'] },
    ],
  },
  TaggedWithStrings: {
    oneOf: [
      { enum: ['all', 'local'] },
      { type: 'object', properties: { vars: { const: 'all' } }, required: ['vars'] },
      { type: 'object', properties: { vars: { const: 'local' } } },
    ],
  },
  IntegerWithLength: { type: 'integer', maxLength: 5 },
  ConstAgainstType: { const: 5, type: 'string', minLength: 1 },
  IfElseEnum: { if: { minimum: 0 }, else: { enum: ['neg'] } },
  NamesEnum: { type: 'object', propertyNames: { enum: ['a', 1] } },
  ClosedEmpty: { type: 'object', additionalProperties: false },
  IfAlone: { if: { properties: { a: { type: 'string' } } } },
  Recursive: { type: 'object', properties: { next: { $ref: '#/$defs/Recursive' }, value: { type: 'integer' } }, required: ['value'] },
};

/** Values read from JSON text as json.loads reads them: big integers exact, 1e400 an infinity, -0.0 a float. */
const POOL: readonly string[] = [
  ...texts([
    '',
    'a',
    'b',
    'ab',
    'abc',
    'abcd',
    'h',
    'x',
    'all',
    'local',
    'neg',
    'start',
    'stop',
    '😀',
    '😀😀',
    'é',
    0,
    1,
    2,
    3,
    5,
    6,
    7,
    -1,
    1.5,
    2.5,
    0.07,
    0.1,
    0.3,
    3.0000001,
    99.99,
    100,
    100.001,
    30,
    1e308,
    true,
    false,
    null,
    [],
    [1],
    [1, 2],
    ['h'],
    ['h', 1],
    ['h', 2.5, 3],
    ['a', 1],
    ['a', 1, 2],
    [true, false],
    [true, 1],
    [5, 6],
    [5, 6, 7],
    [5, 5, 6],
    [5, 6, 7, 8],
    [1, '1'],
    [{ a: 1 }, { a: 1.0 }],
    {},
    { a: 1 },
    { a: 1, b: 2 },
    { a: 1, b: 2, c: 3 },
    { d: 1 },
    { d: 1, e: 2 },
    { f: 1 },
    { id: 'i' },
    { id: 1 },
    { 'x-a': 'v' },
    { 'x-a': 1 },
    { n_12: 3 },
    { n_12: 'v' },
    { never1: 1 },
    { other: 1 },
    { z: 1.5 },
    { abcde: 1 },
    { AB: 1 },
    { kind: 'n', v: 1 },
    { kind: 'n', v: 's' },
    { kind: 'm', v: 's' },
    { v: 1 },
    { forbidden: 1 },
    { type: 'start' },
    { type: 'start', at: 'later' },
    { type: 'stop' },
    { type: 'stop', at: 1 },
    { type: 'pause', at: 2 },
    { type: 'pause' },
    { type: 'other', code: 1 },
    { type: 7, code: 1 },
    { code: 1 },
    { type: 'stop', code: 1 },
    { type: 'stop', why: 'w' },
    { type: null },
    { vars: 'all' },
    { vars: 'local' },
    { vars: 1 },
    { k: 'v' },
    { a: [1, { b: null }] },
    { a: [1.0, { b: null }] },
    { value: 1, next: { value: 2, next: { value: 'x' } } },
    { value: 1, next: { value: 2 } },
  ]),
  '18446744073709551617',
  '1e400',
  '-1e400',
  '-0.0',
  '3.0',
  '2.50',
  '[1.0, 2]',
  '{"a": 1.0}',
  '{"value": 1, "next": {"value": 18446744073709551617}}',
  '[5, 5.0, 6]',
  'NaN',
];

describe('every keyword the compiler writes', () => {
  const schema = (defs: object): string => JSON.stringify({ $schema: 'https://json-schema.org/draft/2020-12/schema', $defs: defs });

  it('compiles every declaration, passes pyright strict, and answers as the interpreter on the pool and its mutations', () => {
    const model = modelFromText(schema(VOCABULARY), 'vocabulary.json');
    const checks = compileChecks(model, false);
    expect(model.declarations.filter((d) => !checks.checks.has(d.id)).map((d) => d.schemaName)).toEqual([]);
    // The tags: one dict lookup, a branch's own check when the tag leaves one branch.
    expect(checks.code).toMatch(/_tags\d+: Dict\[str, Callable\[\[Any\], bool\]\] = \{\n {4}"start": check_\d+,/);
    const values = [...POOL, ...texts(POOL.flatMap((text) => mutations(JSON.parse(text.replace(/^NaN$/, 'null')) as JsonValue, 1)))];
    const { found, tried } = agree([{ package: 'vocabulary', model, values }]);
    expect(found).toEqual([]);
    expect(tried).toBeGreaterThan(50_000);
    const root = renderPythonPackages([{ package: 'vocabulary', model, values: [] }], 'py-checks-');
    writeFileSync(join(root, 'pyrightconfig.json'), JSON.stringify({ typeCheckingMode: 'strict', pythonVersion: '3.9' }));
    const pyright = spawnSync(
      join(ROOT, 'node_modules', '.bin', 'pyright'),
      ['-p', join(root, 'pyrightconfig.json'), '--outputjson', join(root, 'vocabulary')],
      { encoding: 'utf8' },
    );
    const report = JSON.parse(pyright.stdout) as { generalDiagnostics: { file: string; range: { start: { line: number } }; message: string }[] };
    expect(report.generalDiagnostics.map((d) => `${d.file}:${d.range.start.line + 1}: ${d.message}`)).toEqual([]);
    expect(readFileSync(join(root, 'vocabulary', '_checks.py'), 'utf8')).toContain('def check_');
  }, 300_000);

  it('leaves to the interpreter what it does not compile: unevaluated*, an asserted format, a number no double holds', () => {
    const defs = {
      Plain: { type: 'object', properties: { a: { type: 'string', pattern: '^a' } } },
      Closed: { type: 'object', properties: { a: { type: 'string' } }, unevaluatedProperties: false },
      Huge: { type: 'integer', maximum: 18446744073709551616 },
      // Refused before any code is written: a check that calls Huge's is not left half-written.
      UsesHuge: { type: 'object', properties: { h: { $ref: '#/$defs/Huge' } } },
      Day: { type: 'string', format: 'date' },
    };
    const model = modelFromText(schema(defs), 'what.json');
    const compiled = (formats: boolean): string[] => {
      const checks = compileChecks(model, formats).checks;
      return model.declarations.filter((d) => checks.has(d.id)).map((d) => d.schemaName);
    };
    expect(compiled(false)).toEqual(['Plain', 'Day']);
    expect(compiled(true)).toEqual(['Plain']);
    // Those still validate, through the interpreter: from_json of every declaration agrees with it.
    const root = renderPythonPackages([{ package: 'fallback', model, values: [], options: { formats: 'assert' } }], 'py-checks-');
    const script = `
import sys
sys.path.insert(0, sys.argv[1])
from fallback.models.closed import Closed
from fallback.models.huge import HugeAdapter
from fallback.models.uses_huge import UsesHuge
from fallback.models.day import DayAdapter
from fallback.exceptions import ValidationError
def ok(parse, text):
    try:
        parse(text)
        return True
    except ValidationError:
        return False
print([ok(Closed.from_json, '{"a": "x"}'), ok(Closed.from_json, '{"b": 1}'), ok(HugeAdapter.validate_json, '18446744073709551616'),
       ok(HugeAdapter.validate_json, '18446744073709551617'), ok(UsesHuge.from_json, '{"h": 18446744073709551616}'), ok(UsesHuge.from_json, '{"h": 18446744073709551617}'),
       ok(DayAdapter.validate_json, '"2024-02-29"'), ok(DayAdapter.validate_json, '"2024-02-30"')])
`;
    const result = spawnSync('python3', ['-W', 'error', '-c', script, root], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.stdout.trim()).toBe('[True, False, True, False, True, False, True, False]');
  });
});
