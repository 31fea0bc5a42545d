// The real OpenAI OpenAPI document (../shared/specs/openai, as published, YAML and JSON), whole
// (1,422 components.schemas and every operation's schemas): the CLI generates every target from
// either file, the same code from both (compared, so it is compiled once), and the code compiles at
// the strictest settings (tsc strict, pyright strict and `python3 -W error` imports, dotnet build
// with warnings as errors, javac -Xlint:all -Werror). Minutes, not seconds: each compiler reads
// ~2,900 files once. In CI (CI=true) a missing spec fails; elsewhere the test says loudly that it
// did not run. Then every example the spec gives (openai-examples.ts) runs through that compiled
// code with the real runners (test/runners/prebuilt.ts, which build only the runner programs):
// the ones Ajv accepts round-trip equal in all four languages, the others are rejected at a
// pointer Ajv reports, the same in all four but for the splits listed in openai-examples-known.txt.

import { execFile, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Project } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../../generator/files.js';
import { loadModel } from '../../generator/index.js';
import { compareWithAjv, describe as describeTally } from '../helpers/agreement.js';
import { ROOT } from '../helpers/cases.js';
import { runCli } from '../helpers/cli.js';
import { runVectors, type Outcome } from '../helpers/protocol.js';
import { STRICT_TS } from '../helpers/typescript.js';
import { dotnetBuild } from '../runners/csharp.js';
import { JAVAC_FLAGS } from '../runners/java.js';
import { PREBUILT_RUNNERS } from '../runners/prebuilt.js';
import { judgeExamples, pointerSplits, readKnownSplits, summary, type Judged } from './openai-examples.js';

const SPEC_DIR = join(ROOT, '..', 'shared', 'specs', 'openai');
const SPECS = ['openapi.yaml', 'openapi.json'].map((f) => join(SPEC_DIR, f));
const JARS = ['jackson-core', 'jackson-databind', 'jackson-annotations'].map((j) => `/usr/share/java/${j}.jar`);

const missing = SPECS.filter((s) => !existsSync(s));
if (missing.length > 0 && process.env['CI'] !== 'true') {
  process.stderr.write(`\n!!! ${'='.repeat(70)}\n!!! The OpenAI spec test DID NOT RUN: ${missing.join(', ')} not found.\n!!! ${'='.repeat(70)}\n\n`);
}

const MINUTES = 60_000;
const KNOWN_SPLITS = join(ROOT, 'test', 'openapi', 'openai-examples-known.txt');

