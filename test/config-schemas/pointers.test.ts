// Errors and warnings point into the files as their authors wrote them, not into the document the
// pipeline makes of them: a draft-04/06/07 file's "definitions", array "items", "additionalItems"
// and "dependencies" are renamed by the dialect stage (stages/dialect.ts, `origin`), and a file
// a relative reference names is embedded into the root by the bundle stage (stages/bundle.ts,
// `sources`). Configuration-file schemas are nearly all written so: before this, every warning of
// the eslintrc fixture named "#/$defs/..." pointers that exist in no file.

import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SchemaError, loadModel } from '../../generator/index.js';
import { normalizeToDraft202012 } from '../../generator/stages/dialect.js';
import { ROOT } from '../helpers/cases.js';

const FIXTURES = join(ROOT, 'test', 'config-schemas', 'fixtures');

describe('the dialect stage maps its pointers back (origin)', () => {
  const draft07 = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    definitions: {
      tuple: { type: 'array', items: [{ type: 'string' }, { type: 'object', properties: { a: { minLength: 1 } } }], additionalItems: { type: 'integer' } },
      list: { type: 'array', items: { type: 'string' } },
      deps: { dependencies: { a: ['b'], c: { required: ['d'] } } },
    },
    properties: { x: { $ref: '#/definitions/tuple', description: 'ignored beside $ref in draft-07' } },
  };
  const { document, origin } = normalizeToDraft202012(draft07);

  it('names each place as written: definitions, array items, additionalItems, dependencies', () => {
    const defs = (document as { $defs: Record<string, unknown> }).$defs;
    expect(Object.keys(defs)).toEqual(['tuple', 'list', 'deps']);
    expect(origin('/$defs/tuple/prefixItems/1/properties/a/minLength')).toBe('/definitions/tuple/items/1/properties/a/minLength');
    expect(origin('/$defs/tuple/prefixItems/0')).toBe('/definitions/tuple/items/0');
    expect(origin('/$defs/tuple/items')).toBe('/definitions/tuple/additionalItems');
    expect(origin('/$defs/tuple/items/type')).toBe('/definitions/tuple/additionalItems/type');
    expect(origin('/$defs/tuple/prefixItems')).toBe('/definitions/tuple/items');
    expect(origin('/$defs/list/items/type')).toBe('/definitions/list/items/type');
    expect(origin('/$defs/deps/dependentRequired/a')).toBe('/definitions/deps/dependencies/a');
    expect(origin('/$defs/deps/dependentSchemas/c/required')).toBe('/definitions/deps/dependencies/c/required');
    expect(origin('/$defs')).toBe('/definitions');
    expect(origin('/properties/x/$ref')).toBe('/properties/x/$ref');
    expect(origin('')).toBe('');
  });

  it("draft-04's id; a path the result does not have keeps its tail", () => {
    const { origin: o4 } = normalizeToDraft202012({ $schema: 'http://json-schema.org/draft-04/schema#', definitions: { a: { id: 'a.json', type: 'string' } } });
    expect(o4('/$defs/a/$id')).toBe('/definitions/a/id');
    expect(o4('/$defs/a/nothing/here')).toBe('/definitions/a/nothing/here');
  });

  it('is the identity on a 2020-12 document', () => {
    const { origin: same } = normalizeToDraft202012({ $defs: { a: { prefixItems: [{ items: { type: 'string' } }] } } });
    for (const p of ['/$defs/a/prefixItems/0/items/type', '/$defs/a', '/$defs/b/c', '']) expect(same(p)).toBe(p);
  });
});

describe('the CLI pipeline names the file and the pointer as written', () => {
  const warningsOf = (path: string): string[] => {
    const warnings: string[] = [];
    loadModel(path, { warn: (w) => warnings.push(w) });
    return warnings.map((w) => /\n {2}at (\S+)/.exec(w)![1]!.replace(/^.*fixtures\//, ''));
  };

  it('warnings in the root and in referenced files (subfolders, "definitions")', () => {
    // The fixture's editor annotations load silently (stages/keywords.ts): renamed to keywords no
    // tool defines, in a copy, they warn where they are written.
    const dir = mkdtempSync(join(tmpdir(), 'pointers-'));
    cpSync(join(FIXTURES, 'eslintrc'), dir, { recursive: true });
    for (const file of ['eslintrc.json', 'rules/core.json', 'rules/style.json']) {
      const path = join(dir, file);
      writeFileSync(path, readFileSync(path, 'utf8').replace(/"(markdownDescription|enumDescriptions|markdownEnumDescriptions)"/g, '"vendor-$1"'));
    }
    const at = warningsOf(join(dir, 'eslintrc.json')).map((p) => p.replace(/^.*pointers-[^/]*\//, ''));
    expect(at).toContain('eslintrc.json#/definitions/globals/additionalProperties/oneOf/0/vendor-enumDescriptions');
    expect(at).toContain('rules/core.json#/definitions/ruleLevel/vendor-markdownEnumDescriptions');
    expect(at).toContain('rules/style.json#/definitions/indent/vendor-markdownDescription');
    expect(at.filter((p) => p.includes('$defs'))).toEqual([]);
    expect(warningsOf(join(FIXTURES, 'eslintrc', 'eslintrc.json'))).toEqual([]);
  });

  it('an error in a referenced file names that file and its pointer, items as written', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pointers-'));
    cpSync(join(FIXTURES, 'eslintrc'), dir, { recursive: true });
    const style = join(dir, 'rules', 'style.json');
    writeFileSync(style, readFileSync(style, 'utf8').replace('"SwitchCase": { "type": "integer",', '"SwitchCase": { "type": "integer", "minLength": 1.5,'));
    let error: unknown = null;
    try {
      loadModel(join(dir, 'eslintrc.json'));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SchemaError);
    expect((error as SchemaError).format()).toContain(`${style}#/definitions/indent/anyOf/1/items/2/properties/SwitchCase/minLength`);
  });

  it('a wrong default in a draft-07 definition warns at "definitions"', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pointers-'));
    const schema = {
      $schema: 'http://json-schema.org/draft-07/schema#',
      title: 'T',
      type: 'object',
      properties: { options: { $ref: '#/definitions/options' } },
      definitions: { options: { type: 'object', properties: { level: { enum: [0, 1, 2], default: 3 } } } },
    };
    writeFileSync(join(dir, 't.json'), JSON.stringify(schema));
    expect(warningsOf(join(dir, 't.json')).map((p) => p.replace(/^.*#/, '#'))).toEqual(['#/definitions/options/properties/level/default']);
  });
});
