// The model area's fixes, through the real CLI and the real toolchains:
// - item 7: a union reaching itself as a variant is refused at the $ref closing the cycle, and
//   recursion through properties, items and map values compiles and runs in all four languages;
// - item 12: explicit x-codegen names a language reserves (or the generated code takes) are refused;
// - item 13: "__proto__", "constructor", "toString"... are ordinary names: as $defs entries,
//   properties, enum values and map keys they compile and agree with Ajv in all four languages; as
//   keywords (under --strict), x-codegen sections or options they are unknown (exit 2), never a crash;
// - item 15: package and namespace options inside the platform's are refused;
// - items 16 and 17: duplicate keys and invalid UTF-8 are refused with positions, a BOM is accepted.

import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Project, ts } from 'ts-morph';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadModel, renderModel } from '../../generator/index.js';
import { PYTHON_STDLIB_MODULES } from '../../generator/targets/shared/platform-names.js';
import { listFiles } from '../../generator/files.js';
import { makeOracle } from '../helpers/ajv.js';
import { compareWithAjv, describe as describeTally } from '../helpers/agreement.js';
import { CANONICAL_SCHEMA, ROOT, defaultOptions } from '../helpers/cases.js';
import { runCli } from '../helpers/cli.js';
import { runVectors, type Outcome, type Vector } from '../helpers/protocol.js';
import { RUNNERS } from '../runners/index.js';
import { DUPLICATE_KEYS, EXPLICIT_NAMES, OBJECT_MEMBERS, UNION_CYCLES, withDefs, type Refusal } from './model/refusals.js';
import { UNITS, beyondAjvOf, vectorsOf } from './model/vectors.js';

const work = mkdtempSync(join(tmpdir(), 'sec-model-'));
const out = join(work, 'out');
const snapshot = (): Record<string, string> => Object.fromEntries(listFiles(out).map((p) => [p, readFileSync(join(out, p), 'utf8')]));
let before: Record<string, string> = {};

beforeAll(() => {
  expect(runCli(['generate', '--schema', CANONICAL_SCHEMA, '--out', out]).status).toBe(0);
  before = snapshot();
});

/** Exit 2, the message, the file and pointer, a hint, no stack, nothing written. */
function expectRefused(args: readonly string[], message: string, where: string | null): void {
  const result = runCli(['generate', '--out', out, ...args]);
  expect(result.status, result.stderr).toBe(2);
  expect(result.stderr).toContain(message);
  if (where !== null) expect(result.stderr).toContain(`\n  at ${where}\n`);
  expect(result.stderr).toMatch(/\n {2}hint: \S/);
  expect(result.stderr).not.toMatch(/internal error|\n\s+at .*\.js:\d+/);
  expect(snapshot()).toEqual(before);
}

function refuseSchema(name: string, schema: string | Buffer, message: string, pointer: string, args: readonly string[] = []): void {
  const file = join(work, `${name.replace(/[^A-Za-z0-9]+/g, '-')}.schema.json`);
  writeFileSync(file, schema);
  expectRefused(['--schema', file, ...args], message, `${file}#${pointer}`);
}

const table = (refusals: Readonly<Record<string, Refusal>>) => Object.entries(refusals).map(([name, r]) => [name, r] as const);

describe('item 7: a union reaching itself as a variant is refused', () => {
  it.each(table(UNION_CYCLES))('%s', (name, r) => refuseSchema(`cycle ${name}`, r.text, r.message, r.pointer));
});

describe('item 12: explicit names the language reserves are refused', () => {
  it.each(table(EXPLICIT_NAMES))('%s', (name, r) => refuseSchema(`name ${name}`, r.text, r.message, r.pointer));
});

describe('item 13: JavaScript object members are unknown keywords, sections and options', () => {
  // Unknown keywords are warnings unless --strict (test/unknown-keywords.test.ts); sections and options are always refused.
  it.each(table(OBJECT_MEMBERS))('%s', (name, r) => refuseSchema(`member ${name}`, r.text, r.message, r.pointer, ['--strict']));

  it.each(['typescript.constructor=x', 'python.toString=x', 'java.hasOwnProperty=x', 'csharp.valueOf=x'])('--option %s', (option) => {
    expectRefused(['--schema', CANONICAL_SCHEMA, '--target', option.split('.')[0]!, '--option', option], `has no option "${option.split('.')[1]!.split('=')[0]!}"`, null);
  });
});

