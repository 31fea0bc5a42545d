// The Python schema interpreter (templates/python/runtime/_schema*.py) on the official
// JSON-Schema-Test-Suite, draft 2020-12: required files, optional/, and optional/format with format
// assertion on. The disagreements must be exactly those listed, with their reasons, in
// test/runtime/python/suite-failures.txt. Also: its unit tests (the error contract) and its imports.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cases.js';
import { errorDifferences, typescriptAnswers } from '../helpers/suite-reference.js';
import { disagreements, failureId, knownFailures, readSuite, suiteRoot, writeJobs, type SuiteAnswer, type SuiteGroup } from '../helpers/suite.js';

const RUNTIME = join(ROOT, 'templates', 'python', 'runtime');
const TESTS = join(ROOT, 'test', 'runtime', 'python');
const FAILURES = join(TESTS, 'suite-failures.txt');
const SUITE = suiteRoot();
let work = '';

function python(args: readonly string[]): { status: number | null; stdout: string; stderr: string } {
  const env = { ...process.env, PYTHONPATH: work, PYTHONDONTWRITEBYTECODE: '1' };
  return spawnSync('python3', ['-B', '-W', 'error', ...args], { encoding: 'utf8', cwd: TESTS, env, maxBuffer: 1 << 30 });
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'python-suite-'));
  symlinkSync(RUNTIME, join(work, 'rtpkg'), 'dir');
});

const FOLDERS: readonly [string, (id: string) => boolean][] = [
  ['required', (id) => !id.startsWith('optional/')],
  ['optional/', (id) => id.startsWith('optional/') && !id.startsWith('optional/format/')],
  ['optional/format', (id) => id.startsWith('optional/format/')],
];

describe.runIf(SUITE !== null)('python schema interpreter on the JSON-Schema-Test-Suite (draft2020-12)', () => {
  let groups: SuiteGroup[] = [];
  let answers: SuiteAnswer[] = [];

  beforeAll(() => {
    groups = readSuite(join(SUITE!, 'tests', 'draft2020-12'), { optional: true });
    const jobs = join(work, 'jobs.jsonl');
    writeJobs(jobs, SUITE!, groups, 'python');
    const result = python([join(TESTS, 'suite_runner.py'), jobs]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    answers = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as SuiteAnswer);
  }, 300_000);

  it('disagrees with the suite exactly where suite-failures.txt says', () => {
    const wrong = disagreements(groups, answers);
    const figures = FOLDERS.map(([name, inFolder]) => {
      const tests = groups.filter((g) => inFolder(g.id)).reduce((n, g) => n + g.tests.length, 0);
      const bad = wrong.filter((w) => inFolder(w)).length;
      return `${name}: ${tests - bad}/${tests} (${(((tests - bad) / tests) * 100).toFixed(2)} %)`;
    });
    console.log(`python interpreter agreement: ${figures.join(', ')}`);
    expect(wrong.map(failureId).sort(), wrong.join('\n')).toEqual(knownFailures(FAILURES).sort());
  });

  it('reports the same errors (instance and keyword locations, in order) as the TypeScript runtime', () => {
    expect(errorDifferences(groups, answers, typescriptAnswers(SUITE!, groups))).toEqual([]);
  });

  it('answers every job, and reports errors exactly when invalid', () => {
    expect(answers.map((a) => a.id)).toEqual(groups.map((g) => g.id));
    const inconsistent = disagreements(groups, answers).filter((w) => w.includes(' errors)'));
    expect(inconsistent).toEqual([]);
  });
});

describe('python schema interpreter', () => {
  it('unittest (the error contract: locations, messages, order), warnings as errors', () => {
    const result = python(['-m', 'unittest', '-v', 'test_schema_interpreter']);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/\nRan (\d+) tests in [\d.]+s\n\nOK\n$/);
    expect(result.stderr).not.toMatch(/skipped|expected failure/);
  });

  it('imports only the standard library and its own modules, relatively', () => {
    const files = readdirSync(RUNTIME).filter((f) => f.startsWith('_schema'));
    expect(files.length).toBeGreaterThan(3);
    const result = python([
      '-c',
      `
import ast, sys
for name in sys.argv[1:]:
    for node in ast.walk(ast.parse(open(name, encoding="utf-8").read())):
        if isinstance(node, ast.Import):
            tops = [alias.name.split(".")[0] for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            tops = [] if node.level > 0 else [(node.module or "").split(".")[0]]
        else:
            continue
        for top in tops:
            print(name, top, top == "__future__" or top in sys.stdlib_module_names)
`,
      ...files.map((f) => join(RUNTIME, f)),
    ]);
    expect(result.status, result.stderr).toBe(0);
    expect(
      result.stdout
        .trim()
        .split('\n')
        .filter((l) => !l.endsWith(' True')),
    ).toEqual([]);
    expect(readFileSync(join(RUNTIME, '_schema.py'), 'utf8')).toContain('\nfrom ._schema_uri import ');
  });
});
