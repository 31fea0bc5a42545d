// stages/bundle.ts on the fixtures under test/refs/fixtures: relative files in nested folders and
// above the root's folder, YAML, embedded `$id`s found before looking outside, --ref-map, cycles,
// a file under two URIs, and the errors (unmapped URI, missing file, not a schema, bad content).
// The bundled document is what every runtime validator reads (stages/validation-schema.ts): the
// TypeScript runtime on it answers instances as the referenced files say.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SchemaError } from '../../generator/errors.js';
import type { JsonValue } from '../../generator/model/ir.js';
import { bundle, type Bundle } from '../../generator/stages/bundle.js';
import type { JsonObject } from '../../generator/stages/load.js';
import { parseDocumentText } from '../../generator/stages/parse-document.js';
import { validationSchema } from '../../generator/stages/validation-schema.js';
import { SchemaValidator } from '../../templates/typescript/runtime/schema.js';
import { resolveUri } from '../../templates/typescript/runtime/uri.js';
import { ROOT } from '../helpers/cases.js';

const FIXTURES = join(ROOT, 'test', 'refs', 'fixtures');
const at = (path: string): string => join(FIXTURES, path);
const load = (path: string): JsonValue => parseDocumentText(readFileSync(path, 'utf8'), path).value;

function bundleFile(path: string, refMap: Record<string, string> = {}): Bundle {
  return bundle(load(at(path)) as JsonObject, at(path), { refMap, resolveUri }, load);
}

/** The bundled document as the runtimes get it: `validate(pointer, instance)` against the root's URI. */
function runtime(bundled: JsonObject): (pointer: string, instance: unknown) => boolean {
  const schema = validationSchema(bundled, 'root.json');
  const validator = new SchemaValidator({ documents: Object.fromEntries(schema.documents.map((d) => [d.uri, JSON.parse(d.text)])) });
  return (pointer, instance) => validator.schema(`${schema.rootUri}#${pointer}`).isValid(instance);
}

function errorOf(run: () => unknown): SchemaError {
  try {
    run();
  } catch (error) {
    if (error instanceof SchemaError) return error;
    throw error;
  }
  throw new Error('no SchemaError');
}

