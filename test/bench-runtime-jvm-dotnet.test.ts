// The runtime benchmark's C# and Java runners (test/bench/runtime/csharp.mjs, java.mjs) cannot
// rot: each runs with --quick on the canonical input only (the manifest from runtime.mjs
// --prepare-only), and its one JSON document must have the contract's shape, with every subject
// checked to do the work (ours and JsonSchema.Net accept the input and reject its broken copy,
// ours round-trips, quicktype's classes bind it). No figure is asserted. A runner given a
// "broken" copy that is the valid input must refuse to measure. TypeScript and Python:
// test/bench-runtime.test.ts. A missing toolchain is a failure in CI, elsewhere a loud NOT RUN.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RUNTIME, expectMeasuredRows, notRun, runWithUnbrokenCopy, type Check, type Result } from './helpers/bench-runtime.js';
import { ROOT } from './helpers/cases.js';

/** Whether the language's toolchain is here; missing in CI is a failure, elsewhere a loud NOT RUN. */
function toolchain(language: 'csharp' | 'java'): boolean {
  const missing =
    language === 'csharp'
      ? spawnSync('dotnet', ['--version'], { encoding: 'utf8' }).status === 0
        ? null
        : 'dotnet (the .NET SDK)'
      : spawnSync('javac', ['-version'], { encoding: 'utf8' }).status !== 0
        ? 'javac (JDK 17)'
        : ['jackson-core', 'jackson-databind', 'jackson-annotations'].find((j) => !existsSync(`/usr/share/java/${j}.jar`))
          ? "Debian's libjackson2-databind-java (bash .ci/setup-system.sh)"
          : null;
  return missing === null || notRun(language, `${missing} is missing`);
}

interface RunnerDocument {
  language: string;
  runtime: string;
  checks: Check[];
  results: Result[];
}

const work = mkdtempSync(join(tmpdir(), 'bench-runtime-jvm-dotnet-'));
let manifestPath = '';

beforeAll(() => {
  const prepared = spawnSync(process.execPath, [join(RUNTIME, 'runtime.mjs'), '--prepare-only', '--quick', '--input', 'canonical', '--work', work], { cwd: ROOT, encoding: 'utf8' });
  expect(prepared.status, prepared.stderr).toBe(0);
  manifestPath = join(work, 'manifest.json');
}, 60_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The subjects (subject, operation, name) every document must hold for the canonical input. */
const EXPECTED = {
  csharp: [
    ['floor', 'parse', 'JsonDocument.Parse'],
    ['peer', 'parse+validate', 'JsonSchema.Net 8.0.5'],
    ['peer', 'parse+bind', 'System.Text.Json source-generated plain class (quicktype)'],
    ['ours', 'parse+validate+bind', 'schema-codegen'],
    ['ours', 'validate', 'schema-codegen'],
    ['ours', 'serialize', 'schema-codegen'],
  ],
  java: [
    ['floor', 'parse', 'Jackson readTree'],
    ['peer', 'parse+bind', 'Jackson databind plain classes (quicktype)'],
    ['ours', 'parse+validate+bind', 'schema-codegen'],
    ['ours', 'validate', 'schema-codegen'],
    ['ours', 'serialize', 'schema-codegen'],
  ],
} as const;

for (const language of ['csharp', 'java'] as const) {
  describe.skipIf(!toolchain(language))(`runtime benchmark (--quick, canonical input): ${language}`, () => {
    let run: ReturnType<typeof spawnSync>;
    let doc: RunnerDocument;

    beforeAll(() => {
      run = spawnSync(process.execPath, [join(RUNTIME, `${language}.mjs`), manifestPath, '--quick'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26 });
      expect(run.status, String(run.stderr)).toBe(0);
      doc = JSON.parse(String(run.stdout));
    }, 150_000);

    it('prints one document with every subject, each checked to do the work', () => {
      expect(String(run.stdout).trim().split('\n')).toHaveLength(1);
      expect(doc.language).toBe(language);
      expect(doc.runtime).toMatch(/\d+\.\d+/);
      expectMeasuredRows(doc.results);
      const main = doc.results.filter((r) => r.extra !== true).map((r) => [r.subject, r.operation, r.name]);
      expect(main).toEqual(EXPECTED[language]);
      // The orchestrator takes the first floor for the targets.
      expect(doc.results.find((r) => r.subject === 'floor')?.extra).toBeUndefined();
      expect(doc.checks.find((c) => c.subject === 'ours')).toMatchObject({ input: 'canonical', accepts: true, rejectsInvalid: true, roundTrip: true });
      const validators = doc.checks.filter((c) => c.subject === 'peer' && c.name !== 'quicktype');
      expect(validators.map((c) => c.name)).toEqual(language === 'csharp' ? ['JsonSchema.Net 8.0.5'] : []);
      for (const check of validators) expect(check).toMatchObject({ accepts: true, rejectsInvalid: true });
      expect(doc.checks.find((c) => c.name === 'quicktype')).toMatchObject({ accepts: true });
    });

    it('refuses to measure when the broken copy is valid', () => {
      const result = runWithUnbrokenCopy(manifestPath, work, language);
      expect(result.status).not.toBe(0);
      expect(result.stderr).toMatch(/check failed: canonical: ours accepts the broken copy/);
      expect(result.stdout).toBe('');
    }, 60_000);
  });
}
