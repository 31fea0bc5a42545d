// The Python runtime (templates/python/runtime/*.py) as ordinary Python source, checked by
// Python's own tools before any generated case sees it:
// - pyright strict (Python 3.9, as for generated code) over the runtime and its unit tests;
// - `python3 -W error` import of both modules;
// - the unit tests in test/runtime/python/ (unittest, warnings as errors);
// - the sources import only the standard library and each other (relatively), which is why the
//   target copies them unchanged under any python.package; and what ships is the source itself.
// The sources are imported as the package `rtpkg`: a temporary folder holds a link of that name to
// templates/python/runtime/. Python runs with -B, so no __pycache__ lands among the sources (the
// target's fingerprint reads every file there).

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { modelFromText, renderModel } from '../../generator/index.js';
import { ROOT, targetDefaults } from '../helpers/cases.js';
import { RUNTIME_FILES } from '../../generator/targets/python/index.js';

const RUNTIME = join(ROOT, 'templates', 'python', 'runtime');
const TESTS = join(ROOT, 'test', 'runtime', 'python');
const SOURCES = [...RUNTIME_FILES].sort();
let packageRoot = '';

beforeAll(() => {
  packageRoot = mkdtempSync(join(tmpdir(), 'python-runtime-'));
  symlinkSync(RUNTIME, join(packageRoot, 'rtpkg'), 'dir');
});

function python(args: readonly string[]): { status: number | null; stdout: string; stderr: string } {
  const env = { ...process.env, PYTHONPATH: packageRoot, PYTHONDONTWRITEBYTECODE: '1' };
  return spawnSync('python3', ['-B', '-W', 'error', ...args], { encoding: 'utf8', cwd: TESTS, env });
}

describe('python runtime sources', () => {
  it('are the files the target copies', () => {
    expect(readdirSync(RUNTIME).sort()).toEqual(SOURCES);
  });

  it('pyright strict, runtime and unit tests: 0 errors, 0 warnings', () => {
    const config = join(packageRoot, 'pyrightconfig.json');
    writeFileSync(config, JSON.stringify({ typeCheckingMode: 'strict', pythonVersion: '3.9', extraPaths: [packageRoot] }));
    const result = spawnSync(join(ROOT, 'node_modules', '.bin', 'pyright'), ['-p', config, '--outputjson', RUNTIME, TESTS], { encoding: 'utf8' });
    const report = JSON.parse(result.stdout) as { generalDiagnostics: { file: string; range: { start: { line: number } }; message: string }[]; summary: { filesAnalyzed: number; errorCount: number; warningCount: number } };
    expect(report.generalDiagnostics.map((d) => `${d.file}:${d.range.start.line + 1} ${d.message}`)).toEqual([]);
    expect(report.summary.errorCount + report.summary.warningCount).toBe(0);
    expect(report.summary.filesAnalyzed).toBe(readdirSync(RUNTIME).length + readdirSync(TESTS).filter((f) => f.endsWith('.py')).length);
  });

  it('import with warnings as errors', () => {
    const result = python(['-c', 'import rtpkg._runtime as r, rtpkg.exceptions as e; assert r.ValidationError is e.ValidationError; assert all(hasattr(r, n) for n in r.__all__); print(len(r.__all__))']);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('30\n');
  });

  it('unittest: every test passes, with warnings as errors', () => {
    const result = python(['-m', 'unittest', 'discover', '-v', '-s', TESTS, '-t', TESTS]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/\nRan (\d+) tests in [\d.]+s\n\nOK\n$/);
    expect(Number(/\nRan (\d+) tests/.exec(result.stderr)![1])).toBeGreaterThanOrEqual(24);
    expect(result.stderr).not.toMatch(/skipped|expected failure/);
  });

  it('import only the standard library and each other, relatively (so no package name to substitute)', () => {
    const result = python(['-c', `
import ast, sys
for name in sys.argv[1:]:
    tree = ast.parse(open(name, encoding="utf-8").read())
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            tops = [alias.name.split(".")[0] for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            tops = [] if node.level > 0 else [(node.module or "").split(".")[0]]
        else:
            continue
        for top in tops:
            print(name, top, top == "__future__" or top in sys.stdlib_module_names)
`, ...SOURCES.map((f) => join(RUNTIME, f))]);
    expect(result.status, result.stderr).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines.length).toBeGreaterThan(3);
    expect(lines.filter((l) => !l.endsWith(' True'))).toEqual([]);
    expect(readFileSync(join(RUNTIME, '_runtime.py'), 'utf8')).toContain('\nfrom .exceptions import ValidationError, ValidationIssue\n');
  });

  it('ship as they are, after the banner, under any package', () => {
    const model = modelFromText(JSON.stringify({ $schema: 'https://json-schema.org/draft/2020-12/schema', $defs: { A: { type: 'string' } } }), 'a.json');
    const files = renderModel(model, { targets: ['python'], options: { python: { ...targetDefaults('python'), package: 'acme.models_pkg' } }, templates: null });
    const banner = '# Generated by schema-codegen from a.json. Do not edit: change the schema and regenerate.\n\n';
    for (const file of SOURCES) expect(files.get(`python/acme/models_pkg/${file}`), file).toBe(banner + readFileSync(join(RUNTIME, file), 'utf8'));
  });

  it('leave no bytecode among the sources or tests', () => {
    expect(existsSync(join(RUNTIME, '__pycache__'))).toBe(false);
    expect(existsSync(join(TESTS, '__pycache__'))).toBe(false);
  });
});
