// drift-report: Drift -> a short human-readable report for --check: which files differ, and
// the first differing lines of each, so CI logs show what went stale without a local run.
// It reads no file: the check hands it both contents, read without following links (write.ts).

import type { CheckResult } from './write.js';

const MAX_LINES_PER_FILE = 6;

export function describeDrift(drift: CheckResult): string {
  const lines: string[] = [];
  for (const path of drift.added) lines.push(`  missing: ${path}`);
  for (const path of drift.removed) lines.push(`  stale (would be removed): ${path}`);
  for (const path of drift.changed) {
    lines.push(`  differs: ${path}`);
    lines.push(...firstDifferences(drift.current.get(path) ?? '', drift.expected.get(path) ?? ''));
  }
  return lines.join('\n');
}

function firstDifferences(current: string, expected: string): string[] {
  const a = current.split('\n');
  const b = expected.split('\n');
  const out: string[] = [];
  for (let i = 0; i < Math.max(a.length, b.length) && out.length < MAX_LINES_PER_FILE; i++) {
    if (a[i] === b[i]) continue;
    out.push(`    line ${i + 1}:`, `      - ${a[i] ?? '(end of file)'}`, `      + ${b[i] ?? '(end of file)'}`);
  }
  return out.slice(0, MAX_LINES_PER_FILE);
}
