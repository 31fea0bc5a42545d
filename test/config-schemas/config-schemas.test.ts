// Issue 18: configuration-file schemas of the kind SchemaStore publishes, as a class (fixtures/,
// written in their style: draft-04, -06, -07, 2019-09 and 2020-12; a root schema that is the model,
// titled or named after its file; relative file references between sibling files and subfolders,
// to a file's root and into its "definitions"; editor keywords; rule levels of strings and
// integers, [level, options] tuples, maps of a definition, patternProperties, type arrays, large
// enums, boolean-or-object unions, defaults and examples, allOf with a $ref, formats, and an
// object of 300 properties, past the 254 a Java constructor could take). Each fixture generates with the real CLI for every target; the
// outputs compile at the strictest settings, each language in ONE build for all fixtures; and
// the valid and invalid instances of fixtures/<f>/samples.json agree with Ajv (oracle.ts, each
// schema read in its own draft, its files as written) in all four languages.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Project } from 'ts-morph';
import { beforeAll, describe, expect, it } from 'vitest';
import { listFiles } from '../../generator/files.js';
import { loadModel } from '../../generator/index.js';
import { compareWithAjv, describe as describeTally } from '../helpers/agreement.js';
import { ROOT } from '../helpers/cases.js';
import { runCli, type CliResult } from '../helpers/cli.js';
import { runVectors, type Outcome, type Vector } from '../helpers/protocol.js';
import { pyrightFiles } from '../helpers/python.js';
import { STRICT_TS } from '../helpers/typescript.js';
import { RUNNERS, type RunnerUnit } from '../runners/index.js';
import { makeFileOracle } from './oracle.js';

const FIXTURES = join(ROOT, 'test', 'config-schemas', 'fixtures');
const MINUTES = 60_000;

interface Fixture {
  readonly key: string;
  /** The root schema's file, relative to the fixture's folder. */
  readonly root: string;
  readonly valid: readonly Vector[];
  readonly invalid: readonly Vector[];
  /** Target options over the defaults, for every code target. */
  readonly options: Readonly<Record<string, string>>;
}

// Target options over the defaults, per fixture. None needs any: composer's published
// package-name pattern, ^[a-z0-9]([_.-]?[a-z0-9]+)*/..., backtracks exponentially ("aaaa...!"),
// and was accepted only with patterns=allow-backtracking until such patterns ran on the
// linear-time matcher (README, "Security"); it now generates with the defaults.
const SPECIAL: Readonly<Record<string, Partial<Fixture>>> = {};

const fixtures: Fixture[] = listFiles(FIXTURES)
  .filter((p) => p.endsWith('/samples.json'))
  .map((p) => {
    const key = p.split('/')[0]!;
    const samples = JSON.parse(readFileSync(join(FIXTURES, p), 'utf8')) as { schema: string; valid: Vector[]; invalid: Vector[] };
    return { key, root: samples.schema, valid: samples.valid, invalid: samples.invalid, options: {}, ...SPECIAL[key] };
  })
  .sort((a, b) => a.key.localeCompare(b.key));

const schemaPath = (f: Fixture): string => join(FIXTURES, f.key, f.root);
const pythonPackage = (f: Fixture): string => `cfg_${f.key.replace(/-/g, '_')}`;
const work = mkdtempSync(join(tmpdir(), 'config-schemas-'));
const outOf = (f: Fixture): string => join(work, 'cli', f.key);

/**
 * The editors' annotations the fixtures use (stages/keywords.ts EDITOR_ANNOTATIONS): known, so
 * silent, and --strict accepts them. json-schema-to-typescript's "tsType" is the one keyword of
 * another tool they carry that warns: ignoring it changes that tool's output.
 */
const EDITOR_KEYWORDS = [
  'markdownDescription',
  'deprecationMessage',
  'enumDescriptions',
  'markdownEnumDescriptions',
  'errorMessage',
  'doNotSuggest',
  'allowComments',
  'allowTrailingCommas',
  'defaultSnippets',
];
const WARNED_TOOL_KEYWORDS = ['tsType'];