describe.skipIf(missing.length > 0 && process.env['CI'] !== 'true')('the whole OpenAI OpenAPI document', () => {
  const work = mkdtempSync(join(tmpdir(), 'openai-spec-'));
  const outOf = (spec: string): string => join(work, spec.endsWith('.yaml') ? 'yaml' : 'json');
  /** The C# build's assembly, which the examples' C# runner references. */
  let assembly = '';

  it('is there (CI fails without it)', () => {
    expect(missing, 'the spec files ../shared/specs/openai/openapi.{yaml,json}').toEqual([]);
  });

  it('generates every target from the YAML and the JSON file, the same code from both', { timeout: 3 * MINUTES }, () => {
    for (const spec of SPECS) {
      // Each file's bytes under one name, its format told by its content: the name is part of the
      // output (banners, the validators' URIs, references out of a schema resource), so the two
      // outputs are then the same byte for byte.
      const input = join(work, `${spec.endsWith('.yaml') ? 'yaml' : 'json'}-input`);
      mkdirSync(input);
      copyFileSync(spec, join(input, 'openai'));
      const result = runCli(['generate', '--schema', join(input, 'openai'), '--out', outOf(spec)]);
      expect(result.status, result.stderr).toBe(0);
      // Read with a 2019-09 meaning, and said so, with the pointer (openapi-recursive.ts).
      expect(result.stderr).toContain('openai#/components/schemas/CompoundFilter');
    }
    const files = (dir: string): string[] => listFiles(dir).filter((p) => !p.startsWith('.'));
    const [yaml, json] = SPECS.map(outOf) as [string, string];
    expect(files(yaml)).toEqual(files(json));
    expect(files(json)).toContain('typescript/index.ts');
    for (const path of files(json)) {
      expect(readFileSync(join(yaml, path), 'utf8'), path).toBe(readFileSync(join(json, path), 'utf8'));
    }
    const ts = readFileSync(join(json, 'typescript', 'index.ts'), 'utf8');
    expect(ts).toContain('RealtimeClientEventConversationItemTruncate');
    expect(ts).toContain('RealtimeServerEventConversationItemTruncated');
    const schemas = (JSON.parse(readFileSync(SPECS[1]!, 'utf8')) as { components: { schemas: object } }).components.schemas;
    // One type per schema at least (names are cased per target: "MCPTool" is McpTool), and the hoisted ones.
    expect(ts.match(/^export (type|interface) /gm)!.length).toBeGreaterThan(Object.keys(schemas).length);
  });

  it('TypeScript compiles strict, with 0 diagnostics', { timeout: 3 * MINUTES }, () => {
    const project = new Project({ compilerOptions: STRICT_TS, skipAddingFilesFromTsConfig: true });
    project.addSourceFileAtPath(join(outOf(SPECS[1]!), 'typescript', 'index.ts'));
    expect(project.getPreEmitDiagnostics().map((d) => String(d.getMessageText()))).toEqual([]);
  });

  it('Python passes pyright strict and imports under python3 -W error', { timeout: 15 * MINUTES }, () => {
    const python = join(outOf(SPECS[1]!), 'python');
    const config = join(work, 'pyrightconfig.json');
    writeFileSync(config, JSON.stringify({ typeCheckingMode: 'strict', pythonVersion: '3.9' }));
    const pyright = spawnSync(join(ROOT, 'node_modules', '.bin', 'pyright'), ['-p', config, '--outputjson', python], { encoding: 'utf8' });
    const report = JSON.parse(pyright.stdout) as { generalDiagnostics: { file: string; message: string }[]; summary: { filesAnalyzed: number } };
    expect(report.generalDiagnostics.map((d) => `${d.file}: ${d.message}`)).toEqual([]);
    expect(report.summary.filesAnalyzed).toBeGreaterThan(1422); // every schema's module, not a few
    const modules = listFiles(python)
      .filter((p) => p.endsWith('.py'))
      .map((p) => p.replace(/(\/__init__)?\.py$/, '').replaceAll('/', '.'));
    // A script, not -c: ~2,900 imports are longer than one command-line argument may be.
    const script = join(work, 'import_all.py');
    writeFileSync(script, modules.map((m) => `import ${m}`).join('\n'));
    const imported = spawnSync('python3', ['-W', 'error', script], { encoding: 'utf8', cwd: python, env: { ...process.env, PYTHONPATH: python } });
    expect(imported.status, imported.stderr).toBe(0);
  });

  it('C# builds with warnings as errors', { timeout: 10 * MINUTES }, async () => {
    const csharp = join(outOf(SPECS[1]!), 'csharp');
    const project = readdirSync(csharp).find((f) => f.endsWith('.csproj'))!;
    expect(readFileSync(join(csharp, project), 'utf8')).toContain('<TreatWarningsAsErrors>true</TreatWarningsAsErrors>');
    await dotnetBuild(join(csharp, project));
    assembly = join(csharp, 'out', project.replace(/\.csproj$/, '.dll'));
    expect(existsSync(assembly), assembly).toBe(true);
  });

  it('Java compiles with javac --release 8 -Xlint:all -Werror', { timeout: 10 * MINUTES }, async () => {
    const java = join(outOf(SPECS[1]!), 'java', 'src', 'main', 'java');
    const sources = listFiles(java)
      .filter((p) => p.endsWith('.java'))
      .map((p) => join(java, p));
    const classes = join(work, 'classes');
    mkdirSync(classes, { recursive: true });
    // An argument file: ~2,900 paths are longer than a command line may be.
    const argfile = join(work, 'sources.txt');
    writeFileSync(argfile, sources.join('\n'));
    const { stdout, stderr } = await promisify(execFile)('javac', [...JAVAC_FLAGS, '-cp', JARS.join(':'), '-d', classes, `@${argfile}`], {
      maxBuffer: 1 << 26,
    });
    expect(`${stdout}${stderr}`).toBe('');
    expect(listFiles(classes).some((p) => p.includes('RealtimeClientEventConversationItemTruncate'))).toBe(true);
  });

  // The examples, through the code compiled above: the model of the same input, Ajv's verdicts.
  let judged: Judged | null = null;
  const outcomes: Record<string, Outcome[]> = {};
  const examples = (): Judged => (judged ??= judgeExamples(loadModel(join(work, 'json-input', 'openai')), JSON.parse(readFileSync(SPECS[1]!, 'utf8'))));

  for (const language of Object.keys(PREBUILT_RUNNERS))
    it(`examples: ${language} round-trips every one Ajv accepts, rejects the others where Ajv does`, { timeout: 5 * MINUTES }, async () => {
      const { model, examples: all, oracle, accepted } = examples();
      const vectors = all.map((e) => e.vector);
      const built = {
        model,
        out: outOf(SPECS[1]!),
        javaClasses: join(work, 'classes'),
        csharpAssembly: assembly,
        schemas: new Set(vectors.map((v) => v.schema)),
      };
      const runner = await PREBUILT_RUNNERS[language]!(built, join(work, 'examples'));
      outcomes[language] = await runVectors(runner, vectors);
      const tally = compareWithAjv(oracle, vectors, outcomes[language]);
      expect(tally.disagreements, describeTally(tally)).toEqual([]);
      expect(tally.accepted).toBe(accepted.filter(Boolean).length);
    });

  it('examples: all four reject each at the same pointer, but for the known, explained splits', () => {
    const judgedExamples = examples();
    expect(Object.keys(outcomes).sort()).toEqual(Object.keys(PREBUILT_RUNNERS).sort());
    process.stdout.write(`${summary(judgedExamples, outcomes)}\n`);
    // Every kind found, and rejections among them: a collector that finds nothing fails.
    const kinds = new Set(judgedExamples.examples.map((e) => e.kind));
    expect([...kinds].sort()).toEqual(['declaration', 'media type', 'property', 'x-oaiMeta', 'x-oaiMeta response']);
    expect(judgedExamples.accepted.filter((ok) => !ok).length).toBeGreaterThan(0);
    const known = readKnownSplits(readFileSync(KNOWN_SPLITS, 'utf8'));
    const splits = pointerSplits(judgedExamples.examples, outcomes);
    // Both ways: a new split fails, and so does a listed one that no longer splits.
    expect(
      splits.filter((s) => !known.has(s)),
      'splits not in openai-examples-known.txt',
    ).toEqual([]);
    expect(
      [...known.keys()].filter((k) => !splits.includes(k)),
      'listed in openai-examples-known.txt, no longer splits',
    ).toEqual([]);
  });
});