describe('item 16: duplicate keys are refused with both positions', () => {
  it.each(table(DUPLICATE_KEYS))('%s', (name, r) => refuseSchema(`duplicate ${name}`, r.text, r.message, r.pointer));

  it('colons, quotes and backslashes inside strings are not keys', () => {
    const file = join(work, 'tricky-strings.schema.json');
    writeFileSync(file, withDefs(String.raw`{"A": {"type": "string", "description": "a \": b \\", "title": ":\\\":", "examples": ["{\"k\": 1}", ":"]}}`));
    const result = runCli(['generate', '--schema', file, '--out', join(work, 'tricky'), '--target', 'docs']);
    expect(result.status, result.stderr).toBe(0);
  });

  it('invalid JSON still says line and column', () => {
    refuseSchema('invalid json', `{\n  "$schema": "x",\n  "$defs": {"A": {"type": "string"},}\n}`, 'the schema is not valid JSON at line 3, column', '');
  });
});

describe('item 17: the file is UTF-8', () => {
  const latin1 = Buffer.concat([Buffer.from(`${withDefs('{"A": {"type": "string",\n "description": "caf')}`), Buffer.from([0xe9]), Buffer.from('"}}}')]);
  it.each([
    ['a Latin-1 byte', latin1, latin1.indexOf(0xe9), 2],
    ['a lone continuation byte', Buffer.concat([Buffer.from('{\n\n"a'), Buffer.from([0x80]), Buffer.from('": 1}')]), 5, 3],
    ['a sequence cut short at the end', Buffer.concat([Buffer.from('{"a": "'), Buffer.from([0xe2, 0x82])]), 7, 1],
    ['an encoded surrogate', Buffer.concat([Buffer.from('{"a": "'), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from('"}')]), 7, 1],
  ] as const)('%s is refused with its byte offset and line', (name, bytes, offset, line) => {
    refuseSchema(`utf8 ${name}`, bytes, `the schema is not valid UTF-8: byte ${offset} (line ${line})`, '');
  });

  it('a BOM is accepted and changes nothing; U+FFFD written in the file is a character like any other', () => {
    const dir = join(work, 'bom');
    mkdirSync(dir);
    const text = readFileSync(CANONICAL_SCHEMA, 'utf8').replace('"title": "', '"title": "\uFFFD ');
    writeFileSync(join(dir, 'realtime-events.schema.json'), text);
    expect(runCli(['generate', '--schema', join(dir, 'realtime-events.schema.json'), '--out', join(dir, 'plain')]).status).toBe(0);
    writeFileSync(join(dir, 'realtime-events.schema.json'), `\uFEFF${text}`);
    const result = runCli(['generate', '--schema', join(dir, 'realtime-events.schema.json'), '--out', join(dir, 'bom')]);
    expect(result.status, result.stderr).toBe(0);
    const files = listFiles(join(dir, 'plain')).filter((f) => !f.endsWith('.schema-codegen-manifest'));
    expect(files.length).toBeGreaterThan(30);
    for (const f of files) expect(readFileSync(join(dir, 'bom', f), 'utf8'), f).toBe(readFileSync(join(dir, 'plain', f), 'utf8'));
    expect(readFileSync(join(dir, 'bom', 'docs', 'README.md'), 'utf8')).toContain('\uFFFD ');
  });
});

