// The runner protocol every target implements (see README, "Conformance"): JSON Lines in,
// {"schema": "<$defs name>", "json": <value>}; one JSON line out per input line,
// {"ok": true, "json": <re-serialized>} or {"ok": false, "pointer", "keyword", "message"}.

import { spawn } from 'node:child_process';

export interface Vector {
  /** Which unit of a runner built for several schemas; the first when absent. */
  readonly case?: string;
  readonly schema: string;
  readonly json: unknown;
  /** The exact line to send, when JSON.stringify cannot write it (duplicate keys). */
  readonly raw?: string;
}

export type Outcome =
  | { readonly ok: true; readonly json: unknown }
  | { readonly ok: false; readonly pointer: string; readonly keyword: string; readonly message: string };

export interface RunnerCommand {
  readonly command: string;
  readonly args: readonly string[];
  readonly cwd: string;
  /** The process's environment, when not this one's. */
  readonly env?: NodeJS.ProcessEnv;
}

/** Feeds every vector through one process and returns one outcome per vector, in order. */
export function runVectors(runner: RunnerCommand, vectors: readonly Vector[]): Promise<Outcome[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(runner.command, [...runner.args], { cwd: runner.cwd, env: runner.env ?? process.env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const lines = stdout.split('\n').filter((l) => l.trim() !== '');
      if (code !== 0 || lines.length !== vectors.length) {
        reject(new Error(`${runner.command} exited ${code} with ${lines.length}/${vectors.length} lines\n${stderr.slice(0, 4000)}`));
        return;
      }
      resolve(lines.map((l) => JSON.parse(l) as Outcome));
    });
    child.stdin.end(vectors.map((v) => v.raw ?? JSON.stringify(v)).join('\n') + '\n');
  });
}

/** Reads a JSON Lines file of vectors; each keeps its line as written (duplicate keys survive). */
export function parseVectorLines(text: string): Vector[] {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => ({ ...(JSON.parse(line) as Vector), raw: line }));
}
