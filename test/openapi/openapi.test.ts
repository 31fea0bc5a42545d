// OpenAPI input (stages/openapi*.ts): the 3.0 and 3.1 fixtures become the JSON Schema the
// pipeline reads, mean to Ajv what the OpenAPI document means, render in every target, and every
// refusal points into the document as written.

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { SchemaError, loadModel, openApiDocumentOf, renderModel } from '../../generator/index.js';
import { fromOpenApi } from '../../generator/stages/openapi.js';
import { makeOracle } from '../helpers/ajv.js';
import { ROOT, defaultOptions } from '../helpers/cases.js';

const FIXTURES = join(ROOT, 'test', 'openapi', 'fixtures');
const PETSTORE = join(FIXTURES, 'petstore-3.0.yaml');
const EVENTS = join(FIXTURES, 'events-3.1.json');

function converted(path: string): Record<string, any> {
  const text = readFileSync(path, 'utf8');
  return fromOpenApi(path.endsWith('.json') ? JSON.parse(text) : parse(text))!.schema as Record<string, any>;
}

/** The SchemaError a document (written as JSON) gets, from the whole pipeline. */
function refusal(document: unknown): SchemaError {
  const dir = mkdtempSync(join(tmpdir(), 'openapi-'));
  writeFileSync(join(dir, 'api.json'), JSON.stringify(document));
  try {
    loadModel(join(dir, 'api.json'));
  } catch (error) {
    if (error instanceof SchemaError) return error;
    throw error;
  }
  throw new Error('accepted');
}

const base = (schemas: Record<string, unknown>, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  openapi: '3.0.3',
  info: { title: 'T', version: '1' },
  paths: {},
  components: { schemas },
  ...extra,
});

describe('OpenAPI 3.0 (petstore-3.0.yaml)', () => {
  const schema = converted(PETSTORE);

  it('declares components.schemas by key, then the inline schemas of operations, by title or operationId + role', () => {
    expect(Object.keys(schema['$defs'])).toEqual([
      'Pet',
      'Tag',
      'GetPetPetIdParameter',
      'GetPetResponseDefault',
      'UpdatePetRequest',
      'UpdatedPet',
      'UpdatePetResponse202',
    ]);
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema['title']).toBe('Pet store');
  });

  it('converts the 3.0 dialect', () => {
    const pet = schema['$defs'].Pet;
    expect(pet.examples).toEqual([{ id: 1, kind: 'cat', name: 'Tom' }]);
    expect(pet.properties.id).toEqual({ type: 'integer', 'x-oas-readOnly': true, exclusiveMinimum: 0 });
    expect(pet.properties.kind).toEqual({ type: ['string', 'null'], enum: ['cat', 'dog', null] });
    expect(pet.properties.tag).toEqual({ $ref: '#/$defs/Tag' });
    expect(pet['x-oas-xml']).toEqual({ name: 'pet' });
    expect(schema['$defs'].Tag).toEqual({ description: 'A label, or null when the pet has none.', type: ['string', 'null'], minLength: 1 });
    // No "type": wrapped, the annotations outside so they stay the declaration's.
    const wrapped = fromOpenApi(base({ T: { description: 'd', nullable: true, oneOf: [{ type: 'string' }, { type: 'integer' }] } }) as never)!.schema;
    expect((wrapped['$defs'] as Record<string, unknown>)['T']).toEqual({
      description: 'd',
      anyOf: [{ oneOf: [{ type: 'string' }, { type: 'integer' }] }, { type: 'null' }],
    });
    expect(schema['$defs'].GetPetResponseDefault.properties.status).toEqual({ type: 'integer', minimum: 400, exclusiveMaximum: 600 });
  });

  it('means to Ajv what the OpenAPI document means', () => {
    const oracle = makeOracle(schema);
    const ok = (name: string, value: unknown): boolean => oracle.validate(name, value).ok;
    expect(ok('Pet', { id: 1, kind: null, tag: null })).toBe(true);
    expect(ok('Pet', { id: 0, kind: 'cat' })).toBe(false); // exclusiveMinimum: true
    expect(ok('Pet', { id: 1, kind: 'cow' })).toBe(false);
    expect(ok('Tag', 'red')).toBe(true);
    expect(ok('Tag', '')).toBe(false);
    expect(ok('GetPetResponseDefault', { status: 600 })).toBe(false);
    expect(ok('GetPetResponseDefault', { status: 599 })).toBe(true);
    expect(ok('UpdatePetRequest', { name: null })).toBe(true);
    expect(ok('GetPetPetIdParameter', 'Bad Id')).toBe(false);
  });

  it('renders in every target', () => {
    const files = renderModel(loadModel(PETSTORE), defaultOptions());
    const ts = files.get('typescript/index.ts')!;
    for (const name of ['Pet', 'Tag', 'GetPetPetIdParameter', 'UpdatePetRequest', 'UpdatedPet', 'UpdatePetResponse202']) expect(ts).toContain(name);
    expect([...files.keys()].some((p) => p.startsWith('java/'))).toBe(true);
  });
});