describe('configuration-file schemas (SchemaStore style)', () => {
  const runs = new Map<string, CliResult>();
  const started = Date.now();

  beforeAll(() => {
    for (const f of fixtures) {
      const targets = ['typescript', 'python', 'csharp', 'java', 'docs'];
      const options = [
        ...['typescript', 'python', 'csharp', 'java'].flatMap((t) => Object.entries(f.options).map(([k, v]) => `${t}.${k}=${v}`)),
        `python.package=${pythonPackage(f)}`,
      ];
      runs.set(
        f.key,
        runCli([
          'generate',
          '--schema',
          schemaPath(f),
          '--out',
          outOf(f),
          ...targets.flatMap((t) => ['--target', t]),
          ...options.flatMap((o) => ['--option', o]),
        ]),
      );
    }
  });

  it('has at least 8 fixtures, across draft-04, -06, -07, 2019-09 and 2020-12', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(8);
    const dialects = new Set(fixtures.map((f) => String((JSON.parse(readFileSync(schemaPath(f), 'utf8')) as { $schema: string }).$schema)));
    expect([...dialects].sort()).toEqual([
      'http://json-schema.org/draft-04/schema#',
      'http://json-schema.org/draft-06/schema#',
      'http://json-schema.org/draft-07/schema#',
      'https://json-schema.org/draft/2019-09/schema',
      'https://json-schema.org/draft/2020-12/schema',
    ]);
  });

  it.each(fixtures.map((f) => [f.key, f] as const))(
    '%s: the CLI generates every target; editor annotations load silently, a keyword of another tool with a warning',
    (_key, f) => {
      const run = runs.get(f.key)!;
      expect(run.status, run.stderr).toBe(0);
      expect(run.stderr).not.toMatch(/^error/m);
      for (const line of run.stderr.split('\n').filter((l) => l.startsWith('warning:'))) {
        // The only warnings: another tool's keyword, and a default that does not validate.
        expect(line).toMatch(/^warning: (unknown keyword "(\w+)" ignored as an annotation|the default of "\w+" does not validate)/);
        const name = /unknown keyword "(\w+)"/.exec(line)?.[1];
        if (name !== undefined) expect(WARNED_TOOL_KEYWORDS, line).toContain(name);
      }
      const files = listFiles(outOf(f));
      for (const target of ['typescript/index.ts', 'docs/README.md', `python/${pythonPackage(f)}/__init__.py`]) expect(files).toContain(target);
      expect(files.some((p) => p.startsWith('java/src/main/java/'))).toBe(true);
    },
  );

  it('--strict accepts every editor annotation the fixtures carry, and refuses "tsType"', () => {
    const texts = new Map(fixtures.map((f) => [f, listFiles(join(FIXTURES, f.key)).map((p) => readFileSync(join(FIXTURES, f.key, p), 'utf8')).join('\n')]));
    // Every annotation listed occurs in some fixture, so the silence above is tested for each.
    for (const keyword of EDITOR_KEYWORDS) expect([...texts.values()].some((t) => t.includes(`"${keyword}"`)), keyword).toBe(true);
    for (const [f, text] of texts) {
      const load = (): unknown => loadModel(schemaPath(f), { strict: true });
      if (WARNED_TOOL_KEYWORDS.some((k) => text.includes(`"${k}"`))) expect(load, f.key).toThrow(/unknown keyword "tsType" .*refused by --strict/);
      else expect(load, f.key).not.toThrow();
    }
  });

  it.each(fixtures.map((f) => [f.key, f] as const))('%s: its samples are valid or invalid as labelled, by Ajv', (key, f) => {
    const oracle = makeFileOracle(join(FIXTURES, key), f.root);
    for (const v of f.valid) expect(oracle.validate(v.schema, v.json).ok, JSON.stringify(v)).toBe(true);
    for (const v of f.invalid) expect(oracle.validate(v.schema, v.json).ok, JSON.stringify(v)).toBe(false);
  });

  it('a wrong default is a warning naming it, and the generated code leaves it out', () => {
    const run = runs.get('babelrc')!;
    expect(run.stderr).toContain('warning: the default of "sourceMaps" does not validate');
    expect(run.stderr).toContain('babelrc.json#/properties/sourceMaps/default');
  });

  it('TypeScript: every fixture compiles strict in one program, 0 diagnostics', { timeout: 5 * MINUTES }, () => {
    const project = new Project({ compilerOptions: STRICT_TS, skipAddingFilesFromTsConfig: true });
    for (const f of fixtures) project.addSourceFileAtPath(join(outOf(f), 'typescript', 'index.ts'));
    expect(project.getPreEmitDiagnostics().map((d) => `${d.getSourceFile()?.getFilePath()}: ${String(d.getMessageText())}`)).toEqual([]);
  });

  it('Python: pyright strict over every fixture in one run, and python3 -W error imports every module', { timeout: 5 * MINUTES }, () => {
    const dirs = fixtures.map((f) => join(outOf(f), 'python'));
    const config = join(work, 'pyrightconfig.json');
    writeFileSync(config, JSON.stringify({ typeCheckingMode: 'strict', pythonVersion: '3.9' }));
    // A runtime module is checked once; its copies in the other fixtures' outputs only where they differ.
    const { files } = pyrightFiles(dirs);
    const pyright = spawnSync(join(ROOT, 'node_modules', '.bin', 'pyright'), ['-p', config, '--outputjson', ...files], { encoding: 'utf8' });
    const report = JSON.parse(pyright.stdout) as { generalDiagnostics: { file: string; message: string }[]; summary: { filesAnalyzed: number } };
    expect(report.generalDiagnostics.map((d) => `${d.file}: ${d.message}`)).toEqual([]);
    expect(report.summary.filesAnalyzed).toBe(files.length);
    for (const dir of dirs) {
      const modules = listFiles(dir)
        .filter((p) => p.endsWith('.py'))
        .map((p) => p.replace(/(\/__init__)?\.py$/, '').replaceAll('/', '.'));
      const imported = spawnSync('python3', ['-W', 'error', '-c', modules.map((m) => `import ${m}`).join('\n')], {
        encoding: 'utf8',
        cwd: dir,
        env: { ...process.env, PYTHONPATH: dir },
      });
      expect(imported.status, imported.stderr).toBe(0);
    }
  });

  // The runners render each fixture as the CLI does (loadModel + renderModel) and build ONE
  // program per language at the strictest settings: dotnet build with warnings as errors and
  // nullable on, javac --release 8 -Xlint:all -Werror (test/runners/).
  describe.each(Object.keys(RUNNERS))('%s agrees with Ajv on every fixture', (target) => {
    const mine = fixtures;
    const vectors: Vector[] = mine.flatMap((f) => [...f.valid, ...f.invalid].map((v) => ({ ...v, case: f.key })));
    let outcomes: Outcome[] = [];

    beforeAll(async () => {
      const units: RunnerUnit[] = mine.map((f) => ({ key: f.key, schemaPath: schemaPath(f), options: f.options }));
      const runner = await RUNNERS[target]!(units, mkdtempSync(join(work, `runner-${target}-`)));
      outcomes = await runVectors(runner, vectors);
    }, 10 * MINUTES);

    it.each(mine.map((f) => [f.key, f] as const))('%s', (key, f) => {
      const pairs = vectors.map((v, i) => [v, outcomes[i]!] as const).filter(([v]) => v.case === key);
      const tally = compareWithAjv(
        makeFileOracle(join(FIXTURES, key), f.root),
        pairs.map(([v]) => v),
        pairs.map(([, o]) => o),
      );
      expect(tally.disagreements, describeTally(tally)).toEqual([]);
      expect(tally.accepted).toBe(f.valid.length);
      expect(tally.rejected).toBe(f.invalid.length);
    });
  });

  it('reports its time', () => {
    process.stderr.write(`config-schemas: ${fixtures.length} fixtures, ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  });
});
