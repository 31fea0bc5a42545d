// The generator checks the schema's own examples and defaults against its patterns. A pattern
// that backtracks exponentially (`^(a+)+$` against "aaaa...!") would hang it, and a running
// RegExp cannot be interrupted, so every such match runs in one child Node.js process (the same
// engine, so the same answers) under a time budget. The child writes one answer per pair as it
// goes; on timeout, the first unanswered pair is the one that hung, and the error names it.

import { spawnSync } from 'node:child_process';
import { SchemaError } from '../errors.js';

export const MATCH_BUDGET_MS = 2000;

/** A string from the schema's examples or defaults, with the pointer of one place it comes from. */
export interface SampleString {
  readonly value: string;
  readonly pointer: string;
}

export type Matcher = (pattern: string, value: string) => boolean;

const CHILD = `
const { writeSync } = require('node:fs');
let input = '';
process.stdin.setEncoding('utf8').on('data', (d) => (input += d)).on('end', () => {
  const { patterns, values } = JSON.parse(input);
  for (const p of patterns) {
    const re = new RegExp(p, 'u');
    for (const v of values) writeSync(1, re.test(v) ? '1' : '0');
    writeSync(1, '\\n');
  }
});`;

/** Answers pattern x value for every pair, within the budget, or throws a SchemaError. */
export function boundedMatcher(patterns: readonly string[], samples: readonly SampleString[]): Matcher {
  const values = [...new Set(samples.map((s) => s.value))];
  if (patterns.length === 0 || values.length === 0) return () => false;
  const result = spawnSync(process.execPath, ['-e', CHILD], { input: JSON.stringify({ patterns, values }), encoding: 'utf8', timeout: MATCH_BUDGET_MS, maxBuffer: 1 << 30 });
  const rows = result.stdout.split('\n');
  if (result.status !== 0) throw budgetError(patterns, values, samples, rows, result.error);
  const answers = new Map(patterns.map((p, i) => [p, rows[i]!]));
  const column = new Map(values.map((v, i) => [v, i]));
  return (pattern, value) => answers.get(pattern)?.charAt(column.get(value) ?? -1) === '1';
}

function budgetError(patterns: readonly string[], values: readonly string[], samples: readonly SampleString[], rows: readonly string[], error: Error | undefined): Error {
  if ((error as NodeJS.ErrnoException | undefined)?.code !== 'ETIMEDOUT') {
    return new Error(`checking examples against patterns failed: ${error?.message ?? 'the child process stopped'}`);
  }
  // The last row is the pattern being matched when time ran out, complete up to the value that hung.
  const pattern = patterns[rows.length - 1] ?? patterns[0]!;
  const value = values[rows[rows.length - 1]!.length] ?? values[0]!;
  const where = samples.find((s) => s.value === value)!;
  return new SchemaError(
    `checking ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)} against the pattern ${JSON.stringify(pattern)} took longer than ${MATCH_BUDGET_MS / 1000} s: the pattern backtracks super-linearly`,
    where.pointer,
    'rewrite the pattern so that no input can be matched in many ways (e.g. ^a+$ instead of ^(a+)+$), or change this value',
  );
}
