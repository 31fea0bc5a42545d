// The source verdicts of the diff, proven: a consumer written against the output of the base
// schema (test/diff/consumers/) is compiled against the output of each case's new schema in the
// real toolchain of every language (tsc strict, pyright strict, dotnet build with warnings as
// errors, javac -Xlint:all -Werror), ONE compile per language for all cases, and must fail exactly
// for the cases where the diff says a change breaks that target's source at compile time. The
// consumer also compiles against the base output itself (unit "base"), and no generated file may
// have an error. Deprecation warnings are left out (NoWarn CS0612/CS0618, -Xlint:-deprecation):
// the diff calls a deprecation compatible, a warning.

import { execFile, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { CODE_TARGETS, type CodeTarget } from '../../generator/diff/index.js';
import { loadModel, renderModel } from '../../generator/index.js';
import type { Model } from '../../generator/model/ir.js';
import { TARGETS } from '../../generator/targets/index.js';
import { RUNTIME_SOURCES, withNamespace } from '../../generator/targets/csharp/runtime.js';
import { ROOT } from '../helpers/cases.js';
import { dotnetBuild, projectFile } from '../runners/csharp.js';
import { JAVAC_FLAGS } from '../runners/java.js';
import { SharedRuntime } from '../runners/shared-runtime.js';
import { BASE, diffCase, diffCases, writeNewSchema } from './fixtures.js';

const CONSUMERS = join(dirname(fileURLToPath(import.meta.url)), 'consumers');
const JARS = ['jackson-core', 'jackson-databind', 'jackson-annotations'].map((j) => `/usr/share/java/${j}.jar`);

interface Unit {
  readonly key: string;
  readonly model: Model;
  /** The targets whose consumer the diff says no longer compiles. */
  readonly breaks: ReadonlySet<CodeTarget>;
}

const work = mkdtempSync(join(tmpdir(), 'diff-compat-'));
const units: Unit[] = [{ key: 'base', model: loadModel(BASE), breaks: new Set() }];
for (const c of diffCases()) {
  const report = diffCase(c, join(work, 'schemas'));
  const breaks = new Set(CODE_TARGETS.filter((t) => report.changes.some((ch) => ch.source[t].how === 'compile')));
  units.push({ key: c.name, model: loadModel(writeNewSchema(c, join(work, 'schemas'))), breaks });
}
const ident = (key: string): string => key.replace(/[^A-Za-z0-9]/g, '_');

/** The units whose consumer file has an error, and errors anywhere else (which must not happen). */
interface Outcome {
  readonly broken: Set<string>;
  readonly elsewhere: string[];
}

function attribute(errors: readonly { file: string; text: string }[], consumerOf: (file: string) => string | null): Outcome {
  const broken = new Set<string>();
  const elsewhere: string[] = [];
  for (const e of errors) {
    const unit = consumerOf(e.file);
    if (unit === null) elsewhere.push(e.text);
    else broken.add(unit);
  }
  return { broken, elsewhere };
}

function expectExactly(outcome: Outcome, t: CodeTarget): void {
  expect(outcome.elsewhere).toEqual([]);
  const expected = units.filter((u) => u.breaks.has(t)).map((u) => u.key);
  expect([...outcome.broken].sort()).toEqual(expected.sort());
}

async function typescript(): Promise<Outcome> {
  const root = join(work, 'ts');
  for (const u of units) {
    const dir = join(root, ident(u.key));
    mkdirSync(dir, { recursive: true });
    for (const [path, content] of renderModel(u.model, { targets: ['typescript'], options: { typescript: TARGETS['typescript']!.defaults }, templates: null }))
    {
      const file = join(dir, path.slice('typescript/'.length));
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, content);
    }
    cpSync(join(CONSUMERS, 'consumer.ts.txt'), join(dir, 'consumer.ts'));
  }
  const options = { strict: true, exactOptionalPropertyTypes: true, noUncheckedIndexedAccess: true, noImplicitReturns: true, target: 'es2022', module: 'esnext', moduleResolution: 'bundler', lib: ['es2022'], types: [], noEmit: true };
  writeFileSync(join(root, 'tsconfig.json'), JSON.stringify({ compilerOptions: options, include: ['**/*.ts'] }));
  const result = spawnSync(join(ROOT, 'node_modules', '.bin', 'tsc'), ['-p', join(root, 'tsconfig.json'), '--pretty', 'false'], { encoding: 'utf8' });
  const errors = result.stdout.split('\n').filter((l) => / error TS\d+/.test(l)).map((l) => ({ file: resolve(l.slice(0, l.indexOf('('))), text: l }));
  return attribute(errors, (file) => (file.endsWith('/consumer.ts') ? unitOf(file, root) : null));
}

function unitOf(file: string, root: string): string | null {
  const folder = file.slice(root.length + 1).split('/')[0]!;
  return units.find((u) => ident(u.key) === folder)?.key ?? null;
}

