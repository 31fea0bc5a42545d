// References to other files through the real CLI (dist/cli.js): the errors of stages/bundle.ts
// with file, pointer and hint; --ref-map and "refMap" (relative to the config file); and the
// referenced files as inputs: a change in one is seen by the fingerprint, so "same inputs as the
// last generate" is no longer said.

import { cpSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadModel, SchemaError } from '../../generator/index.js';
import { ROOT } from '../helpers/cases.js';
import { runCli } from '../helpers/cli.js';

const FIXTURES = join(ROOT, 'test', 'refs', 'fixtures');
const DRAFT = 'https://json-schema.org/draft/2020-12/schema';
const SAME_INPUTS = 'same inputs as the last generate';

/**
 * Whether the model takes a bundled document (embedded resources with their own "$id", references
 * that do not name a root "$defs" entry): the model's part of issue 17 (branch s24-vocab). Until
 * then generate refuses such schemas after bundling, and the drift test below cannot generate.
 */
function modelTakesBundles(): boolean {
  try {
    loadModel(join(FIXTURES, 'tree', 'schemas', 'root.json'));
    return true;
  } catch (error) {
    if (error instanceof SchemaError) return false;
    throw error;
  }
}

function workDir(): string {
  return mkdtempSync(join(tmpdir(), 'refs-cli-'));
}

describe('references to other files, through the CLI', () => {
  it('refuses an unmapped remote URI with the file, the pointer and the option, and writes nothing', () => {
    const out = join(workDir(), 'out');
    const result = runCli(['generate', '--schema', join(FIXTURES, 'remote', 'root.json'), '--out', out, '--target', 'typescript']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('error: remote reference "https://example.com/schemas/pet.json" names a document that is not in this schema');
    expect(result.stderr).toContain('root.json#/$defs/Pet/$ref');
    expect(result.stderr).toContain('hint: map the URI onto a local folder: --ref-map https://example.com/=DIR');
    expect(existsSync(out)).toBe(false);
  });

  it('names a missing file and the $ref that names it', () => {
    const dir = workDir();
    writeFileSync(join(dir, 'root.json'), JSON.stringify({ $schema: DRAFT, $defs: { A: { $ref: 'parts/a.json#/$defs/X' } } }));
    const result = runCli(['generate', '--schema', 'root.json', '--out', 'out', '--target', 'typescript'], { cwd: dir });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('error: cannot read parts/a.json, which the $ref "parts/a.json#/$defs/X" names: no such file');
    expect(result.stderr).toContain('at root.json#/$defs/A/$ref');
  });

  it('--ref-map takes the mapping (an unmapped error no more); a malformed one is an options error', () => {
    const out = join(workDir(), 'out');
    const schema = join(FIXTURES, 'remote', 'root.json');
    const mapped = runCli(['generate', '--schema', schema, '--out', out, '--ref-map', `https://example.com/schemas/=${join(FIXTURES, 'remote', 'vendor')}`]);
    expect(mapped.stderr).not.toContain('remote reference');
    const bad = runCli(['generate', '--schema', schema, '--out', out, '--ref-map', 'vendor']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--ref-map: "vendor=" is not URI_PREFIX=DIR with an absolute URI prefix');
  });

  it('a referenced file is an input: changing it ends "same inputs", mapped by refMap in the config (relative to it) or beside the schema', () => {
    const dir = workDir();
    cpSync(join(FIXTURES, 'remote', 'vendor'), join(dir, 'vendor'), { recursive: true });
    writeFileSync(join(dir, 'local.json'), JSON.stringify({ type: 'string' }));
    // --only A: the model takes A alone, so the run succeeds whatever the model makes of the others,
    // and the files B and C name are still read as inputs (they are the schema's references).
    const defs = { A: { type: 'string' }, B: { $ref: 'local.json' }, C: { $ref: 'https://example.com/schemas/pet.json' } };
    writeFileSync(join(dir, 'schema.json'), JSON.stringify({ $schema: DRAFT, $defs: defs }));
    mkdirSync(join(dir, 'conf'));
    const config = { schema: '../schema.json', out: '../out', targets: ['typescript'], only: ['A'], refMap: { 'https://example.com/schemas/': '../vendor' } };
    writeFileSync(join(dir, 'conf', 'schema-codegen.config.json'), JSON.stringify(config));
    const run = (...args: string[]) => runCli(['generate', '--config', 'conf/schema-codegen.config.json', ...args], { cwd: dir });

    expect(run().status).toBe(0);
    expect(run('--check').stdout).toContain(SAME_INPUTS);
    writeFileSync(join(dir, 'vendor', 'owner.json'), JSON.stringify({ type: 'string', const: 'bob' })); // via pet.json, mapped by the config
    const afterMapped = run('--check');
    expect([afterMapped.status, afterMapped.stdout.includes(SAME_INPUTS)]).toEqual([0, false]);
    expect(run().status).toBe(0);
    expect(run('--check').stdout).toContain(SAME_INPUTS);
    writeFileSync(join(dir, 'local.json'), JSON.stringify({ type: 'integer' })); // beside the schema
    expect(run('--check').stdout).not.toContain(SAME_INPUTS);
  });

  it.skipIf(!modelTakesBundles())('--check reports drift when a referenced file changes', () => {
    const dir = workDir();
    cpSync(join(FIXTURES, 'tree'), dir, { recursive: true });
    const run = (...args: string[]) => runCli(['generate', '--schema', 'schemas/root.json', '--out', 'out', '--target', 'typescript', ...args], { cwd: dir });
    expect(run().status).toBe(0);
    expect(run('--check').status).toBe(0);
    writeFileSync(join(dir, 'shared', 'tag.json'), JSON.stringify({ type: 'integer' })); // above the schema's folder
    const drift = run('--check');
    expect(drift.status).toBe(1);
    expect(drift.stderr).toContain('is stale');
  });
});
