// The runtime benchmark (npm run bench:runtime, test/bench/runtime/) cannot rot: its orchestrator
// runs the TypeScript and Python runners with --quick on the canonical input only, and the
// document it writes must have the contract's shape, with every subject checked to do the work
// (validators accept the input and reject its broken copy, ours round-trips). No figure is
// asserted. A runner given a "broken" copy that is the valid input must refuse to measure.
// C# and Java: test/bench-runtime-jvm-dotnet.test.ts.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { RUNTIME, expectMeasuredRows, notRun, runWithUnbrokenCopy, type Check, type Result } from './helpers/bench-runtime.js';
import { ROOT } from './helpers/cases.js';

/** Whether Debian's python3 has the Python peers; missing in CI is a failure, elsewhere a loud NOT RUN. */
function pythonPeers(): boolean {
  const probe = spawnSync(process.env['PYTHON'] ?? '/usr/bin/python3', ['-c', 'import fastjsonschema, jsonschema'], { encoding: 'utf8' });
  return (
    probe.status === 0 ||
    notRun('Python', 'the Python peers (python3-fastjsonschema, python3-jsonschema) are missing for /usr/bin/python3: run bash .ci/setup-system.sh')
  );
}

interface Language {
  status: string;
  runtime: string;
  results: Result[];
  checks: Check[];
}

describe('runtime benchmark (--quick, canonical input): TypeScript and Python', () => {
  const work = mkdtempSync(join(tmpdir(), 'bench-runtime-test-'));
  const withPython = pythonPeers();
  const languages = ['typescript', ...(withPython ? ['python'] : [])];
  let run: ReturnType<typeof spawnSync>;
  let document: { inputs: { name: string; bytes: number }[]; languages: Record<string, Language>; targets: { language: string; input: string; target: string; held: boolean }[] };

  beforeAll(() => {
    const jsonFile = join(work, 'bench-runtime.json');
    run = spawnSync(
      process.execPath,
      [join(RUNTIME, 'runtime.mjs'), '--quick', '--input', 'canonical', '--work', work, '--json', jsonFile, ...languages.flatMap((l) => ['--language', l])],
      { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26 },
    );
    document = JSON.parse(readFileSync(jsonFile, 'utf8'));
  }, 120_000);

  it('runs the runners and prints the table and the targets (exit 1 only for a missed target)', () => {
    expect(run.stderr, String(run.stderr)).not.toMatch(/check failed/);
    expect([0, 1]).toContain(run.status);
    expect(String(run.stdout)).toMatch(/targets \(issue 19, item 2\)/);
    expect(document.inputs.map((i) => i.name)).toEqual(['canonical']);
    // Exit 1 exactly when a target is missed.
    expect(run.status).toBe(document.targets.some((t) => !t.held) ? 1 : 0);
    for (const language of languages) {
      expect(document.targets.filter((t) => t.language === language).map((t) => t.target)).toEqual(['ours >= best peer', 'ours <= 2x floor time']);
    }
  });

  it.each(languages)('%s: the document has every subject, each checked to do the work', (language) => {
    const doc = document.languages[language]!;
    expect(doc.status).toBe('ok');
    expect(doc.runtime).toMatch(/\d+\.\d+/);
    expectMeasuredRows(doc.results);
    const has = (subject: string, operation: string) => doc.results.filter((r) => r.subject === subject && r.operation === operation).length;
    expect(has('floor', 'parse')).toBe(1);
    expect(has('peer', 'parse+validate')).toBe(language === 'typescript' ? 1 : 2);
    for (const operation of ['parse+validate+bind', 'validate', 'serialize']) expect(has('ours', operation)).toBe(1);
    const ours = doc.checks.find((c) => c.subject === 'ours')!;
    expect(ours).toMatchObject({ accepts: true, rejectsInvalid: true, roundTrip: true });
    const validators = doc.checks.filter((c) => c.subject === 'peer' && c.name !== 'quicktype');
    expect(validators.map((c) => c.name)).toEqual(language === 'typescript' ? ['Ajv'] : ['fastjsonschema', 'jsonschema']);
    for (const check of validators) expect(check).toMatchObject({ accepts: true, rejectsInvalid: true });
  });

  it.each(languages)('%s: a runner whose broken copy is valid refuses to measure', (language) => {
    const result = runWithUnbrokenCopy(join(work, 'manifest.json'), work, language);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/check failed: canonical: \S+ accepts the broken copy/);
    expect(result.stdout).toBe('');
  });
});
