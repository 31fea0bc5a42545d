// A run large enough that files are written by the writer thread (place-files.ts starts it when
// the output passes one 4 MB batch): the files on disk are exactly those rendered in-process, the
// manifest's hashes hold, and an error while writing (here, a path too long for the OS) leaves
// the previous output as it was.

import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { modelFromText, renderModel } from '../generator/index.js';
import { listFiles } from '../generator/files.js';
// @ts-expect-error: a plain ES module of the bench, without type declarations
import { syntheticSchema } from './bench/synthetic-schema.mjs';
import { defaultOptions } from './helpers/cases.js';
import { runCli } from './helpers/cli.js';

const schemaText = JSON.stringify(syntheticSchema(300, 7));

describe('large outputs (writer thread)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'large-'));
  const schema = join(dir, 'synthetic.schema.json');
  writeFileSync(schema, schemaText);
  const out = join(dir, 'out');

  it('writes exactly the rendered files, and the shortcut then holds', () => {
    const expected = renderModel(modelFromText(schemaText, 'synthetic.schema.json'), defaultOptions(['typescript', 'python', 'csharp', 'java', 'docs']));
    const bytes = [...expected.values()].reduce((n, text) => n + Buffer.byteLength(text), 0);
    expect(bytes).toBeGreaterThan(2 * (4 << 20)); // more than one batch: the worker ran
    const result = runCli(['generate', '--schema', schema, '--out', out]);
    expect(result.status, result.stderr).toBe(0);
    expect(listFiles(out).filter((p) => !p.startsWith('.'))).toEqual([...expected.keys()].sort());
    for (const [path, text] of expected) expect(readFileSync(join(out, path), 'utf8'), path).toBe(text);
    expect(runCli(['generate', '--schema', schema, '--out', out, '--check']).stdout).toContain('every file intact');
  });

  it('an error in the writer thread fails the run, says what failed, and keeps the previous output', () => {
    // Paths may be at most 4095 bytes. An --out folder nested so deep that this output just fits
    // (with the longest staging suffix, ".tmp-<pid>-<ms>-<tag>"), then a declaration with a longer file
    // name, legal on its own, placed last: opening its file fails, in the writer thread.
    const longest = Math.max(...listFiles(out).map((p) => p.length));
    const deepOut = folderPathOfLength(dir, 4095 - longest - '/'.length - '.tmp-4194304-1700000000000-0123456789ab'.length);
    expect(runCli(['generate', '--schema', schema, '--out', deepOut]).status).toBe(0);
    const snapshot = (): Record<string, string> => Object.fromEntries(listFiles(deepOut).map((p) => [p, readFileSync(join(deepOut, p), 'utf8')]));
    const before = snapshot();
    const longer = JSON.parse(schemaText);
    longer.$defs[`Z${'z'.repeat(200)}`] = { type: 'object', properties: { a: { type: 'string' } } };
    writeFileSync(schema, JSON.stringify(longer));
    const result = runCli(['generate', '--schema', schema, '--out', deepOut]);
    expect(result.status).toBe(3);
    expect(result.stderr).toMatch(/^error: ENAMETOOLONG: name too long, (open|mkdir) '.{4096,}'\n {2}hint: nothing was written/);
    expect(snapshot()).toEqual(before);
    expect(readdirSync(dirname(deepOut))).toEqual([basename(deepOut)]);
  });
});

/** A folder below `parent` whose path is exactly `length` characters long (segments of at most 200). */
function folderPathOfLength(parent: string, length: number): string {
  const need = length - parent.length; // n segments of "/" + name
  const n = Math.ceil(need / 201);
  const size = Math.floor(need / n) - 1;
  let path = parent;
  for (let i = 0; i < n; i++) path = join(path, 'd'.repeat(i < need - n * (size + 1) ? size + 1 : size));
  expect(path.length).toBe(length);
  mkdirSync(dirname(path), { recursive: true });
  return path;
}
