// The C# schema interpreter (templates/csharp/runtime/SchemaValidator*.cs and its helpers) on the
// official JSON-Schema-Test-Suite, draft2020-12 with optional/ and optional/format (formats
// asserted there): the runtime sources AS THEY ARE plus test/runtime/csharp/SuiteRunner.cs in ONE
// `dotnet build` at the generated code's settings (warnings as errors, nullable), then one run
// over a jobs file (test/helpers/suite.ts). The set of disagreements must EQUAL
// test/runtime/csharp/suite-failures.txt; the agreement per folder is printed. Also the error
// contract (locations, messages, order) on handwritten cases, through the same runner.

import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cases.js';
import { errorDifferences, typescriptAnswers } from '../helpers/suite-reference.js';
import { RESOLUTIONS } from '../helpers/uri-resolutions.js';
import { disagreements, failureId, knownFailures, patternTable, readSuite, suiteRoot, writeJobs, type SuiteAnswer, type SuiteGroup } from '../helpers/suite.js';
import { DOTNET_ENV, dotnetBuild, projectFile } from '../runners/csharp.js';
import { CONTRACT_CASES, REFUSED_CASES } from './csharp/contract-cases.js';

const run = promisify(execFile);
const HERE = join(ROOT, 'test', 'runtime', 'csharp');
const FAILURES = join(HERE, 'suite-failures.txt');
const suite = suiteRoot();
const work = mkdtempSync(join(tmpdir(), 'csharp-suite-'));
const runner = join(work, 'out', 'suite-runner.dll');

let groups: SuiteGroup[] = [];
let answers: SuiteAnswer[] = [];
let contract: SuiteAnswer[] = [];
let resolved: string[] = [];

