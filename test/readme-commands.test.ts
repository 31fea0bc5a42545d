// The README's commands, run as it writes them: the quick start's `npm run generate` (its `npm ci`
// and `npm test` are what CI runs, .ci/run, on a clean clone), and the three lines of "Using it on
// your own schema", in order, in a folder laid out as a checkout is.

import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/cases.js';
import { listFiles } from '../generator/files.js';

const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

/** The command lines of the first ```sh block after a heading, comments dropped. */
function commandsAfter(heading: string): string[] {
  const at = README.indexOf(`\n${heading}\n`);
  expect(at, `the README has a section "${heading}"`).toBeGreaterThan(0);
  const block = /```sh\n([\s\S]*?)```/.exec(README.slice(at))![1]!;
  return block
    .split('\n')
    .map((line) => line.replace(/\s+#.*$/, '').trim())
    .filter((line) => line !== '');
}

/** A folder laid out as a checkout after `npm ci`: the built CLI, the package file, the config and its schema. */
function checkout(): string {
  const dir = mkdtempSync(join(tmpdir(), 'readme-'));
  for (const name of ['dist', 'schema', 'templates', 'node_modules']) symlinkSync(join(ROOT, name), join(dir, name));
  for (const name of ['package.json', 'schema-codegen.config.json']) copyFileSync(join(ROOT, name), join(dir, name));
  return dir;
}

function run(line: string, cwd: string): { status: number | null; stdout: string; stderr: string } {
  return spawnSync('/bin/sh', ['-c', line], { cwd, encoding: 'utf8', env: { ...process.env, npm_config_offline: 'true' } });
}

describe("the README's commands", () => {
  it('quick start: npm ci && npm run generate, then npm test; CI runs the same', () => {
    expect(commandsAfter('## Quick start')).toEqual(['npm ci && npm run generate', 'npm test']);
    const ci = readFileSync(join(ROOT, '.ci', 'run'), 'utf8');
    expect(ci).toMatch(/^npm ci\b/m);
    expect(ci).toMatch(/^npm test$/m);
    // `npm run generate` renders schema/ into generated/: exactly the committed output.
    const dir = checkout();
    const result = run('npm run generate', dir);
    expect(result.status, result.stderr).toBe(0);
    const written = listFiles(join(dir, 'generated')).filter((p) => p !== '.schema-codegen-manifest');
    expect(written).toEqual(listFiles(join(ROOT, 'generated')).filter((p) => p !== '.schema-codegen-manifest'));
    for (const path of written) expect(readFileSync(join(dir, 'generated', path), 'utf8'), path).toBe(readFileSync(join(ROOT, 'generated', path), 'utf8'));
  });

  it('using it on your own schema: generate, --check, one target with an option', () => {
    const lines = commandsAfter('## Using it on your own schema');
    expect(lines).toHaveLength(3);
    const dir = checkout();
    writeFileSync(
      join(dir, 'my.schema.json'),
      JSON.stringify({ title: 'My API', $defs: { Pet: { type: 'object', properties: { name: { type: 'string' } }, required: ['name'] } } }),
    );
    for (const line of lines) {
      const result = run(line, dir);
      expect(result.status, `${line}\n${result.stderr}`).toBe(0);
    }
    expect(existsSync(join(dir, 'generated', 'python', 'myapi', 'models', 'pet.py'))).toBe(true);
    expect(existsSync(join(dir, 'generated', 'java'))).toBe(true);
  });
});
