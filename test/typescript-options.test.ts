// The TypeScript target's options that shape the shipped validator, end to end: the output is
// transpiled and imported in node, as a consumer's build would run it.
// - typescript.formats: `annotate` (the default, as 2020-12 says) leaves `format` unchecked,
//   `assert` rejects values that do not match; anything else is an OptionsError;
// - typescript.fileName: the module takes that name beside validation-schema.ts and runtime/, and
//   may not take validation-schema.ts itself.

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { OptionsError } from '../generator/errors.js';
import { modelFromText, renderModel } from '../generator/index.js';
import { typescript } from '../generator/targets/typescript/index.js';

const SCHEMA = JSON.stringify({
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $defs: { Contact: { type: 'object', properties: { email: { type: 'string', format: 'email' }, day: { type: 'string', format: 'date' } }, required: ['email'] } },
});

/** Renders the schema with these TypeScript options, transpiles every file, imports the module. */
async function load(options: Record<string, string>, module = 'index'): Promise<Record<string, (x: unknown) => unknown>> {
  const files = renderModel(modelFromText(SCHEMA, 'contact.json'), { targets: ['typescript'], options: { typescript: { ...typescript.defaults, ...options } }, templates: null });
  const dir = mkdtempSync(join(tmpdir(), 'ts-options-'));
  writeFileSync(join(dir, 'package.json'), '{"type": "module"}\n');
  for (const [path, source] of files) {
    if (!path.endsWith('.ts')) continue; // package.json and tsconfig.json: the package around the module
    const file = join(dir, path.replace(/^typescript\//, '').replace(/\.ts$/, '.js'));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText);
  }
  return (await import(pathToFileURL(join(dir, `${module}.js`)).href)) as Record<string, (x: unknown) => unknown>;
}

describe('typescript.formats', () => {
  it('annotate (the default): format is not checked', async () => {
    expect(typescript.defaults['formats']).toBe('annotate');
    const m = await load({});
    expect(m['isContact']!({ email: 'not an address', day: '2024-13-45' })).toBe(true);
  });

  it('assert: a value that does not match its format is rejected, with the keyword location', async () => {
    const m = await load({ formats: 'assert' });
    expect(m['isContact']!({ email: 'someone@example.com', day: '2024-02-29' })).toBe(true);
    expect(m['isContact']!({ email: 'not an address' })).toBe(false);
    expect(m['validateContact']!({ email: 'a@example.com', day: '2024-13-45' })).toEqual([
      { pointer: '/day', keywordLocation: '/properties/day/format', keyword: 'format', message: 'must match format "date"' },
    ]);
  });

  it('anything else: an OptionsError naming the values', () => {
    expect(() => typescript.parseOptions({ ...typescript.defaults, formats: 'strict' })).toThrow(OptionsError);
    expect(() => typescript.parseOptions({ ...typescript.defaults, formats: 'strict' })).toThrow(/typescript\.formats must be one of annotate, assert, found "strict"/);
  });
});

describe('typescript.fileName', () => {
  it('names the module; validation-schema.ts and runtime/ stay beside it', async () => {
    const files = renderModel(modelFromText(SCHEMA, 'contact.json'), { targets: ['typescript'], options: { typescript: { ...typescript.defaults, fileName: 'models.ts' } }, templates: null });
    expect([...files.keys()].sort()).toEqual([
      'typescript/models.ts',
      'typescript/package.json',
      'typescript/runtime/formats.ts',
      'typescript/runtime/idna.ts',
      'typescript/runtime/linear.ts',
      'typescript/runtime/schema.ts',
      'typescript/runtime/uri.ts',
      'typescript/tsconfig.json',
      'typescript/validation-schema.ts',
    ]);
    expect(JSON.parse(files.get('typescript/package.json')!)).toMatchObject({ main: './dist/models.js', types: './dist/models.d.ts' });
    expect(JSON.parse(files.get('typescript/tsconfig.json')!).files[0]).toBe('models.ts');
    const m = await load({ fileName: 'models.ts' }, 'models');
    expect(m['isContact']!({ email: 'x' })).toBe(true);
    expect(m['isContact']!({})).toBe(false);
  });

  it('validation-schema.ts is taken: an OptionsError', () => {
    expect(() => typescript.parseOptions({ ...typescript.defaults, fileName: 'validation-schema.ts' })).toThrow(OptionsError);
  });
});