describe('OpenAPI 3.1 (events-3.1.json)', () => {
  const schema = converted(EVENTS);

  it('keeps 2020-12 schemas, follows requestBodies refs, and reduces the checked discriminator', () => {
    expect(Object.keys(schema['$defs'])).toEqual(['Event', 'Ping', 'Note']); // the request body is a $ref: no new declaration
    expect(schema['$defs'].Event).toEqual({ oneOf: [{ $ref: '#/$defs/Ping' }, { $ref: '#/$defs/Note' }], discriminator: { propertyName: 'type' } });
    expect(schema['$defs'].Note.examples).toEqual([{ type: 'note', text: 'hi' }]);
    // Not the shared oracle: its strict mode wants "type": "object" beside a discriminator.
    const ajv = new Ajv2020.default({ discriminator: true, strict: false });
    const validate = ajv.compile({ ...schema, $ref: '#/$defs/Event' });
    expect(validate({ type: 'ping', at: null })).toBe(true);
    expect(validate({ type: 'note' })).toBe(false);
    expect(validate({ type: 'note', text: 'hi' })).toBe(true);
  });

  it('builds a discriminated union', () => {
    const event = loadModel(EVENTS).declarations.find((d) => d.id === '/$defs/Event')!;
    expect(event.kind).toBe('union');
  });
});

// The diff and generate's summary of what changed read who sends what from the document's
// operations; the model keeps the document the pipeline parsed, so that YAML is not parsed twice.
// Kept means unchanged: the conversion writes new objects, never into what the user wrote.
describe('the parsed OpenAPI document, kept with its model', () => {
  it('is the document as parsed, unchanged by the conversion; null for a JSON Schema', () => {
    for (const path of [PETSTORE, EVENTS]) {
      const text = readFileSync(path, 'utf8');
      expect(openApiDocumentOf(loadModel(path))).toEqual(path.endsWith('.json') ? JSON.parse(text) : parse(text));
    }
    expect(openApiDocumentOf(loadModel(join(ROOT, 'schema', 'realtime-events.schema.json')))).toBeNull();
  });
});

describe('OpenAPI operations', () => {
  it('reads 3.1 webhooks as paths, names without operationId by method and path, and numbers clashing names in document order', () => {
    const inline = (title?: string): unknown => ({ content: { 'application/json': { schema: { ...(title ? { title } : {}), type: 'object' } } } });
    const document = {
      ...base({ Thing: { type: 'string' } }),
      openapi: '3.1.0',
      paths: { '/things/{id}': { put: { requestBody: inline(), responses: { '200': inline('Thing') } } } },
      webhooks: { thingMade: { post: { operationId: 'thing-made', requestBody: inline('Thing'), responses: {} } } },
    };
    expect(Object.keys(fromOpenApi(document as never)!.schema['$defs'] as object)).toEqual(['Thing', 'PutThingsIdRequest', 'Thing2', 'Thing3']);
  });

  it("a target's refusal (a name collision) points into the document as written", () => {
    const dir = mkdtempSync(join(tmpdir(), 'openapi-'));
    writeFileSync(join(dir, 'api.json'), JSON.stringify(base({ foo_bar: { type: 'object' }, Other: { nullable: true, type: 'object', 'x-codegen': { typescript: { name: 'FooBar' } } } })));
    expect(() => renderModel(loadModel(join(dir, 'api.json')), { ...defaultOptions(['typescript']), schema: join(dir, 'api.json') })).toThrow(
      expect.objectContaining({ pointer: '/components/schemas/Other' }),
    );
  });
});

