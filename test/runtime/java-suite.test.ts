// The Java schema interpreter (templates/java/runtime/com/openai/validation/) on the official
// JSON-Schema-Test-Suite, draft 2020-12 (required, optional/, optional/format with format
// assertion on), through test/runtime/java/com/openai/validation/SuiteRunner.java: compiled with
// javac --release 8 -Xlint:all -Werror, run on one JVM over a jobs file (test/helpers/suite.ts).
// The disagreements must EQUAL test/runtime/java/suite-failures.txt (each with its reason there),
// and every answer must have isValid == (validate is empty). Handwritten cases pin the error
// contract: locations, messages, order.

import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cases.js';
import { errorDifferences, typescriptAnswers } from '../helpers/suite-reference.js';
import { RESOLUTIONS } from '../helpers/uri-resolutions.js';
import { disagreements, failureId, knownFailures, readSuite, suiteRoot, writeJobs, type SuiteAnswer, type SuiteError } from '../helpers/suite.js';
import { JAVA_FLAGS, JAVAC_FLAGS } from '../runners/java.js';

const run = promisify(execFile);
const JARS = ['jackson-core', 'jackson-databind', 'jackson-annotations'].map((j) => `/usr/share/java/${j}.jar`);
const SOURCES = join(ROOT, 'templates', 'java', 'runtime', 'com', 'openai', 'validation');
const RUNNER = join(ROOT, 'test', 'runtime', 'java', 'com', 'openai', 'validation', 'SuiteRunner.java');
const FAILURES = join(ROOT, 'test', 'runtime', 'java', 'suite-failures.txt');
const WORK = mkdtempSync(join(tmpdir(), 'java-suite-'));
const CLASSES = join(WORK, 'classes');
const SUITE = suiteRoot();

let javacOutput = '';

beforeAll(async () => {
  mkdirSync(CLASSES, { recursive: true });
  const files = [
    ...readdirSync(SOURCES)
      .filter((f) => f.endsWith('.java'))
      .map((f) => join(SOURCES, f)),
    RUNNER,
  ];
  try {
    const { stdout, stderr } = await run('javac', [...JAVAC_FLAGS, '-cp', JARS.join(':'), '-d', CLASSES, ...files], { maxBuffer: 16 * 1024 * 1024 });
    javacOutput = `${stdout}${stderr}`;
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    javacOutput = `${e.stdout ?? ''}${e.stderr ?? ''}` || e.message;
  }
});

/** Runs the jobs file on one JVM; the answers by id. */
async function answers(jobsFile: string): Promise<SuiteAnswer[]> {
  const { stdout } = await run('java', [...JAVA_FLAGS, '-cp', [CLASSES, ...JARS].join(':'), 'com.openai.validation.SuiteRunner', jobsFile], {
    maxBuffer: 256 * 1024 * 1024,
  });
  return stdout
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as SuiteAnswer);
}

const folderOf = (id: string): string => (id.startsWith('optional/format/') ? 'optional/format' : id.startsWith('optional/') ? 'optional' : 'required');

it('the interpreter and its runner compile with javac --release 8 -Xlint:all -Werror: 0 warnings', () => {
  expect(javacOutput).toBe('');
});

describe.skipIf(SUITE === null)('the JSON-Schema-Test-Suite, draft 2020-12', () => {
  it('disagrees exactly on the known failures of suite-failures.txt', async () => {
    expect(javacOutput).toBe('');
    const groups = readSuite(join(SUITE!, 'tests', 'draft2020-12'), { optional: true });
    const jobs = join(WORK, 'suite.jsonl');
    writeJobs(jobs, SUITE!, groups, 'java');
    const javaAnswers = await answers(jobs);
    const wrong = disagreements(groups, javaAnswers);
    const figures = new Map<string, { agree: number; total: number }>();
    const wrongIds = new Set(wrong.map(failureId));
    for (const g of groups) {
      const f = figures.get(folderOf(g.id)) ?? { agree: 0, total: 0 };
      g.tests.forEach((_t, i) => {
        f.total += 1;
        if (!wrongIds.has(`${g.id}#${i}`)) f.agree += 1;
      });
      figures.set(folderOf(g.id), f);
    }
    console.log(
      [...figures].map(([folder, f]) => `java suite ${folder}: ${f.agree}/${f.total} (${((100 * f.agree) / f.total).toFixed(1)} %)`).join('\n') +
        (wrong.length > 0 ? `\n${wrong.join('\n')}` : ''),
    );
    expect(wrong.map(failureId).sort()).toEqual(knownFailures(FAILURES).sort());
    // The same errors (instance and keyword locations, in order) as the TypeScript runtime.
    expect(errorDifferences(groups, javaAnswers, typescriptAnswers(SUITE!, groups))).toEqual([]);
  });
});

