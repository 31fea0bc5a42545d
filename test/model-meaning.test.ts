// Schemas the generator used to accept and then read wrongly (issue 17's list), and the typing rule
// for the rest of the vocabulary: a declaration's or member's type holds every valid value (binding
// one never fails); it may be wider than the schema, which the validators narrow. What is modelled
// exactly has golden cases (required-unknown, enum-siblings, root-declaration) running their
// samples in every language against Ajv; what is wider is "widened" (ModelBuilder.widened), which
// the check stage and the union modes read; test/cases/vocabulary-typing binds valid values of
// every widened construct in every language.

import { describe, expect, it } from 'vitest';
import { SchemaError } from '../generator/errors.js';
import { modelFromText, type LoadOptions } from '../generator/index.js';
import type { Declaration, JsonValue, Model } from '../generator/model/ir.js';
import { buildModelNoting } from '../generator/stages/build-model.js';
import { toDraft202012 } from '../generator/stages/dialect.js';
import { checkSchema } from '../generator/stages/load.js';
import { resolveRefs } from '../generator/stages/resolve.js';

const DRAFT = 'https://json-schema.org/draft/2020-12/schema';

function model(schema: Record<string, unknown>, source = 'test.schema.json', load: LoadOptions = {}): Model {
  return modelFromText(JSON.stringify({ $schema: DRAFT, ...schema }), source, source, load);
}

/** The model and the pointers of the schemas it types wider than they are. */
function noting(schema: Record<string, unknown>): { model: Model; widened: ReadonlySet<string> } {
  const root = checkSchema(toDraft202012(JSON.parse(JSON.stringify({ $schema: DRAFT, ...schema })) as JsonValue));
  return buildModelNoting(resolveRefs(root, 'test.schema.json'), 'test.schema.json');
}

function refusal(schema: Record<string, unknown>, load: LoadOptions = {}): SchemaError {
  try {
    model(schema, 'test.schema.json', load);
  } catch (error) {
    if (error instanceof SchemaError) return error;
    throw error;
  }
  throw new Error('accepted');
}

describe('"properties" without "type" is any value (12 and [] are valid), widened', () => {
  it.each([
    ['a definition', { $defs: { A: { properties: { a: { type: 'string' } } } } }, '/$defs/A'],
    ['a property', { $defs: { A: { type: 'object', properties: { b: { properties: {} } } } } }, '/$defs/A/properties/b'],
    ['the root', { properties: { a: { type: 'string' } } }, ''],
  ])('%s', (_label, schema, pointer) => {
    const { model: m, widened } = noting(schema);
    const typeAt = (d: Declaration): unknown =>
      d.kind === 'alias' ? d.type : d.kind === 'object' ? d.properties.find((p) => p.pointer === pointer)?.type : undefined;
    expect(m.declarations.map(typeAt)).toContainEqual({ kind: 'any', nullable: true });
    expect(widened.has(pointer)).toBe(true);
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
    ['a const', { type: 'string', const: 'ab', minLength: 3 }],
    ['every enum value', { type: 'string', enum: ['bb', 'cc'], maxLength: 1 }],
    ['by pattern', { type: 'string', enum: ['y1', 'y2'], pattern: '^x' }],
    ['by exclusiveMaximum', { type: 'integer', const: 3, exclusiveMaximum: 3 }],
    ['by "type"', { type: 'string', const: 1 }],
  ])('types %s none of whose values is left as the false schema: any value, widened', (_label, schema) => {
    const { model: m, widened } = noting({ $defs: { A: schema } });
    expect(m.declarations).toMatchObject([{ id: '/$defs/A', kind: 'alias', type: { kind: 'any' } }]);
    expect(widened.has('/$defs/A')).toBe(true);
  });
});

