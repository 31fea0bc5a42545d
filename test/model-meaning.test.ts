// Schemas the generator used to accept and then read wrongly (issue 17's list): each one is now
// either modelled exactly (the golden cases required-unknown, enum-siblings and root-declaration
// run their samples in every language against Ajv) or refused here, with a pointer and a hint.

import { describe, expect, it } from 'vitest';
import { SchemaError } from '../generator/errors.js';
import { modelFromText } from '../generator/index.js';
import type { Model } from '../generator/model/ir.js';

const DRAFT = 'https://json-schema.org/draft/2020-12/schema';

function model(schema: Record<string, unknown>, source = 'test.schema.json'): Model {
  return modelFromText(JSON.stringify({ $schema: DRAFT, ...schema }), source);
}

function refusal(schema: Record<string, unknown>): SchemaError {
  try {
    model(schema);
  } catch (error) {
    if (error instanceof SchemaError) return error;
    throw error;
  }
  throw new Error('accepted');
}

describe('"properties" without "type" is refused (it would reject 12 and [], which are valid)', () => {
  it.each([
    ['a definition', { $defs: { A: { properties: { a: { type: 'string' } } } } }, '/$defs/A'],
    ['a property', { $defs: { A: { type: 'object', properties: { b: { properties: {} } } } } }, '/$defs/A/properties/b'],
    ['the root', { properties: { a: { type: 'string' } } }, ''],
  ])('%s', (_label, schema, pointer) => {
    const error = refusal(schema);
    expect(error.message).toContain('"properties" without "type"');
    expect(error.pointer).toBe(pointer);
    expect(error.hint).toContain('add "type": "object"');
  });
});

describe('keywords beside "const" and "enum" apply', () => {
  it('drops the enum values they reject', () => {
    const m = model({ $defs: { A: { type: 'string', enum: ['a', 'bb', 'c'], maxLength: 1 } } });
    expect(m.declarations[0]).toMatchObject({ kind: 'enum', values: ['a', 'c'] });
  });

  it('ignores a keyword for values of a type it does not apply to', () => {
    const m = model({ $defs: { A: { type: 'integer', enum: [1, 22], maxLength: 1 } } });
    expect(m.declarations[0]).toMatchObject({ kind: 'enum', values: [1, 22] });
  });

  it.each([
    ['a const', { type: 'string', const: 'ab', minLength: 3 }, '/$defs/A/minLength', '"minLength" rejects "const" "ab"'],
    ['every enum value', { type: 'string', enum: ['bb', 'cc'], maxLength: 1 }, '/$defs/A/maxLength', '"maxLength" rejects every "enum" value'],
    ['by pattern', { type: 'string', enum: ['y1', 'y2'], pattern: '^x' }, '/$defs/A/pattern', '"pattern" rejects every "enum" value'],
    ['by exclusiveMaximum', { type: 'integer', const: 3, exclusiveMaximum: 3 }, '/$defs/A/exclusiveMaximum', '"exclusiveMaximum" rejects "const" 3'],
  ])('refuses %s none of whose values is left', (_label, schema, pointer, message) => {
    const error = refusal({ $defs: { A: schema } });
    expect(error.message).toContain(message);
    expect(error.pointer).toBe(pointer);
    expect(error.hint).toMatch(/^remove "/);
  });
});

describe('"required" names without a property schema are checked', () => {
  it('become required properties typed by "additionalProperties"', () => {
    const m = model({ $defs: { A: { type: 'object', required: ['a'], additionalProperties: { type: 'integer' } } } });
    expect(m.declarations[0]).toMatchObject({
      kind: 'object',
      properties: [{ jsonName: 'a', required: true, type: { kind: 'integer' }, pointer: '/$defs/A/required/0' }],
    });
  });

  it('refuses a name "additionalProperties": false forbids (no object is valid)', () => {
    const error = refusal({ $defs: { A: { type: 'object', required: ['a'], additionalProperties: false } } });
    expect(error.pointer).toBe('/$defs/A/required/0');
    expect(error.message).toContain('accepts no object');
  });
});

describe('the document root is a declaration when it has validation keywords', () => {
  it('named from its title', () => {
    const m = model({ title: 'A point', type: 'object', properties: { x: { type: 'number' } } });
    expect(m.declarations.map((d) => [d.id, d.schemaName, d.words])).toEqual([['', 'A point', ['a', 'point']]]);
  });

  it('else from the file name', () => {
    const m = model({ type: 'string', maxLength: 3 }, 'schemas/order-form.schema.json');
    expect(m.declarations).toMatchObject([{ id: '', kind: 'alias', words: ['order', 'form'] }]);
  });

  it('else from an x-codegen name', () => {
    const m = model({ type: 'string', 'x-codegen': { typescript: { name: 'Code' } } }, '--.json');
    expect(m.declarations).toMatchObject([{ id: '', words: ['code'] }]);
  });

  it('refused when nothing names it', () => {
    expect(() => model({ type: 'string' }, '--.json')).toThrow(/neither its "title" nor the file name/);
  });

  it('a root of only $defs and annotations declares nothing itself', () => {
    const m = model({ title: 'Defs', description: 'd', $defs: { A: { type: 'string' } } });
    expect(m.declarations.map((d) => d.id)).toEqual(['/$defs/A']);
  });

  it('a union at the root, beside "$defs"', () => {
    const m = model({ title: 'Shape', oneOf: [{ $ref: '#/$defs/A' }, { type: 'integer' }], $defs: { A: { type: 'string' } } });
    expect(m.declarations[0]).toMatchObject({ id: '', kind: 'union', words: ['shape'] });
  });
});