async function runJobs(jobs: string): Promise<SuiteAnswer[]> {
  const { stdout } = await run('dotnet', [runner, jobs], { env: DOTNET_ENV, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  return stdout
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as SuiteAnswer);
}

beforeAll(async () => {
  mkdirSync(work, { recursive: true });
  const runtime = join(ROOT, 'templates', 'csharp', 'runtime');
  for (const file of readdirSync(runtime)) copyFileSync(join(runtime, file), join(work, file));
  copyFileSync(join(HERE, 'SuiteRunner.cs'), join(work, 'SuiteRunner.cs'));
  writeFileSync(join(work, 'suite-runner.csproj'), projectFile('Exe'));
  await dotnetBuild(join(work, 'suite-runner.csproj'));

  const contractJobs = join(work, 'contract.jsonl');
  const lines = [JSON.stringify({ documents: {} })];
  CONTRACT_CASES.forEach((c, i) => {
    const job = {
      id: `contract#${i}`,
      root: 'https://example.com/contract.json',
      schema: 0,
      patterns: patternTable(c.schema, 'dotnet'),
      formatAssertion: c.formatAssertion ?? false,
      instances: [0],
    };
    // JSON text spliced in, so that numbers beyond a double (c.json) reach the runner as written.
    const text = JSON.stringify({ ...job, ...(c.at === undefined ? {} : { at: c.at }) })
      .replace('"schema":0', `"schema":${c.json?.schema ?? JSON.stringify(c.schema)}`)
      .replace('"instances":[0]', `"instances":[${c.json?.instance ?? JSON.stringify(c.instance)}]`);
    lines.push(text);
  });
  REFUSED_CASES.forEach((c, i) => {
    const job = {
      id: `refused#${i}`,
      root: 'https://example.com/refused.json',
      schema: c.schema,
      patterns: patternTable(c.schema, 'dotnet'),
      formatAssertion: false,
      instances: [null],
    };
    lines.push(JSON.stringify(job));
  });
  writeFileSync(contractJobs, `${lines.join('\n')}\n`);
  contract = await runJobs(contractJobs);
  const child = execFile('dotnet', [runner, '--resolve'], { env: DOTNET_ENV, encoding: 'utf8' });
  const output = new Promise<string>((resolve, reject) => {
    let text = '';
    child.stdout!.on('data', (d: string) => (text += d));
    child.on('close', (code) => (code === 0 ? resolve(text) : reject(new Error(`--resolve exited with ${code}`))));
  });
  child.stdin!.end(RESOLUTIONS.map(([base, ref]) => `${base} ${ref}\n`).join(''));
  resolved = (await output).split('\n').slice(0, RESOLUTIONS.length);

  if (suite === null) return;
  groups = readSuite(join(suite, 'tests', 'draft2020-12'), { optional: true });
  const jobs = join(work, 'jobs.jsonl');
  writeJobs(jobs, suite, groups, 'dotnet');
  answers = await runJobs(jobs);
}, 600_000);

const FOLDERS: readonly [string, (id: string) => boolean][] = [
  ['required', (id) => !id.startsWith('optional/')],
  ['optional/', (id) => id.startsWith('optional/') && !id.startsWith('optional/format/')],
  ['optional/format', (id) => id.startsWith('optional/format/')],
];

describe('templates/csharp/runtime SchemaValidator on the JSON-Schema-Test-Suite (draft2020-12)', () => {
  it.skipIf(suite === null)('disagrees exactly on the known failures (test/runtime/csharp/suite-failures.txt)', () => {
    const wrong = disagreements(groups, answers);
    for (const [folder, inFolder] of FOLDERS) {
      const tests = groups.filter((g) => inFolder(g.id)).reduce((n, g) => n + g.tests.length, 0);
      const failing = wrong.filter((w) => inFolder(w)).length;
      console.log(`csharp ${folder}: ${tests - failing}/${tests} agree (${(((tests - failing) / tests) * 100).toFixed(2)} %)`);
    }
    writeFileSync(join(work, 'disagreements.txt'), wrong.map((w) => `${w}\n`).join(''));
    console.log(`every disagreement: ${join(work, 'disagreements.txt')}`);
    const known = knownFailures(FAILURES);
    expect(wrong.filter((w) => !known.includes(failureId(w)))).toEqual([]);
    expect(known.filter((k) => !wrong.some((w) => failureId(w) === k))).toEqual([]);
  });

  it.skipIf(suite === null)('reports the same errors (instance and keyword locations, in order) as the TypeScript runtime', () => {
    expect(errorDifferences(groups, answers, typescriptAnswers(suite!, groups))).toEqual([]);
  });

  it.skipIf(suite === null)('meets the targets: required 99.5 %, optional/ 95 %, optional/format 90 %', () => {
    const wrong = disagreements(groups, answers);
    const targets = [99.5, 95, 90];
    FOLDERS.forEach(([folder, inFolder], i) => {
      const tests = groups.filter((g) => inFolder(g.id)).reduce((n, g) => n + g.tests.length, 0);
      const agree = tests - wrong.filter((w) => inFolder(w)).length;
      expect((agree / tests) * 100, folder).toBeGreaterThanOrEqual(targets[i]!);
    });
  });
});

describe('the error contract (instanceLocation, keywordLocation, message, order)', () => {
  CONTRACT_CASES.forEach((c, i) => {
    it(c.name, () => {
      const answer = contract.find((a) => a.id === `contract#${i}`);
      expect(answer).toBeDefined();
      if (answer === undefined || 'refused' in answer) throw new Error(`refused: ${JSON.stringify(answer)}`);
      expect(answer.results[0]!.errors).toEqual(c.errors);
      expect(answer.results[0]!.valid).toBe(c.errors.length === 0);
    });
  });
});

describe('schemas refused at build, reported per job without stopping the run', () => {
  REFUSED_CASES.forEach((c, i) => {
    it(c.name, () => {
      const answer = contract.find((a) => a.id === `refused#${i}`);
      expect(answer !== undefined && 'refused' in answer ? answer.refused : answer).toMatch(c.reason);
    });
  });
});

describe('URI references resolved as RFC 3986 section 5 says (SchemaUris.Resolve)', () => {
  it('resolves the RFC examples and urn:, empty-path and file: bases', () => {
    expect(resolved).toEqual(RESOLUTIONS.map(([, , out]) => out));
  });
});
