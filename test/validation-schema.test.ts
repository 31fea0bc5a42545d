// The validation schema every target's runtime reads (generator/stages/validation-schema.ts):
// for every case and the canonical schema, each declaration's URI names a schema in the emitted
// documents, and the TypeScript runtime validator on those documents (annotations stripped)
// answers every sample as Ajv does on the original schema. So stripping changes no meaning and
// the URIs point where the declarations are.

import { describe, expect, it } from 'vitest';
import { loadModel } from '../generator/index.js';
import { schemaUriOf, validationSchema } from '../generator/stages/validation-schema.js';
import { SchemaValidator } from '../templates/typescript/runtime/schema.js';
import { makeOracle } from './helpers/ajv.js';
import { allSchemas } from './helpers/cases.js';

describe('validation schema', () => {
  it.each(allSchemas().map((c) => [c.name, c] as const))('%s: declarations found, samples answered as Ajv does', (_name, c) => {
    const model = loadModel(c.schemaPath);
    const validator = new SchemaValidator({ documents: Object.fromEntries(model.validation.documents.map((d) => [d.uri, JSON.parse(d.text)])) });
    for (const declaration of model.declarations) expect(() => validator.schema(schemaUriOf(model, declaration)), declaration.id).not.toThrow();
    const oracle = makeOracle(c.schema);
    const vectors = [...c.valid, ...c.invalid];
    expect(vectors.length).toBeGreaterThan(0);
    for (const vector of vectors) {
      const declaration = model.declarations.find((d) => !d.hoisted && d.schemaName === vector.schema);
      expect(declaration, vector.schema).toBeDefined();
      const ours = validator.schema(schemaUriOf(model, declaration!)).isValid(vector.json);
      expect(ours, JSON.stringify(vector)).toBe(oracle.validate(vector.schema, vector.json).ok);
    }
  });

  it('drops annotations only where no reference points into them, and keeps property names', () => {
    const root = {
      $defs: {
        A: { type: 'object', description: 'dropped', title: 'dropped', properties: { description: { type: 'string', 'x-note': 1 } }, examples: [{}] },
        B: { $ref: '#/$defs/A/x-kept/inner' },
      },
      'x-other': { dropped: true },
    };
    const withKept = { ...root, $defs: { ...root.$defs, A: { ...root.$defs.A, 'x-kept': { inner: { type: 'integer' } } } } };
    const out = validationSchema(withKept, 'dir/my schema.json');
    expect(out.rootUri).toBe('file:///my%20schema.json');
    expect(JSON.parse(out.documents[0]!.text)).toEqual({
      $defs: {
        A: { type: 'object', properties: { description: { type: 'string' } }, 'x-kept': { inner: { type: 'integer' } } },
        B: { $ref: '#/$defs/A/x-kept/inner' },
      },
    });
  });

  it('collects every pattern, sorted, and takes an absolute $id as the URI', () => {
    const out = validationSchema(
      { $id: 'https://example.com/s.json#', $defs: { A: { pattern: 'b+', patternProperties: { '^a': { pattern: 'a' } } } } },
      's.json',
    );
    expect(out.rootUri).toBe('https://example.com/s.json');
    expect(out.patterns).toEqual(['^a', 'a', 'b+']);
  });
});
