// A run large enough that files are written by the writer thread (place-files.ts starts it when
// the output passes one 4 MB batch): the files on disk are exactly those rendered in-process, the
// manifest's hashes hold, and an error while writing leaves the previous output as it was.

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { modelFromText, renderModel } from '../generator/index.js';
import { listFiles } from '../generator/write.js';
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

  it('an error in the writer thread fails the run and keeps the previous output', () => {
    const before = Object.fromEntries(listFiles(out).map((p) => [p, readFileSync(join(out, p), 'utf8')]));
    // A declaration whose file name is longer than the file system allows, placed last.
    const bad = JSON.parse(schemaText);
    bad.$defs[`Z${'z'.repeat(300)}`] = { type: 'object', properties: { a: { type: 'string' } } };
    writeFileSync(schema, JSON.stringify(bad));
    const result = runCli(['generate', '--schema', schema, '--out', out]);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/ENAMETOOLONG|too long/i);
    expect(Object.fromEntries(listFiles(out).map((p) => [p, readFileSync(join(out, p), 'utf8')]))).toEqual(before);
    expect(listFiles(dir).filter((p) => p.includes('.tmp-') || p.includes('.lock'))).toEqual([]);
  });
});
