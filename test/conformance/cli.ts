// npm run conformance -- --suite DIR... [--ref-map URI_PREFIX=DIR]... [--json FILE] [--language L]...
//                        [--not-passed FILE]
//   The official JSON-Schema-Test-Suite's format (DIR is one dialect's folder, e.g.
//   ../shared/json-schema-test-suite/tests/draft2020-12; subfolders such as optional/ and
//   optional/format/ are included) through every target's generated code (suite-conformance.ts).
//   --suite repeats: each language then builds one runner for all the dialects. Prints per
//   dialect and language the groups accepted and the tests agreeing, then every file with a
//   disagreement; --json writes the report in the shape issue 17 gives (one --suite). Exit 1 on
//   any disagreement. --not-passed FILE rewrites the dialects' lines of the list suite.test.ts
//   holds runs to (not-passed.ts; all languages, never in CI). CONFORMANCE_TIMING=1 prints the
//   time each phase took (test/runners/timing.ts).
//   --ref-map maps referenced URIs onto local folders as the generator's option does, e.g.
//   --ref-map http://localhost:1234/=DIR/../../remotes for the suite's remote references.
// npm run conformance -- --vectors FILE [--schema FILE]
//   The cross-language vectors suite (conformance.test.ts) on other vectors or another schema.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { printTimings } from '../runners/timing.js';
import { writeNotPassed } from './not-passed.js';
import { formatReport, LANGUAGES, refusalOf, runSuitesConformance, type Language } from './suite-conformance.js';

const args = process.argv.slice(2);
const value = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const values = (name: string): string[] => args.flatMap((a, i) => (a === name && args[i + 1] !== undefined ? [args[i + 1]!] : []));

async function main(): Promise<number> {
  const suites = values('--suite');
  if (suites.length === 0) return vectorsMode();
  const languages = values('--language');
  const unknown = languages.filter((l) => !(LANGUAGES as readonly string[]).includes(l));
  if (unknown.length > 0) throw new Error(`unknown --language ${unknown.join(', ')}: use ${LANGUAGES.join(', ')}`);
  const json = value('--json');
  if (json !== undefined && suites.length > 1) throw new Error('--json writes one suite\'s report: give one --suite');
  const chosen = languages.length > 0 ? (languages as Language[]) : LANGUAGES;
  const notPassed = value('--not-passed');
  if (notPassed !== undefined && (chosen.length < LANGUAGES.length || process.env['CI'] === 'true')) {
    throw new Error('--not-passed rewrites the list from a run of every language, never in CI');
  }
  const runs = await runSuitesConformance(
    suites.map((s) => resolve(s)),
    mkdtempSync(join(tmpdir(), 'conformance-suite-')),
    chosen,
    refMap(values('--ref-map')),
  );
  printTimings();
  for (const run of runs) {
    console.log(`${run.dialect}: ${formatReport(run, chosen)}`);
    for (const [id, reason] of run.refused) console.log(`  refused ${id}: ${reason}`);
  }
  if (json !== undefined) writeFileSync(resolve(json), `${JSON.stringify(runs[0]!.report, null, 2)}\n`);
  if (notPassed !== undefined) {
    writeNotPassed(resolve(notPassed), new Map(runs.map((r) => [r.dialect, r])), (d, run) => {
      const refusal = refusalOf(run, d);
      if (refusal !== undefined) return `refused: ${refusal}`;
      return `pending: ${d.expected ? 'rejects a valid instance' : 'accepts an invalid instance'}`;
    });
    console.log(`wrote ${notPassed}`);
  }
  return runs.every((r) => r.report.disagreements.length === 0) ? 0 : 1;
}

/** "URI_PREFIX=DIR" pairs (the last "=" splits) -> prefix -> absolute folder. */
function refMap(pairs: readonly string[]): Record<string, string> {
  const map: Record<string, string> = {};
  for (const pair of pairs) {
    const at = pair.lastIndexOf('=');
    if (at <= 0 || at === pair.length - 1) throw new Error(`--ref-map ${pair}: write URI_PREFIX=DIR, e.g. http://localhost:1234/=SUITE/remotes`);
    map[pair.slice(0, at)] = resolve(pair.slice(at + 1));
  }
  return map;
}

function vectorsMode(): number {
  const env = { ...process.env };
  if (value('--vectors') !== undefined) env['CONFORMANCE_VECTORS'] = resolve(value('--vectors')!);
  if (value('--schema') !== undefined) env['CONFORMANCE_SCHEMA'] = resolve(value('--schema')!);
  return spawnSync('npx', ['vitest', 'run', 'test/conformance/conformance.test.ts'], { stdio: 'inherit', env }).status ?? 1;
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 2;
  },
);
