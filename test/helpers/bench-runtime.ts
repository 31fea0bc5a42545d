// What the runtime benchmark's tests share (test/bench-runtime.test.ts for TypeScript and Python,
// test/bench-runtime-jvm-dotnet.test.ts for C# and Java): the runners' document shape
// (test/bench/runtime/), the checks every measured row must pass, and the run with a "broken" copy
// that is the valid input, which every runner must refuse to measure.

import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { ROOT } from './cases.js';

export const RUNTIME = join(ROOT, 'test', 'bench', 'runtime');
const OPERATIONS = ['parse', 'parse+validate', 'parse+bind', 'parse+validate+bind', 'validate', 'serialize'];

export interface Result {
  input: string;
  subject: string;
  name: string;
  operation: string;
  opsPerSec: number;
  bytesPerSec: number;
  roundsOpsPerSec: number[];
  extra?: boolean;
}

export interface Check {
  input: string;
  subject: string;
  name?: string;
  accepts: boolean;
  rejectsInvalid: boolean;
  roundTrip?: boolean;
}

/** A missing toolchain or peer: a failure in CI, elsewhere a loud NOT RUN; false. */
export function notRun(what: string, message: string): false {
  if (process.env['CI'] === 'true') throw new Error(message);
  console.warn(`\n*** NOT RUN: the ${what} runtime benchmark: ${message} ***\n`);
  return false;
}

/** Every row of a --quick run on the canonical input: a known subject and operation, measured over its two rounds. */
export function expectMeasuredRows(results: readonly Result[]): void {
  for (const r of results) {
    expect(r.input).toBe('canonical');
    expect(['floor', 'peer', 'ours']).toContain(r.subject);
    expect(OPERATIONS).toContain(r.operation);
    expect(r.opsPerSec).toBeGreaterThan(0);
    expect(r.bytesPerSec).toBeGreaterThan(0);
    expect(r.roundsOpsPerSec).toHaveLength(2);
  }
}

/** The language's runner on a copy of the manifest whose "broken" copy is the valid input itself. */
export function runWithUnbrokenCopy(manifestPath: string, work: string, language: string): SpawnSyncReturns<string> {
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  manifest.inputs[0].invalid = manifest.inputs[0].file;
  const path = join(work, `manifest-unbroken-${language}.json`);
  writeFileSync(path, JSON.stringify(manifest));
  return spawnSync(process.execPath, [join(RUNTIME, `${language}.mjs`), path, '--quick'], { cwd: ROOT, encoding: 'utf8' });
}