describe('item 15: package names inside the platform are refused', () => {
  it.each([
    'python.package=json', 'python.package=typing', 'python.package=enum', 'python.package=re', 'python.package=json.models', 'python.package=__future__',
    'java.package=java.lang', 'java.package=java', 'java.package=javax.models', 'java.runtimePackage=java.util', 'java.runtimePackage=com.fasterxml.jackson.models',
    'csharp.namespace=System', 'csharp.namespace=System.Text.Json', 'csharp.namespace=Microsoft.Models',
  ])('%s', (option) => {
    const [target, rest] = option.split('.', 2) as [string, string];
    expectRefused(['--schema', CANONICAL_SCHEMA, '--target', target, '--option', option], `${target === 'java' ? `java ${rest.split('=')[0]!}` : option.split('=')[0]!} "${option.split('=')[1]!}"`, null);
  });

  it('names that only start like a platform name are accepted', () => {
    for (const option of ['python.package=jsonmodels', 'java.package=javamodels.x', 'csharp.namespace=SystemModels']) {
      const result = runCli(['generate', '--schema', CANONICAL_SCHEMA, '--out', join(work, option), '--target', option.split('.')[0]!, '--option', option]);
      expect(result.status, result.stderr).toBe(0);
    }
  });

  it('the Python list holds every module this python3 calls standard', () => {
    const result = spawnSync('python3', ['-c', 'import sys; print(" ".join(sorted(sys.stdlib_module_names)))'], { encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
    const names = result.stdout.trim().split(' ');
    expect(names.length).toBeGreaterThan(200);
    expect(names.filter((n) => !PYTHON_STDLIB_MODULES.has(n))).toEqual([]);
  });
});

describe('items 7 and 13: the names and recursions that must work compile and agree with Ajv', () => {
  const units = UNITS.map((u) => ({ key: u.key, schemaPath: join(ROOT, 'test', 'security', 'model', u.file) }));

  it('TypeScript compiles under strict flags', () => {
    const project = new Project({ compilerOptions: { strict: true, noUnusedLocals: true, noImplicitReturns: true, exactOptionalPropertyTypes: true, noUncheckedIndexedAccess: true, noPropertyAccessFromIndexSignature: true, target: ts.ScriptTarget.ES2022, lib: ['lib.es2022.d.ts'], types: [], noEmit: true }, useInMemoryFileSystem: true });
    // Each unit's module with the files it imports (validation-schema.ts, runtime/), in a folder of its own.
    for (const u of units) for (const [path, text] of renderModel(loadModel(u.schemaPath), defaultOptions(['typescript']))) project.createSourceFile(`/${u.key}/${path}`, text);
    expect(project.getPreEmitDiagnostics().map((d) => ts.flattenDiagnosticMessageText(d.getMessageText() as string, '\n'))).toEqual([]);
  });

  describe.each(Object.keys(RUNNERS))('%s', (target) => {
    const vectors: Vector[] = UNITS.flatMap((u) => [...vectorsOf(u), ...beyondAjvOf(u)].map((v) => ({ ...v, case: u.key })));
    let outcomes: Outcome[] = [];
    const dir = mkdtempSync(join(tmpdir(), `sec-model-${target}-`));

    beforeAll(async () => {
      outcomes = await runVectors(await RUNNERS[target]!(units, dir), vectors);
    });

    it.each(UNITS.map((u) => [u.key, u] as const))('%s: same decisions, pointers and round trips as Ajv', (key, u) => {
      const all = vectors.map((v, i) => [v, outcomes[i]!] as const).filter(([v]) => v.case === key);
      const mine = all.slice(0, all.length - u.beyondAjv.length);
      const tally = compareWithAjv(makeOracle(JSON.parse(readFileSync(join(ROOT, 'test', 'security', 'model', u.file), 'utf8')) as Record<string, unknown>), mine.map(([v]) => v), mine.map(([, o]) => o));
      expect(tally.disagreements, describeTally(tally)).toEqual([]);
      expect(tally.accepted).toBe(u.valid.length);
      expect(tally.rejected).toBe(u.invalid.length);
      const beyond = all.slice(mine.length).map(([v, o]) => [JSON.stringify(v.json), o.ok ? 'accepted' : o.pointer] as const);
      for (const [i, [json, got]] of beyond.entries()) expect(got.startsWith(u.beyondAjv[i]![2]), `${json} -> ${got}`).toBe(true);
    });

    if (target === 'python') {
      it('pyright strict: 0 errors, 0 warnings', () => {
        writeFileSync(join(dir, 'pyrightconfig.json'), JSON.stringify({ typeCheckingMode: 'strict', pythonVersion: '3.9', include: ['python'] }));
        const result = spawnSync(join(ROOT, 'node_modules', '.bin', 'pyright'), ['-p', join(dir, 'pyrightconfig.json'), '--outputjson'], { encoding: 'utf8', cwd: dir });
        const report = JSON.parse(result.stdout) as { generalDiagnostics: { file: string; message: string }[]; summary: { filesAnalyzed: number } };
        expect(report.generalDiagnostics.map((d) => `${d.file}: ${d.message}`)).toEqual([]);
        expect(report.summary.filesAnalyzed).toBeGreaterThan(10);
      });
    }
  });
});