describe('OpenAPI schemas with "properties" and no "type"', () => {
  it('are objects, with one warning naming the first and the count', () => {
    const document = base({
      Model: { properties: { id: { type: 'string' } }, required: ['id'] },
      Page: { properties: { data: { type: 'array', items: { $ref: '#/components/schemas/Model' } } }, nullable: true },
      Narrowing: { allOf: [{ $ref: '#/components/schemas/Model' }], properties: { extra: { type: 'integer' } } },
    });
    const conversion = fromOpenApi(document as never)!;
    const defs = conversion.schema['$defs'] as Record<string, Record<string, unknown>>;
    expect(defs['Model']!['type']).toBe('object');
    expect(defs['Page']!['type']).toEqual(['object', 'null']);
    expect(defs['Narrowing']!['type']).toBeUndefined(); // beside "allOf": not guessed (the composition decides)
    expect(conversion.warnings.map((w) => [w.pointer, w.message.slice(0, 40)])).toEqual([
      ['/components/schemas/Model', '2 schemas have "properties" but no "type'],
    ]);
    const dir = mkdtempSync(join(tmpdir(), 'openapi-'));
    writeFileSync(join(dir, 'api.json'), JSON.stringify(document));
    const model = loadModel(join(dir, 'api.json'), { warn: () => {} });
    expect(model.declarations.map((d) => [d.schemaName, d.kind])).toEqual([
      ['Model', 'object'],
      ['Page', 'object'],
      ['Narrowing', 'object'],
    ]);
    // As the validators read it: a string is no Model any more.
    expect(makeOracle(conversion.schema).validate('Model', 'text').ok).toBe(false);
  });
});

describe('OpenAPI refusals point into the document as written', () => {
  it.each([
    ['nullable that is not a boolean', base({ A: { type: 'string', nullable: 'yes' } }), /"nullable" must be true or false/, '/components/schemas/A/nullable'],
    [
      'exclusiveMinimum: true without minimum',
      base({ A: { type: 'number', exclusiveMinimum: true } }),
      /needs a "minimum"/,
      '/components/schemas/A/exclusiveMinimum',
    ],
    [
      'a $ref to a missing schema',
      base({ A: { type: 'object', properties: { b: { $ref: '#/components/schemas/B' } } } }),
      /points at no schema/,
      '/components/schemas/A/properties/b/$ref',
    ],
    [
      'a later stage, inside a nullable wrap',
      base({ A: { nullable: true, properties: { b: { type: 'string', minLength: -1 } } } }),
      /minLength/,
      '/components/schemas/A/properties/b/minLength',
    ],
    ['Swagger 2.0', { swagger: '2.0', info: {}, paths: {} }, /Swagger \(OpenAPI\) "2.0" document; only OpenAPI 3.0 and 3.1/, '/swagger'],
    ['OpenAPI 4', { ...base({}), openapi: '4.0.0' }, /"openapi": "4.0.0" is not a supported OpenAPI version/, '/openapi'],
    [
      'an unknown jsonSchemaDialect',
      { ...base({}), openapi: '3.1.0', jsonSchemaDialect: 'http://json-schema.org/draft-07/schema#' },
      /not a dialect/,
      '/jsonSchemaDialect',
    ],
    [
      'a mapping to no schema',
      base({ U: { oneOf: [{ $ref: '#/components/schemas/A' }], discriminator: { propertyName: 't', mapping: { a: 'Nope' } } }, A: { type: 'object' } }),
      /names "Nope", which is no schema/,
      '/components/schemas/U/discriminator/mapping/a',
    ],
    [
      'a mapping to a schema that is not a variant',
      base({
        U: { oneOf: [{ $ref: '#/components/schemas/A' }], discriminator: { propertyName: 't', mapping: { b: 'B' } } },
        A: { type: 'object' },
        B: { type: 'object' },
      }),
      /not one of the union's variants/,
      '/components/schemas/U/discriminator/mapping/b',
    ],
    [
      "a mapping that contradicts the variant's const",
      base({
        U: { oneOf: [{ $ref: '#/components/schemas/A' }], discriminator: { propertyName: 't', mapping: { b: '#/components/schemas/A' } } },
        A: { type: 'object', properties: { t: { const: 'a' } } },
      }),
      /mapping says tag "b", but the schema it names fixes "t" to "a"/,
      '/components/schemas/U/discriminator/mapping/b',
    ],
    [
      'an implicit mapping the explicit one contradicts',
      base({
        U: {
          oneOf: [{ $ref: '#/components/schemas/A' }, { $ref: '#/components/schemas/B' }],
          discriminator: { propertyName: 't', mapping: { A: '#/components/schemas/B' } },
        },
        A: { type: 'object' },
        B: { type: 'object' },
      }),
      /tagged "A" implicitly/,
      '/components/schemas/U/discriminator/mapping/A',
    ],
    [
      'a request body in another file',
      base({}, { paths: { '/a': { post: { requestBody: { $ref: 'bodies.yaml#/A' }, responses: {} } } } }),
      /points into another document/,
      '/paths/~1a/post/requestBody/$ref',
    ],
  ])('%s', (_what, document, message, pointer) => {
    const error = refusal(document);
    expect(error.message).toMatch(message);
    expect(error.pointer).toBe(pointer);
  });
});