async function python(): Promise<Outcome> {
  const root = join(work, 'py');
  const consumers: string[] = [];
  for (const u of units) {
    const pkg = `u_${ident(u.key)}`;
    for (const [path, content] of renderModel(u.model, { targets: ['python'], options: { python: { ...TARGETS['python']!.defaults, package: pkg } }, templates: null })) {
      if (!path.startsWith(`python/${pkg}/`)) continue;
      const file = join(root, path.slice('python/'.length));
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, content);
    }
    const consumer = join(root, `consumer_${ident(u.key)}.py`);
    writeFileSync(consumer, readFileSync(join(CONSUMERS, 'consumer.py'), 'utf8').replace(/__UNIT__/g, pkg));
    consumers.push(consumer);
  }
  writeFileSync(join(root, 'pyrightconfig.json'), JSON.stringify({ typeCheckingMode: 'strict', pythonVersion: '3.9' }));
  const result = spawnSync(join(ROOT, 'node_modules', '.bin', 'pyright'), ['-p', join(root, 'pyrightconfig.json'), '--outputjson', ...consumers], { encoding: 'utf8', cwd: root });
  const diagnostics = (JSON.parse(result.stdout) as { generalDiagnostics: { file: string; severity: string; message: string }[] }).generalDiagnostics;
  const errors = diagnostics.filter((d) => d.severity === 'error').map((d) => ({ file: d.file, text: `${d.file}: ${d.message}` }));
  return attribute(errors, (file) => {
    const m = /consumer_(\w+)\.py$/.exec(file);
    return m === null ? null : (units.find((u) => ident(u.key) === m[1])?.key ?? null);
  });
}

async function csharp(): Promise<Outcome> {
  const root = join(work, 'cs');
  const runtime = new SharedRuntime('csharp');
  units.forEach((u, i) => {
    const namespace = `Diff.U${i}`;
    const dir = join(root, `U${i}`);
    mkdirSync(dir, { recursive: true });
    for (const [path, content] of renderModel(u.model, { targets: ['csharp'], options: { csharp: { ...TARGETS['csharp']!.defaults, namespace } }, templates: null })) {
      if (!path.endsWith('.cs')) continue;
      const name = path.slice('csharp/'.length);
      if (RUNTIME_SOURCES.includes(name)) runtime.add(name, withNamespace(content, 'Diff', name), namespace);
      else writeFileSync(join(dir, name), content);
    }
    writeFileSync(join(dir, 'Consumer.cs'), readFileSync(join(CONSUMERS, 'Consumer.cs'), 'utf8').replace(/__UNIT__/g, namespace));
  });
  mkdirSync(join(root, 'runtime'), { recursive: true });
  for (const [name, content] of runtime.entries()) writeFileSync(join(root, 'runtime', name), content);
  writeFileSync(join(root, 'Diff.csproj'), projectFile('Library', '  <PropertyGroup>\n    <NoWarn>CS0612;CS0618</NoWarn>\n  </PropertyGroup>\n'));
  let log = '';
  try {
    await dotnetBuild(join(root, 'Diff.csproj'));
  } catch (error) {
    log = (error as Error).message;
  }
  const errors = [...new Set(log.split('\n').filter((l) => /: error [A-Z]+\d+/.test(l)))].map((l) => ({ file: l.trim().slice(0, l.trim().indexOf('(')), text: l.trim() }));
  return attribute(errors, (file) => {
    const m = /\/U(\d+)\/Consumer\.cs$/.exec(file);
    return m === null ? null : units[Number(m[1])]!.key;
  });
}

async function java(): Promise<Outcome> {
  const root = join(work, 'java');
  const runtime = new SharedRuntime('java');
  const paths: string[] = [];
  const write = (path: string, content: string): void => {
    const file = join(root, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
    paths.push(file);
  };
  units.forEach((u, i) => {
    const pkg = `diff.u${i}`;
    const own = `java/src/main/java/diff/u${i}/`;
    for (const [path, content] of renderModel(u.model, { targets: ['java'], options: { java: { ...TARGETS['java']!.defaults, package: pkg, runtimePackage: 'com.openai' } }, templates: null })) {
      if (path.startsWith(own)) write(path.slice('java/src/main/java/'.length), content);
      else if (path.endsWith('.java')) runtime.add(path.slice('java/src/main/java/'.length), content, u.key);
    }
    write(`diff/u${i}/Consumer.java`, readFileSync(join(CONSUMERS, 'Consumer.java'), 'utf8').replace(/__UNIT__/g, pkg));
  });
  for (const [path, content] of runtime.entries()) write(path, content);
  const flags = JAVAC_FLAGS.map((f) => (f === '-Xlint:all' ? '-Xlint:all,-deprecation' : f));
  let output = '';
  try {
    await promisify(execFile)('javac', [...flags, '-Xmaxerrs', '100000', '-cp', JARS.join(':'), '-d', join(root, 'classes'), ...paths], { maxBuffer: 256 * 1024 * 1024 });
  } catch (error) {
    output = String((error as { stderr?: string }).stderr ?? '');
  }
  const errors = output
    .split('\n')
    .filter((l) => /^\/.*\.java:\d+: error:/.test(l))
    .map((l) => ({ file: l.slice(0, l.indexOf('.java:') + 5), text: l }));
  return attribute(errors, (file) => {
    const m = /\/diff\/u(\d+)\/Consumer\.java$/.exec(file);
    return m === null ? null : units[Number(m[1])]!.key;
  });
}

const BUILDS: Record<CodeTarget, () => Promise<Outcome>> = { typescript, python, csharp, java };
const outcomes = new Map<CodeTarget, Outcome>();

describe('a consumer of the old output compiles against the new exactly when the diff says', () => {
  beforeAll(async () => {
    // One at a time: the machine is shared, and dotnet and javac each take both cores.
    for (const t of CODE_TARGETS) outcomes.set(t, await BUILDS[t]());
  }, 900_000);

  for (const t of CODE_TARGETS) {
    it(t, () => {
      expect(units.length).toBeGreaterThan(20);
      expectExactly(outcomes.get(t)!, t);
    });
  }
});
