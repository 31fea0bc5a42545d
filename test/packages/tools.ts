// What the package tests share: a copy of one target's canonical output (generated/<target>,
// which test/generated.test.ts holds equal to a fresh render) in a fresh folder, and running an
// ecosystem's real tool there. A tool that is missing or fails is a test failure with its output,
// never a skip: .ci/setup-system.sh installs the Debian packages they need.

import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { ROOT } from '../helpers/cases.js';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A fresh folder, removed when the file's tests end. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `schema-codegen-${prefix}-`));
  made.push(dir);
  return dir;
}

/** generated/<target> copied into a fresh folder (the package's own root). */
export function canonicalOutput(target: string): string {
  const dir = join(tempDir(target), target);
  cpSync(join(ROOT, 'generated', target), dir, { recursive: true });
  return dir;
}

/** Runs a tool to completion; on failure the error holds the command, its exit and its output. */
export function run(command: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}): string {
  try {
    return execFileSync(command, args, { cwd, env: { ...process.env, ...env }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    const e = error as { status?: number; stdout?: string; stderr?: string; message: string };
    throw new Error(`${command} ${args.join(' ')} (in ${cwd}) failed: ${e.status ?? e.message}\n${e.stdout ?? ''}\n${e.stderr ?? ''}`);
  }
}

/** The entries of a zip archive (wheel, .nupkg, jar), listed by Debian's python3 (no unzip needed). */
export function zipEntries(archive: string): string[] {
  return run('/usr/bin/python3', ['-c', 'import sys, zipfile; print("\\n".join(zipfile.ZipFile(sys.argv[1]).namelist()))', archive], '/').trim().split('\n');
}
