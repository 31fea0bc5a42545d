// Runs the real CLI as users get it (dist/cli.js, the bundle `npm run build` makes) as a child process.

import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './cases.js';

export const CLI = join(ROOT, 'dist', 'cli.js');

export interface CliResult {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

export function runCli(args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; umask?: string } = {}): CliResult {
  const env = { ...process.env, ...options.env };
  const result = options.umask === undefined
    ? spawnSync(process.execPath, [CLI, ...args], { cwd: options.cwd ?? ROOT, env, encoding: 'utf8' })
    : spawnSync('/bin/sh', ['-c', `umask ${options.umask} && exec "$0" "$@"`, process.execPath, CLI, ...args], { cwd: options.cwd ?? ROOT, env, encoding: 'utf8' });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