/** A handwritten case: the schema (known by ROOT_URI, validated at `at` when given), the instance, the errors expected in order. */
interface Case {
  readonly name: string;
  readonly schema: unknown;
  readonly at?: string;
  readonly formatAssertion?: boolean;
  readonly instance: unknown;
  readonly errors: readonly SuiteError[];
}

const ROOT_URI = 'https://example.com/contract.json';
const err = (instanceLocation: string, keywordLocation: string, message: string): SuiteError => ({ instanceLocation, keywordLocation, message });

const CASES: readonly Case[] = [
  {
    name: 'assertions before applicators, required one error per name, $ref as a segment, false at the schema itself',
    schema: { properties: { a: { $ref: '#/$defs/pos' } }, $defs: { pos: { minimum: 0 } }, additionalProperties: false, required: ['b', 'c'] },
    instance: { a: -1, extra: 1 },
    errors: [
      err('', '/required', "must have required property 'b'"),
      err('', '/required', "must have required property 'c'"),
      err('/a', '/properties/a/$ref/minimum', 'must be >= 0'),
      err('/extra', '/additionalProperties', 'boolean schema is false'),
    ],
  },
  {
    name: 'anyOf and not: one error at the applicator, none of the branches',
    schema: { anyOf: [{ type: 'string' }, { minimum: 5 }], not: { type: 'number' } },
    instance: 1,
    errors: [err('', '/anyOf', 'must match a schema in anyOf'), err('', '/not', 'must NOT be valid')],
  },
  {
    name: 'oneOf with two passing branches',
    schema: { oneOf: [{ type: 'integer' }, { minimum: 0 }] },
    instance: 3,
    errors: [err('', '/oneOf', 'must match exactly one schema in oneOf')],
  },
  {
    name: 'contains reports minContains when written, maxItems first',
    schema: { contains: { type: 'string' }, minContains: 2, maxContains: 3, maxItems: 1 },
    instance: [1, 'a'],
    errors: [err('', '/maxItems', 'must NOT have more than 1 items'), err('', '/minContains', 'must contain at least 2 valid item(s)')],
  },
  {
    name: 'contains without minContains, and maxContains',
    schema: { items: { contains: { const: 1 }, maxContains: 1 } },
    instance: [[2], [1, 1]],
    errors: [err('/0', '/items/contains', 'must contain at least 1 valid item(s)'), err('/1', '/items/maxContains', 'must contain at most 1 valid item(s)')],
  },
  {
    name: 'propertyNames: one error, naming the first invalid name',
    schema: { propertyNames: { maxLength: 2 } },
    instance: { ab: 1, abc: 2, abcd: 3 },
    errors: [err('', '/propertyNames', "property name 'abc' is invalid")],
  },
  {
    name: 'numbers print as JSON numbers; type arrays join with a comma; lengths in code points',
    schema: { multipleOf: 0.0001, exclusiveMaximum: 1e-7, items: { type: ['string', 'null'] }, maxLength: 1 },
    instance: 0.00015,
    errors: [err('', '/multipleOf', 'must be multiple of 0.0001'), err('', '/exclusiveMaximum', 'must be < 1e-7')],
  },
  {
    name: 'items and type arrays; a string of one astral code point is one character',
    schema: { items: { type: ['string', 'null'], maxLength: 1 } },
    instance: ['\u{1F600}', 2, 'ab'],
    errors: [err('/1', '/items/type', 'must be string,null'), err('/2', '/items/maxLength', 'must NOT have more than 1 characters')],
  },
  {
    name: 'if/then/else: the branch taken; dependentRequired one error per missing name',
    schema: { if: { minProperties: 2 }, then: { required: ['z'] }, else: { maxProperties: 0 }, dependentRequired: { a: ['b', 'c'] } },
    instance: { a: 1 },
    errors: [
      err('', '/dependentRequired', 'must have property b when property a is present'),
      err('', '/dependentRequired', 'must have property c when property a is present'),
      err('', '/else/maxProperties', 'must NOT have more than 0 properties'),
    ],
  },
  {
    name: 'unevaluatedProperties sees allOf annotations, none of a failing keyword (/xy); pointers escape ~ and /',
    schema: { allOf: [{ properties: { a: true } }], unevaluatedProperties: false, patternProperties: { '^x': { enum: [1] } } },
    instance: { a: 1, 'b/c~': 2, xy: 2 },
    errors: [
      err('/xy', '/patternProperties/^x/enum', 'must be equal to one of the allowed values'),
      err('/b~1c~0', '/unevaluatedProperties', 'boolean schema is false'),
      err('/xy', '/unevaluatedProperties', 'boolean schema is false'),
    ],
  },
  {
    name: 'validation at a $defs pointer, through $dynamicRef',
    schema: { $defs: { Name: { $dynamicAnchor: 'n', properties: { x: { $dynamicRef: '#n' } }, const: { x: {} } } } },
    at: '#/$defs/Name',
    instance: { x: { x: 1 } },
    errors: [
      err('', '/const', 'must be equal to constant'),
      err('/x', '/properties/x/$dynamicRef/const', 'must be equal to constant'),
      err('/x/x', '/properties/x/$dynamicRef/properties/x/$dynamicRef/const', 'must be equal to constant'),
    ],
  },
  {
    name: 'format asserts when asked; uniqueItems by JSON equality (1 equals 1.0)',
    schema: { format: 'ipv4', uniqueItems: true },
    formatAssertion: true,
    instance: 'x',
    errors: [err('', '/format', 'must match format "ipv4"')],
  },
  {
    name: 'uniqueItems over more than 8 items (hashed): 1e2 equals 100.0',
    schema: { items: { uniqueItems: true } },
    instance: [
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 1e2, 'a', [1], { a: 1 }],
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 1e2, 'a', [1], { a: 1 }, 100.0],
    ],
    errors: [err('/1', '/items/uniqueItems', 'must NOT have duplicate items')],
  },
  {
    name: 'uniqueItems by JSON equality: 1 equals 1.0, objects unordered',
    schema: { uniqueItems: true },
    instance: [
      { a: 1, b: [1.0] },
      { b: [1], a: 1.0 },
    ],
    errors: [err('', '/uniqueItems', 'must NOT have duplicate items')],
  },
];

