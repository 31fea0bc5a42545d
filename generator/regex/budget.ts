// The generator checks the schema's own examples and defaults against its patterns. A pattern
// that backtracks exponentially (`^(a+)+$` against "aaaa...!") would hang V8, and a running
// RegExp cannot be interrupted. So every pattern the linear-time matcher can run (all without
// lookarounds or backreferences: linear.ts) is matched by it, here, in time linear in the value;
// the others run in one child Node.js process (the engine Ajv and the TypeScript target use, so
// the same answers) under a time budget. The child writes each answer as it goes; on timeout,
// the first unanswered test is the one that hung, and the error names it.

import { spawnSync } from 'node:child_process';
import { SchemaError } from '../errors.js';
import { LinearPattern } from '../../templates/typescript/runtime/linear.js';
import { linearProgram, linearRefusal } from './linear.js';
import { parsePattern } from './parse.js';

export const MATCH_BUDGET_MS = 2000;

/** One test the example check needs: does this pattern match this string, from this example. */
export interface PatternTest {
  readonly pattern: string;
  readonly value: string;
  readonly pointer: string;
}

export type Matcher = (pattern: string, value: string) => boolean;

/** Defined by the playground's browser build (generator/playground/build.ts). */
declare const SCHEMA_CODEGEN_PLAYGROUND: boolean | undefined;

const CHILD = `
const { writeSync } = require('node:fs');
let input = '';
process.stdin.setEncoding('utf8').on('data', (d) => (input += d)).on('end', () => {
  for (const [pattern, value] of JSON.parse(input)) writeSync(1, new RegExp(pattern, 'u').test(value) ? '1' : '0');
});`;

const linearMatchers = new Map<string, LinearPattern | null>();

/** The linear-time matcher of the pattern, or null when it cannot run it. */
function linearMatcher(pattern: string): LinearPattern | null {
  let matcher = linearMatchers.get(pattern);
  if (matcher === undefined) {
    const ast = parsePattern(pattern, '');
    matcher = linearRefusal(ast) === null ? new LinearPattern(linearProgram(ast)) : null;
    linearMatchers.set(pattern, matcher);
  }
  return matcher;
}

/** Answers every test, the linear-time matcher's at once and the others within the budget (in one child process), or throws a SchemaError. */
export function boundedMatcher(tests: readonly PatternTest[]): Matcher {
  const key = (pattern: string, value: string): string => JSON.stringify([pattern, value]);
  const unique = [...new Map(tests.filter((t) => linearMatcher(t.pattern) === null).map((t) => [key(t.pattern, t.value), t])).values()];
  const inLinearTime = (pattern: string, value: string): boolean | undefined => linearMatcher(pattern)?.test(value);
  if (unique.length === 0) return (pattern, value) => inLinearTime(pattern, value) ?? false;
  // A browser has no child process; there the generator runs in a Web Worker, which is the bounded
  // process: the page ends it when it overruns (generator/playground/page.ts).
  if (typeof SCHEMA_CODEGEN_PLAYGROUND !== 'undefined') return (pattern, value) => inLinearTime(pattern, value) ?? new RegExp(pattern, 'u').test(value);
  const result = spawnSync(process.execPath, ['-e', CHILD], {
    input: JSON.stringify(unique.map((t) => [t.pattern, t.value])),
    encoding: 'utf8',
    timeout: MATCH_BUDGET_MS,
    maxBuffer: 1 << 30,
  });
  if (result.status !== 0) throw budgetError(unique, result.stdout, result.error);
  const answers = new Map(unique.map((t, i) => [key(t.pattern, t.value), result.stdout.charAt(i) === '1']));
  return (pattern, value) => inLinearTime(pattern, value) ?? answers.get(key(pattern, value)) ?? false;
}

function budgetError(tests: readonly PatternTest[], answered: string, error: Error | undefined): Error {
  const hung = tests[answered.length];
  if ((error as NodeJS.ErrnoException | undefined)?.code !== 'ETIMEDOUT' || hung === undefined) {
    return new Error(`checking examples against patterns failed: ${error?.message ?? 'the child process stopped'}`);
  }
  // The child answers one test at a time: the first unanswered one is the one that hung.
  const shown = hung.value.length > 40 ? `${hung.value.slice(0, 40)}…` : hung.value;
  return new SchemaError(
    `checking ${JSON.stringify(shown)} against the pattern ${JSON.stringify(hung.pattern)} took longer than ${MATCH_BUDGET_MS / 1000} s: the pattern backtracks super-linearly`,
    hung.pointer,
    'rewrite the pattern so that no input can be matched in many ways (e.g. ^a+$ instead of ^(a+)+$), or change this value',
  );
}