describe('bundle', () => {
  it('leaves a schema without outside references as it is', () => {
    const root = { $defs: { A: { $ref: '#/$defs/B' }, B: { type: 'string', enum: [{ $ref: 'data.json' }] } } };
    expect(bundle(root, at('none.json'), { refMap: {}, resolveUri }, load)).toEqual({ root, files: [], metaSchemas: new Map(), sources: new Map() });
  });

  it('embeds relative files (nested folders, YAML, above the root folder) under readable keys, each $id its file URI', () => {
    const { root, files } = bundleFile('tree/schemas/root.json');
    expect(files).toEqual(['tree/schemas/common/address.yaml', 'tree/schemas/common/ids.json', 'tree/shared/tag.json'].map(at));
    // ../shared is above the root's folder: URIs are relative to tree/, so the root's is stated.
    expect(root['$id']).toBe('file:///schemas/root.json');
    const defs = root['$defs'] as JsonObject;
    expect(Object.keys(defs)).toEqual(['Order', 'ids', 'address', 'tag']);
    expect(defs['Order']).toEqual((load(at('tree/schemas/root.json')) as { $defs: JsonObject }).$defs['Order']); // references unchanged
    expect(defs['ids']).toEqual({ $id: 'file:///schemas/common/ids.json', $defs: { Id: { type: 'string', minLength: 3 } } });
    expect(defs['address']).toEqual({
      $id: 'file:///schemas/common/address.yaml',
      type: 'object',
      properties: { street: { type: 'string' }, owner: { $ref: 'ids.json#/$defs/Id' }, order: { $ref: '../root.json#/$defs/Order' } },
    });
    expect(defs['tag']).toEqual({ $id: 'file:///shared/tag.json', type: 'string', pattern: '^[a-z]+$' });
    expect(JSON.stringify(root)).not.toContain(FIXTURES); // no local path in what is generated

    const valid = runtime(root);
    expect(valid('/$defs/Order', { id: 'abc', tag: 'x', address: { street: 's', owner: 'bob', order: { id: 'xyz' } } })).toBe(true);
    expect(valid('/$defs/Order', { id: 'ab' })).toBe(false); // ids.json's minLength
    expect(valid('/$defs/Order', { id: 'abc', tag: 'X' })).toBe(false); // ../shared/tag.json's pattern
    expect(valid('/$defs/Order', { id: 'abc', address: { owner: 'no' } })).toBe(false); // YAML -> ids.json
    expect(valid('/$defs/Order', { id: 'abc', address: { order: {} } })).toBe(false); // YAML -> back to the root
  });

  it('finds embedded $ids, in the root and in loaded documents, before looking outside', () => {
    // https://example.com/inner.json is embedded in lib.json, which is read after the reference to it.
    const { root, files } = bundleFile('embedded/root.json');
    expect(files).toEqual([at('embedded/lib.json')]);
    // lib.json's key is not "lib": beside "Lib", both would name a type Lib.
    expect(Object.keys(root['$defs'] as JsonObject)).toEqual(['Inner', 'Local', 'Lib', 'Here', 'lib_json']);
    const valid = runtime(root);
    expect([valid('/$defs/Inner', 1), valid('/$defs/Inner', 'a'), valid('/$defs/Local', true), valid('/$defs/Local', 1)]).toEqual([true, false, true, false]);
  });

  it('reads mapped URIs below their --ref-map folder, and their relative references too', () => {
    const { root, files } = bundleFile('remote/root.json', { 'https://example.com/schemas/': at('remote/vendor') });
    expect(files).toEqual([at('remote/vendor/owner.json'), at('remote/vendor/pet.json')]);
    const defs = root['$defs'] as JsonObject;
    expect(defs['schemas_pet']).toMatchObject({ $id: 'https://example.com/schemas/pet.json' });
    expect(defs['owner']).toEqual({ $id: 'https://example.com/schemas/owner.json', type: 'string', const: 'alice' });
    const valid = runtime(root);
    expect([valid('/$defs/Pet', { owner: 'alice' }), valid('/$defs/Pet', { owner: 'bob' }), valid('/$defs/Pet', {})]).toEqual([true, false, false]);
  });

  it('refuses an unmapped remote URI, naming it, the pointer of the $ref and the option', () => {
    const error = errorOf(() => bundleFile('remote/root.json'));
    expect(error.message).toBe(
      'remote reference "https://example.com/schemas/pet.json" names a document that is not in this schema, and remote documents are never fetched',
    );
    expect(error.pointer).toBe('/$defs/Pet/$ref');
    expect(error.hint).toBe('map the URI onto a local folder: --ref-map https://example.com/=DIR (or "refMap": {"https://example.com/": "DIR"} in the config file)');
    // In a referenced file, the error names that file.
    const nested = errorOf(() => bundle({ $defs: { A: { $ref: 'vendor/far.json' } } }, at('remote/root.json'), { refMap: {}, resolveUri }, load));
    expect([nested.pointer, nested.file, nested.hint]).toEqual(['/items/$ref', at('remote/vendor/far.json'), expect.stringContaining('--ref-map https://other.example/=DIR')]);
  });

  it('maps a whole URI onto one file; a relative reference in it reads the file beside it', () => {
    const { files } = bundleFile('remote/root.json', { 'https://example.com/schemas/pet.json': at('remote/vendor/pet.json') });
    expect(files).toEqual([at('remote/vendor/owner.json'), at('remote/vendor/pet.json')]);
  });

  it('reads a schema under a property named like a data keyword ("enum"), not a value in "enum"', () => {
    const root = { $defs: { A: { properties: { enum: { $ref: 'cycle/b.json' } }, enum: [{ $ref: 'none.json' }] } } };
    expect(bundle(root, at('root.json'), { refMap: {}, resolveUri }, load).files).toEqual([at('cycle/a.json'), at('cycle/b.json')]);
  });

  it('follows cycles between files once', () => {
    const { root, files } = bundleFile('cycle/root.json');
    expect(files).toEqual([at('cycle/a.json'), at('cycle/b.json')]);
    expect(root['$id']).toBe('file:///root.json');
    expect(Object.keys(root['$defs'] as JsonObject)).toEqual(['Tree', 'a', 'b']);
    const valid = runtime(root);
    expect(valid('/$defs/Tree', { value: 1, b: { label: 'x', a: { value: 2 } } })).toBe(true);
    expect(valid('/$defs/Tree', { value: 1, b: { label: 'x', a: { value: 'two' } } })).toBe(false);
  });

  it('embeds a file referenced under two URIs once per URI, or once and an alias when it has its own $id', () => {
    const { root, files } = bundleFile('twice/root.json', { 'https://example.com/s/': at('twice') });
    expect(files).toEqual([at('twice/common.json'), at('twice/with-id.json')]);
    const defs = root['$defs'] as JsonObject;
    expect(Object.keys(defs).slice(4)).toEqual(['common_json', 's_common', 'c', 'with-id']);
    expect(defs['common_json']).toMatchObject({ $id: 'file:///common.json' });
    expect(defs['s_common']).toMatchObject({ $id: 'https://example.com/s/common.json' });
    expect(defs['c']).toEqual({ $id: 'https://example.com/ids/c.json', type: 'number', minimum: 10 });
    expect(defs['with-id']).toEqual({ $id: 'file:///with-id.json', $ref: 'https://example.com/ids/c.json' });
    const valid = runtime(root);
    for (const name of ['ByPath', 'ByUri']) expect([valid(`/$defs/${name}`, 'abcd'), valid(`/$defs/${name}`, 'abcde')]).toEqual([true, false]);
    for (const name of ['OwnIdByPath', 'OwnIdByUri']) expect([valid(`/$defs/${name}`, 10), valid(`/$defs/${name}`, 9)]).toEqual([true, false]);
  });

  it('refuses documents that are not schemas, missing files and broken files, naming the file and the $ref', () => {
    const root = (ref: string): JsonObject => ({ $defs: { A: { $ref: ref } } });
    const run = (ref: string) => () => bundle(root(ref), at('broken/root.json'), { refMap: {}, resolveUri }, load);
    const list = errorOf(run('list.json#/0'));
    expect([list.message, list.pointer]).toEqual([`${at('broken/list.json')}, which the $ref "list.json#/0" names, is not a schema: its root is an array`, '/$defs/A/$ref']);
    const missing = errorOf(run('sub/none.json'));
    expect(missing.message).toBe(`cannot read ${at('broken/sub/none.json')}, which the $ref "sub/none.json" names: no such file`);
    expect(missing.pointer).toBe('/$defs/A/$ref');
    const bad = errorOf(run('bad.json'));
    expect([bad.file, bad.message]).toEqual([at('broken/bad.json'), expect.stringContaining('not valid JSON')]);
    const escape = errorOf(() => bundle(root('https://example.com/s/%2E%2E/x.json'), at('broken/root.json'), { refMap: { 'https://example.com/s/': at('broken') }, resolveUri }, load));
    expect(escape.message).toContain('maps to no file below');
  });
});
