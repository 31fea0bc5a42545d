// The manifest's bookkeeping that lets generate and --check skip rendering: every file with its
// SHA-256 and each target's input fingerprint. isUpToDate() must say yes only when both still
// hold; any doubt sends the run down the full render-and-compare path.

import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MANIFEST, isUpToDate, writeOutput } from '../generator/write/write.js';
import { CANONICAL_SCHEMA } from './helpers/cases.js';
import { runCli } from './helpers/cli.js';

const FILES: [string, string][] = [['a/x.txt', 'x\n'], ['a/y.txt', 'é\n'], ['b/z.txt', 'z\n']];
const INPUTS = new Map([['a', 'f'.repeat(64)], ['b', 'e'.repeat(64)]]);

async function written(): Promise<string> {
  const out = join(mkdtempSync(join(tmpdir(), 'uptodate-')), 'out');
  await writeOutput({ outDir: out, targets: ['a', 'b'], files: FILES, force: false, inputs: INPUTS });
  return out;
}

describe('isUpToDate', () => {
  it('holds right after a write with the same inputs', async () => {
    expect(isUpToDate(await written(), INPUTS)).toBe(true);
  });

  it('fails when a target was generated from other inputs, or never recorded', async () => {
    const out = await written();
    expect(isUpToDate(out, new Map([['a', '0'.repeat(64)]]))).toBe(false);
    expect(isUpToDate(out, new Map([['c', 'f'.repeat(64)]]))).toBe(false);
  });

  it('fails when a file of the targets was edited or deleted, not when another target changed', async () => {
    const out = await written();
    writeFileSync(join(out, 'b/z.txt'), 'edited\n');
    expect(isUpToDate(out, new Map([['a', INPUTS.get('a')!]]))).toBe(true);
    expect(isUpToDate(out, INPUTS)).toBe(false);
    rmSync(join(out, 'a/x.txt'));
    expect(isUpToDate(out, new Map([['a', INPUTS.get('a')!]]))).toBe(false);
  });

  it('fails on a manifest without hashes (written before they were recorded) or without one', async () => {
    const out = await written();
    const manifest = readFileSync(join(out, MANIFEST), 'utf8');
    writeFileSync(join(out, MANIFEST), manifest.replace(/^[0-9a-f]{64} {2}/gm, ''));
    expect(isUpToDate(out, INPUTS)).toBe(false);
    rmSync(join(out, MANIFEST));
    expect(isUpToDate(out, INPUTS)).toBe(false);
  });

  it('records each file as sha256sum prints it (of its UTF-8 bytes), and each target\'s inputs', async () => {
    const lines = readFileSync(join(await written(), MANIFEST), 'utf8').split('\n');
    const sha256 = (text: string): string => createHash('sha256').update(Buffer.from(text, 'utf8')).digest('hex');
    expect(lines).toContain(`${sha256('é\n')}  a/y.txt`);
    expect(lines).toContain(`inputs b ${'e'.repeat(64)}`);
  });
});

describe('the CLI skips rendering when nothing changed', () => {
  const generate = (out: string, ...extra: string[]) => runCli(['generate', '--schema', CANONICAL_SCHEMA, '--out', out, '--target', 'typescript', ...extra]);

  it('says so for generate and --check, and renders and compares again when the manifest was tampered with', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'uptodate-')), 'out');
    expect(generate(out).status).toBe(0);
    expect(generate(out).stdout).toContain('nothing changed (same inputs as the last generate)');
    expect(generate(out, '--check').stdout).toContain('is up to date (same inputs as the last generate, every file intact)');
    // A wrong fingerprint or hash only costs the shortcut: the full comparison still finds no drift.
    const manifestPath = join(out, MANIFEST);
    const manifest = readFileSync(manifestPath, 'utf8');
    writeFileSync(manifestPath, manifest.replace(/^inputs typescript \w+$/m, `inputs typescript ${'0'.repeat(64)}`));
    const check = generate(out, '--check');
    expect(check.status).toBe(0);
    expect(check.stdout).toMatch(/is up to date$/m);
  });
});
