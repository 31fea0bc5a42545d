// generate --watch, through the real CLI: a change to the schema, and to a file it references by
// a relative $ref (known only after the first read), each regenerates.

import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { CLI } from './helpers/cli.js';

let child: ChildProcess | null = null;
afterEach(() => void child?.kill());

/** Resolves when the CLI's output so far matches `pattern` `count` times. */
function waitFor(output: () => string, pattern: RegExp, count: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const poll = setInterval(() => {
      if ((output().match(new RegExp(pattern, 'g')) ?? []).length >= count) {
        clearInterval(poll);
        resolve();
      } else if (Date.now() - started > 60_000) {
        clearInterval(poll);
        reject(new Error(`no ${count}x ${pattern} in:\n${output()}`));
      }
    }, 50);
  });
}

it('regenerates when the schema or a file it references changes', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'watch-'));
  const schema = join(dir, 'schema.json');
  const unit = join(dir, 'unit.json');
  writeFileSync(unit, JSON.stringify({ type: 'string', enum: ['mm', 'cm'] }));
  writeFileSync(schema, JSON.stringify({ $defs: { Unit: { $ref: 'unit.json' }, Size: { type: 'object', properties: { unit: { $ref: '#/$defs/Unit' } } } } }));
  const out = join(dir, 'out');
  let output = '';
  child = spawn(process.execPath, [CLI, 'generate', '--schema', schema, '--out', out, '--target', 'typescript', '--watch'], { cwd: dir });
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  await waitFor(() => output, /added/, 1);
  expect(readFileSync(join(out, 'typescript', 'index.ts'), 'utf8')).not.toContain("'km'");

  writeFileSync(unit, JSON.stringify({ type: 'string', enum: ['mm', 'cm', 'km'] }));
  await waitFor(() => output, /[1-9]\d* changed/, 1);
  expect(readFileSync(join(out, 'typescript', 'index.ts'), 'utf8')).toContain("'km'");

  writeFileSync(schema, JSON.stringify({ $defs: { Unit: { $ref: 'unit.json' }, Length: { type: 'object', properties: { unit: { $ref: '#/$defs/Unit' } } } } }));
  await waitFor(() => output, /[1-9]\d* changed/, 2);
  expect(readFileSync(join(out, 'typescript', 'index.ts'), 'utf8')).toContain('Length');
}, 120_000);
