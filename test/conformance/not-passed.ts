// The suite tests the generated code does not pass, by name, with the reason: test/conformance/
// suite-not-passed.txt, one line per test and language,
//   <dialect> <language> <file> | <group> | <test> -- <reason>
// suite.test.ts holds a run to exactly these lines (a new failure fails, and so does a listed
// test that now passes). `npm run conformance -- --suite DIR... --not-passed FILE` rewrites the
// lines of the dialects it ran from a real run, keeping the reason of every test still listed;
// a new line's reason says "pending:" until someone writes the cause. Never rewritten in CI.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { ConformanceRun, Disagreement } from './suite-conformance.js';

/** The line's key, without the dialect and the reason. */
export const testKey = (d: Disagreement): string => `${d.language} ${d.file} | ${d.group} | ${d.test}`;

export interface NotPassed {
  readonly dialect: string;
  readonly key: string;
  readonly reason: string;
}

/** The listed tests (comments "# ..." and blank lines skipped). */
export function readNotPassed(path: string): NotPassed[] {
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('#'))
    .map((line) => {
      const space = line.indexOf(' ');
      const rest = line.slice(space + 1);
      const at = rest.lastIndexOf(' -- ');
      return { dialect: line.slice(0, space), key: at < 0 ? rest : rest.slice(0, at), reason: at < 0 ? '' : rest.slice(at + 4) };
    });
}

const HEADER = `# The JSON-Schema-Test-Suite tests the generated code does not pass, one line per test and language:
#   <dialect> <language> <file> | <group> | <test> -- <reason>
# test/conformance/suite.test.ts fails when a run differs from this list either way. Regenerate it
# from a real run (keeps the reasons of the lines that stay; a new line's reason is "pending: ..."):
#   npm run conformance -- --suite ../shared/json-schema-test-suite/tests/draft2020-12 \\
#     --suite ../shared/json-schema-test-suite/tests/draft7 \\
#     --ref-map http://localhost:1234/=../shared/json-schema-test-suite/remotes \\
#     --not-passed test/conformance/suite-not-passed.txt
`;

/**
 * Rewrites the file: the lines of the dialects not run stay as they are; those of the dialects run
 * become the runs' disagreements, with the reason already listed for the test, else `reason(d)`
 * (always, for a refused group's test: its reason is the refusal's message).
 */
export function writeNotPassed(
  path: string,
  runs: ReadonlyMap<string, ConformanceRun>,
  reason: (d: Disagreement, run: ConformanceRun) => string,
): void {
  const old = readNotPassed(path);
  const known = new Map(old.map((n) => [`${n.dialect} ${n.key}`, n.reason]));
  const lines = old.filter((n) => !runs.has(n.dialect)).map((n) => `${n.dialect} ${n.key} -- ${n.reason}`);
  for (const [dialect, run] of runs) {
    for (const d of run.report.disagreements) {
      const key = `${dialect} ${testKey(d)}`;
      // A refusal's reason is the generator's message as it is now; other reasons are people's.
      const kept = known.get(key);
      const stale = kept === undefined || d.got === null || kept.startsWith('refused: ');
      lines.push(`${key} -- ${stale ? reason(d, run) : kept}`);
    }
  }
  writeFileSync(path, `${HEADER}${[...new Set(lines)].sort().join('\n')}\n`);
}