describe('"required" names without a property schema are checked', () => {
  it('beside "properties" that leave the name out: a warning with the pointer, an error under --strict; alone: nothing to say', () => {
    const warnings: string[] = [];
    const schema = { $defs: { A: { type: 'object', properties: { a: { type: 'string' } }, required: ['a', 'b'] }, B: { type: 'object', required: ['c'] } } };
    const m = model(schema, 'test.schema.json', { warn: (w) => warnings.push(w) });
    expect(m.declarations[0]).toMatchObject({ kind: 'object', properties: [{ jsonName: 'a' }, { jsonName: 'b', required: true, type: { kind: 'any' } }] });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('"required" names "b", which "properties" does not define');
    expect(warnings[0]).toContain('#/$defs/A/required/1');
    expect(() => model(schema, 'test.schema.json', { strict: true })).toThrow(/"required" names "b"/);
  });

  it('become required properties typed by "additionalProperties"', () => {
    const m = model({ $defs: { A: { type: 'object', required: ['a'], additionalProperties: { type: 'integer' } } } });
    expect(m.declarations[0]).toMatchObject({
      kind: 'object',
      properties: [{ jsonName: 'a', required: true, type: { kind: 'integer' }, pointer: '/$defs/A/required/0' }],
    });
  });

  it('types a name "additionalProperties": false forbids as any value, widened (no object is valid)', () => {
    const { model: m, widened } = noting({ $defs: { A: { type: 'object', required: ['a'], additionalProperties: false } } });
    expect(m.declarations[0]).toMatchObject({ kind: 'object', properties: [{ jsonName: 'a', type: { kind: 'any' } }] });
    expect(widened.has('/$defs/A/required/0')).toBe(true);
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

describe('the typing rule: every valid value has the type, which may be wider than the schema', () => {
  const only = (schema: unknown): { d: Declaration; widened: boolean } => {
    const { model: m, widened } = noting({ $defs: { A: schema } });
    return { d: m.declarations.find((d) => d.id === '/$defs/A')!, widened: widened.has('/$defs/A') };
  };

  it.each([
    ['allOf', { type: 'string', allOf: [{ minLength: 1 }] }],
    ['not', { type: 'string', not: { const: 'x' } }],
    ['if/then/else', { type: 'string', if: { minLength: 2 }, then: { pattern: '^a' }, else: { pattern: '^b' } }],
    ['format', { type: 'string', format: 'email', contentMediaType: 'text/plain' }],
    ['multipleOf', { type: 'number', multipleOf: 0.5 }],
  ])('keywords that only narrow (%s) leave the base type, widened', (_label, schema) => {
    const { d, widened } = only(schema);
    expect(d).toMatchObject({ kind: 'alias', type: { kind: (schema as { type: string }).type } });
    expect(widened).toBe(!('format' in schema));
  });

  it('"$ref" with siblings: the referenced type, widened', () => {
    const { model: m, widened } = noting({ $defs: { A: { $ref: '#/$defs/B', minLength: 2 }, B: { type: 'string' } } });
    expect(m.declarations[0]).toMatchObject({ kind: 'alias', type: { kind: 'ref', id: '/$defs/B' } });
    expect(widened.has('/$defs/A')).toBe(true);
  });

  it.each([
    [
      'prefixItems: an array of any value',
      { type: 'array', prefixItems: [{ type: 'string' }], items: { type: 'integer' } },
      { kind: 'array', items: { kind: 'any' } },
    ],
    ['a type and null (unchanged)', { type: ['string', 'null'] }, { kind: 'string', nullable: true }],
    ['no type', { minLength: 2 }, { kind: 'any' }],
    ['an enum of objects', { enum: [{ a: 1 }, 2, { a: 1 }] }, { kind: 'literal', nullable: false, values: [{ a: 1 }, 2] }],
    ['an enum of arrays and null', { enum: [[1], null] }, { kind: 'literal', nullable: true, values: [[1]] }],
    ['an enum of objects beside a keyword that may reject one', { enum: [{ a: 1 }], required: ['b'] }, { kind: 'any' }],
    ['an enum of null', { enum: [null] }, { kind: 'null' }],
    [
      'a tuple of like items, closed',
      { type: 'array', prefixItems: [{ type: 'number' }, { type: 'number' }], items: false },
      { kind: 'array', items: { kind: 'number' }, tuple: { items: [{ kind: 'number' }, { kind: 'number' }], rest: null } },
    ],
    [
      'a tuple of unlike items, then more',
      { type: 'array', prefixItems: [{ type: 'string' }], items: { type: 'boolean' } },
      { kind: 'array', items: { kind: 'any' }, tuple: { items: [{ kind: 'string' }], rest: { kind: 'boolean' } } },
    ],
    [
      'a tuple of like items, any value after them',
      { type: 'array', prefixItems: [{ type: 'string' }] },
      { kind: 'array', items: { kind: 'any' }, tuple: { rest: { kind: 'any' } } },
    ],
    ['a const object', { const: { a: 1 } }, { kind: 'literal', nullable: false, values: [{ a: 1 }] }],
    ['a const array its "type" rejects', { const: [1], type: 'object' }, { kind: 'any' }],
    ['the false schema', false, { kind: 'any' }],
    // Another resource defining "n" reaches it, so the scope decides what it names: any value.
    [
      'a "$dynamicRef" the dynamic scope can change',
      {
        $dynamicRef: '#n',
        $defs: { N: { $dynamicAnchor: 'n', type: 'string' }, Other: { $id: 'other', $dynamicAnchor: 'n', $ref: 'test.schema.json#/$defs/A' } },
      },
      { kind: 'any' },
    ],
    // Only N defines "n": the reference names it wherever it is met (model/dynamic-scope.ts).
    ['a "$dynamicRef" that names one schema', { $dynamicRef: '#n', $defs: { N: { $dynamicAnchor: 'n', type: 'string' } } }, { kind: 'string' }],
  ])('%s', (_label, schema, type) => {
    expect(only(schema).d).toMatchObject({ kind: 'alias', type });
  });

  it('a "type" list of several types: a union of them, each variant bound by a schema of its own in the validation document', () => {
    const { d } = only({ type: ['string', 'integer', 'null'], minLength: 1 });
    expect(d).toMatchObject({
      kind: 'union',
      mode: 'anyOf',
      nullable: true,
      variants: [{ kind: 'string', constraints: { minLength: 1 } }, { kind: 'integer' }],
      variantPointers: ['/$defs/schema-codegen-types/$defs/0', '/$defs/schema-codegen-types/$defs/1'],
    });
    // "integer" beside "number" is the number; a key the schema uses for its own is not taken.
    const m = model({ $defs: { 'schema-codegen-types': { type: ['integer', 'number', 'boolean'] } } });
    expect(m.declarations[0]).toMatchObject({ kind: 'union', variants: [{ kind: 'number' }, { kind: 'boolean' }] });
    const document = JSON.parse(m.validation.documents[0]!.text) as { $defs: Record<string, unknown> };
    expect(document.$defs['schema-codegen-types-2']).toEqual({
      $defs: {
        '0': { type: 'number', $ref: '#/$defs/schema-codegen-types' },
        '1': { type: 'boolean', $ref: '#/$defs/schema-codegen-types' },
      },
    });
  });

  it('an enum of values of several JSON types: a union of one enum (or const, or boolean) per type', () => {
    const { d } = only({ enum: [0, 1, 'off', 'on', true, false, null] });
    expect(d).toMatchObject({
      kind: 'union',
      nullable: true,
      variants: [{ kind: 'ref', id: '/$defs/schema-codegen-types/$defs/0' }, { kind: 'ref', id: '/$defs/schema-codegen-types/$defs/1' }, { kind: 'boolean' }],
    });
    expect(only({ enum: [1, 'a'], type: 'string' }).d).toMatchObject({ kind: 'alias', type: { kind: 'const', value: 'a' } }); // "type" keeps one
  });

  it('"patternProperties" beside "properties": other members any value unless every schema has the same type', () => {
    const mixed = only({ type: 'object', properties: { a: { type: 'string' } }, patternProperties: { '^x': { type: 'integer' } } });
    expect(mixed.d).toMatchObject({ kind: 'object', additional: { kind: 'allow' } });
    const same = only({
      type: 'object',
      properties: { a: { type: 'string' } },
      patternProperties: { '^x': { type: 'integer' } },
      additionalProperties: { type: 'integer' },
    });
    expect(same.d).toMatchObject({ kind: 'object', additional: { kind: 'typed', type: { kind: 'integer' } } });
    const denied = only({ type: 'object', patternProperties: { '^x': { type: 'integer' } }, additionalProperties: false });
    expect(denied.d).toMatchObject({ kind: 'object', properties: [], additional: { kind: 'typed', type: { kind: 'integer' } } });
  });

  it('"type" beside "oneOf": the union, widened; a oneOf of widened variants is an anyOf in the model', () => {
    expect(only({ type: 'string', oneOf: [{ type: 'string' }, { type: 'integer' }] })).toMatchObject({ d: { kind: 'union', mode: 'oneOf' }, widened: true });
    expect(
      only({
        oneOf: [
          { type: 'string', not: { const: 'a' } },
          { type: 'string', maxLength: 3 },
        ],
      }).d,
    ).toMatchObject({ kind: 'union', mode: 'anyOf' });
    expect(only({ oneOf: [{ type: 'string' }, { type: 'integer' }] }).d).toMatchObject({ kind: 'union', mode: 'oneOf' });
  });

  it('references name declarations through anchors, "$id" resources and "#" (the root); a schema inside another is typed where it stands', () => {
    const { model: m } = noting({
      title: 'Root',
      type: 'object',
      properties: { self: { $ref: '#' }, anchored: { $ref: '#b' }, byId: { $ref: 'https://example.com/c.json' }, inside: { $ref: '#/$defs/C/properties/x' } },
      $defs: { B: { $anchor: 'b', type: 'string' }, C: { $id: 'https://example.com/c.json', type: 'object', properties: { x: { type: 'integer' } } } },
    });
    const root = m.declarations.find((d) => d.id === '')!;
    expect(root.kind === 'object' && root.properties.map((p) => p.type)).toMatchObject([
      { kind: 'ref', id: '' },
      { kind: 'ref', id: '/$defs/B' },
      { kind: 'ref', id: '/$defs/C' },
      { kind: 'integer' },
    ]);
    // An object inside another is declared once, where it stands; a reference met again while its
    // schema is typed (an array of itself) is any value, widened.
    const { model: n, widened } = noting({
      $defs: {
        A: { type: 'object', properties: { o: { type: 'object', properties: { v: { type: 'string' } } } } },
        B: {
          type: 'object',
          properties: { o: { $ref: '#/$defs/A/properties/o' }, deep: { type: 'array', items: { $ref: '#/$defs/B/properties/deep' } } },
        },
      },
    });
    expect(n.declarations.map((d) => d.id)).toEqual(['/$defs/A', '/$defs/A/properties/o', '/$defs/B']);
    const b = n.declarations.find((d) => d.id === '/$defs/B')!;
    expect(b.kind === 'object' && b.properties.map((p) => p.type)).toMatchObject([
      { kind: 'ref', id: '/$defs/A/properties/o' },
      { kind: 'array', items: { kind: 'array', items: { kind: 'any' } } },
    ]);
    expect(widened.has('/$defs/B/properties/deep/items')).toBe(true);
  });

  it('a "$defs" entry holding only "$defs" (a bundled file of definitions) declares nothing; what it holds is typed where a reference names it', () => {
    const m = model({
      $defs: {
        Rules: { $id: 'https://example.com/rules.json', $defs: { level: { type: 'string', enum: ['off', 'on'] } } },
        Config: { type: 'object', properties: { level: { $ref: 'https://example.com/rules.json#/$defs/level' } } },
      },
    });
    expect(m.declarations.map((d) => [d.id, d.kind])).toEqual([
      ['/$defs/Config', 'object'],
      ['/$defs/Rules/$defs/level', 'enum'],
    ]);
  });

  it('a boolean root is a declaration typed as any value (false: no value is valid; true: every value is)', () => {
    expect(modelFromText('false', 'nothing.json').declarations).toMatchObject([{ id: '', kind: 'alias', words: ['nothing'], type: { kind: 'any' } }]);
    expect(modelFromText('true', 'everything.json').declarations).toMatchObject([{ id: '', kind: 'alias', words: ['everything'], type: { kind: 'any' } }]);
    // So is an object root with nothing at all (issue 17 item 2); one holding only "$defs" is a container.
    expect(modelFromText('{}', 'empty.json').declarations).toMatchObject([{ id: '', kind: 'alias', words: ['empty'], type: { kind: 'any' } }]);
    expect(modelFromText('{"$defs": {"A": {"type": "string"}}}', 'container.json').declarations.map((d) => d.id)).toEqual(['/$defs/A']);
  });

  it('draft-07 reads through the dialect stage: "definitions", "$ref" overriding its siblings, array "items"', () => {
    const m = modelFromText(
      JSON.stringify({
        $schema: 'http://json-schema.org/draft-07/schema#',
        definitions: { A: { type: 'array', items: [{ type: 'string' }] }, B: { $ref: '#/definitions/A', type: 'string' } },
      }),
      'd7.json',
    );
    expect(m.declarations).toMatchObject([
      { id: '/$defs/A', type: { kind: 'array', items: { kind: 'any' } } },
      { id: '/$defs/B', type: { kind: 'ref', id: '/$defs/A' } },
    ]);
    expect(JSON.parse(m.validation.documents[0]!.text)).toMatchObject({ $schema: DRAFT, $defs: { A: { prefixItems: [{ type: 'string' }] } } });
  });

  it('examples are checked where the model holds the schema, not claimed where it is wider', () => {
    const strict = { strict: true };
    expect(() => model({ $defs: { A: { type: 'string', not: { const: 'x' }, examples: ['x'] } } }, 'test.schema.json', strict)).not.toThrow();
    expect(refusal({ $defs: { A: { type: 'string', maxLength: 1, examples: ['xy'] } } }, strict).message).toContain('example 0 does not validate');
    expect(
      refusal({ $defs: { A: { type: 'object', properties: { b: { $ref: '#/$defs/B' } }, examples: [{ b: 1 }] }, B: { type: 'string' } } }, strict).message,
    ).toContain('example 0 does not validate');
  });

  it('a $defs entry named "" is named from its pointer (DefsEmpty); names of symbols only are spelled, as openapi-generator spells them', () => {
    const m = model({ $defs: { '': { type: 'number' }, A: { type: 'object', properties: { x: { $ref: '#/$defs/' } } } } });
    expect(m.declarations).toMatchObject([{ id: '/$defs/', schemaName: '', words: ['defs', 'empty'] }, { id: '/$defs/A' }]);
    const spelled = model({
      $defs: {
        '%%': { type: 'number' },
        Filter: {
          type: 'object',
          properties: { '*': { type: 'string' }, '': { type: 'string' }, '>=': { type: 'number' }, '\u2603': { type: 'boolean' } },
          required: ['@'],
        },
      },
    });
    expect(spelled.declarations.map((d) => d.words.join(' '))).toEqual(['percent percent', 'filter']);
    const filter = spelled.declarations[1]!;
    expect(filter.kind === 'object' && filter.properties.map((p) => p.words.join(' '))).toEqual(['star', 'empty', 'greater than or equal to', 'u2603', 'at']);
  });

  it('"dependencies" in a 2020-12 document reads as dependentRequired/dependentSchemas, with one warning; --strict refuses it', () => {
    const warnings: string[] = [];
    const schema = {
      $defs: {
        A: {
          type: 'object',
          dependencies: { a: ['b'], c: { required: ['d'] }, e: ['f'] },
          dependentRequired: { e: ['g'] },
          dependentSchemas: { c: { maxProperties: 3 } },
          properties: { n: { dependencies: { x: ['y'] } } },
        },
      },
    };
    const m = model(schema, 'test.schema.json', { warn: (text) => warnings.push(text) });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^warning: "dependencies" read as "dependentRequired" and "dependentSchemas" \(2 occurrences, the first here\)/);
    expect(warnings[0]).toContain('test.schema.json#/$defs/A/dependencies');
    const a = (JSON.parse(m.validation.documents[0]!.text) as { $defs: Record<string, Record<string, unknown>> }).$defs['A']!;
    expect(a['dependencies']).toBeUndefined();
    expect(a['dependentRequired']).toEqual({ e: ['g', 'f'], a: ['b'] });
    expect(a['dependentSchemas']).toEqual({ c: { allOf: [{ maxProperties: 3 }, { required: ['d'] }] } });
    expect((a['properties'] as Record<string, Record<string, unknown>>)['n']).toEqual({ dependentRequired: { x: ['y'] } });
    const strict = refusal(schema, { strict: true });
    expect(strict.message).toBe('"dependencies" is not a draft 2020-12 keyword, refused by --strict');
    expect(strict.pointer).toBe('/$defs/A/dependencies');
  });

  it('"dependencies" on members named like Object.prototype properties ("toString", "__proto__") reads as their own', () => {
    const schema = {
      $defs: { A: { type: 'object', dependencies: JSON.parse('{"toString": ["a"], "__proto__": ["b"], "constructor": {"required": ["c"]}}') as object } },
    };
    const m = model(schema, 'test.schema.json', { warn: () => undefined });
    const a = (JSON.parse(m.validation.documents[0]!.text) as { $defs: Record<string, Record<string, unknown>> }).$defs['A']!;
    expect(JSON.stringify(a['dependentRequired'])).toBe('{"toString":["a"],"__proto__":["b"]}');
    expect(JSON.stringify(a['dependentSchemas'])).toBe('{"constructor":{"required":["c"]}}');
  });

  it('an invalid example or default is a warning with its pointer (issue 18); the default is left out of the model', () => {
    const warnings: string[] = [];
    const schema = {
      $defs: {
        A: { type: 'object', properties: { n: { type: 'integer', maximum: 3, default: 5 }, s: { type: 'string', default: 'ok' } }, examples: [{ n: 'x' }] },
      },
    };
    const m = model(schema, 'test.schema.json', { warn: (text) => warnings.push(text) });
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/^warning: example 0 does not validate: at "\/n" it must be integer \(type\)/);
    expect(warnings[0]).toContain('test.schema.json#/$defs/A/examples/0');
    expect(warnings[1]).toMatch(/^warning: the default of "n" does not validate: it must be <= 3 \(maximum\); the generated code leaves it out/);
    expect(warnings[1]).toContain('test.schema.json#/$defs/A/properties/n/default');
    const a = m.declarations.find((d) => d.id === '/$defs/A')!;
    expect(a.kind === 'object' && a.properties.map((p) => p.default)).toEqual([null, { value: 'ok' }]);
    expect(a.examples).toEqual([{ n: 'x' }]); // documentation only: kept
    expect(refusal(schema, { strict: true }).pointer).toBe('/$defs/A/examples/0');
  });

  it('examples and defaults are checked at every schema the model types: items, tuple positions, map values, union and nullable branches, declarations', () => {
    const warnings: string[] = [];
    const schema = {
      $defs: {
        A: {
          type: 'object',
          properties: {
            list: { type: 'array', items: { type: 'integer', examples: ['one', 2] } },
            pair: { type: 'array', prefixItems: [{ type: 'string' }, { type: 'integer', examples: [1.5] }] },
            map: { type: 'object', additionalProperties: { type: 'boolean', examples: [0] } },
            maybe: { anyOf: [{ type: 'string', examples: [null, 'ok'] }, { type: 'null' }] },
            narrowed: { allOf: [{ type: 'string', examples: [7] }] },
          },
        },
        U: {
          oneOf: [
            { type: 'string', examples: ['s'] },
            { type: 'object', properties: { k: { type: 'string' } }, examples: [{ k: 1 }] },
          ],
        },
        D: { type: 'object', properties: { a: { type: 'string' } }, default: null },
        L: { type: 'array', items: { type: 'string', default: 3 } },
      },
    };
    model(schema, 'test.schema.json', { warn: (text) => warnings.push(text) });
    const at = warnings.map((w) => /#(\S+)/.exec(w)![1]);
    expect(at).toEqual([
      '/$defs/A/properties/list/items/examples/0',
      '/$defs/A/properties/pair/prefixItems/1/examples/0',
      '/$defs/A/properties/map/additionalProperties/examples/0',
      '/$defs/A/properties/maybe/anyOf/0/examples/0',
      '/$defs/U/oneOf/1/examples/0',
      '/$defs/D/default',
      '/$defs/L/items/default',
    ]);
    expect(warnings[0]).toMatch(/^warning: example 0 does not validate: at "" it must be integer \(type\)/);
    expect(warnings[4]).toMatch(/^warning: example 0 does not validate: at "\/k" it must be string \(type\)/);
    // A declaration's default is in no generated code: nothing to leave out.
    expect(warnings[5]).toMatch(/^warning: the default does not validate: it must be object \(type\)\n/);
    expect(refusal(schema, { strict: true }).pointer).toBe('/$defs/A/properties/list/items/examples/0');
  });

  it.each([
    [
      'a remote reference',
      { $defs: { A: { $ref: 'https://example.com/a.json' } } },
      'remote reference "https://example.com/a.json" names a document that is not in this schema, and remote documents are never fetched',
    ],
    ['an unknown "$schema"', { $schema: 'https://example.com/meta', $defs: {} }, 'unknown "$schema" "https://example.com/meta"'],
    ['a dangling anchor', { $defs: { A: { $ref: '#nowhere' } } }, 'points at nothing'],
  ])('refuses %s', (_label, schema, message) => {
    expect(refusal(schema).message).toContain(message);
  });
});