describe('the error contract (handwritten cases)', () => {
  it('locations, messages and order; isValid agrees with validate', async () => {
    expect(javacOutput).toBe('');
    const jobs = join(WORK, 'contract.jsonl');
    const lines = [JSON.stringify({ documents: {} })];
    CASES.forEach((c, i) =>
      lines.push(
        JSON.stringify({
          id: String(i),
          root: ROOT_URI + (c.at ?? ''),
          schema: c.schema,
          patterns: {},
          formatAssertion: c.formatAssertion ?? false,
          instances: [c.instance],
        }),
      ),
    );
    lines.push(JSON.stringify({ id: 'loop', root: ROOT_URI, schema: { $ref: '#' }, patterns: {}, formatAssertion: false, instances: [1] }));
    const loop = { $defs: { a: { allOf: [{ $ref: '#/$defs/b' }] }, b: { anyOf: [{ $ref: '#/$defs/a' }] } }, $ref: '#/$defs/a', unevaluatedProperties: false };
    lines.push(JSON.stringify({ id: 'loop2', root: ROOT_URI, schema: loop, patterns: {}, formatAssertion: false, instances: [{ x: 1 }] }));
    // A recursive schema over an instance 200 levels deep: valid, on the JVM's default stack (about 400 fit).
    let deep: unknown = 1;
    for (let i = 0; i < 200; i++) deep = [deep];
    const tree = { $defs: { t: { anyOf: [{ type: 'integer' }, { type: 'array', items: { $ref: '#/$defs/t' } }] } }, $ref: '#/$defs/t' };
    lines.push(JSON.stringify({ id: 'deep', root: ROOT_URI, schema: tree, patterns: {}, formatAssertion: false, instances: [deep, [[['x']]]] }));
    // java.util.regex recurses once per repetition of a group: on a long string it exhausts the
    // stack, which is no match (as core's StringSchema decides), never a crash or a refusal.
    lines.push(
      JSON.stringify({
        id: 'regex',
        root: ROOT_URI,
        schema: { pattern: '^(a|b)*$' },
        patterns: {},
        formatAssertion: false,
        instances: ['ab', 'a'.repeat(300000)],
      }),
    );
    // Numbers JSON.stringify cannot write (beyond a double), as raw JSON text: exact by their digits.
    const big = {
      id: 'big',
      root: ROOT_URI,
      schema: { multipleOf: 0.3 },
      patterns: {},
      formatAssertion: false,
      instances: ['3E100000', '1e100000', '0.9', '1e-100000'],
    };
    lines.push(JSON.stringify(big).replace(/"(3E100000|1e100000|0\.9|1e-100000)"/g, '$1'));
    writeFileSync(jobs, `${lines.join('\n')}\n`);
    const byId = new Map((await answers(jobs)).map((a) => [a.id, a]));
    CASES.forEach((c, i) => {
      const answer = byId.get(String(i));
      expect(answer, c.name).toEqual({ id: String(i), results: [{ valid: c.errors.length === 0, errors: c.errors }] });
    });
    // An endless $ref loop is refused, not a hang or a crash of the runner.
    const notMultiple = { valid: false, errors: [err('', '/multipleOf', 'must be multiple of 0.3')] };
    expect(byId.get('big')).toEqual({ id: 'big', results: [{ valid: true, errors: [] }, notMultiple, { valid: true, errors: [] }, notMultiple] });
    const noMatch = { valid: false, errors: [err('', '/pattern', 'must match pattern "^(a|b)*$"')] };
    expect(byId.get('regex')).toEqual({ id: 'regex', results: [{ valid: true, errors: [] }, noMatch] });
    expect(byId.get('loop')).toEqual({ id: 'loop', refused: expect.stringMatching(/more than 128 schemas applied in a row/) as unknown });
    expect(byId.get('loop2')).toEqual({ id: 'loop2', refused: expect.stringMatching(/more than 128 schemas applied in a row/) as unknown });
    expect(byId.get('deep')).toEqual({
      id: 'deep',
      results: [
        { valid: true, errors: [] },
        { valid: false, errors: [err('', '/$ref/anyOf', 'must match a schema in anyOf')] },
      ],
    });
  });
});

describe('URI references resolved as RFC 3986 section 5 says (Uris.resolve)', () => {
  it('resolves the RFC examples and urn:, empty-path and file: bases', async () => {
    expect(javacOutput).toBe('');
    const input = join(WORK, 'resolve.txt');
    writeFileSync(input, RESOLUTIONS.map(([base, ref]) => `${base} ${ref}\n`).join(''));
    const { stdout } = await run('java', [...JAVA_FLAGS, '-cp', [CLASSES, ...JARS].join(':'), 'com.openai.validation.SuiteRunner', '--resolve', input]);
    expect(stdout.split('\n').slice(0, RESOLUTIONS.length)).toEqual(RESOLUTIONS.map(([, , out]) => out));
  });
});
