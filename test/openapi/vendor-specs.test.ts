// What published OpenAPI documents write that their dialect does not say, read with the meaning
// their authors gave it (stages/openapi-recursive.ts, openapi-schema.ts, openapi-discriminator.ts):
// 2019-09 `$recursiveAnchor`/`$recursiveRef` trees, a `required` naming a property twice, a
// discriminator that cannot choose the variant. Each is a warning with its pointer (a repaired
// mistake is an error under --strict), and the document then generates in every target.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020.js';
import { SchemaError, loadModel, renderModel } from '../../generator/index.js';
import { fromOpenApi } from '../../generator/stages/openapi.js';
import { defaultOptions } from '../helpers/cases.js';

const document = (schemas: Record<string, unknown>): Record<string, any> => ({
  openapi: '3.1.0',
  info: { title: 'T', version: '1' },
  paths: {},
  components: { schemas },
});

/** The model of a document written as api.json, with the warnings it gave. */
function load(doc: unknown, strict = false, only: string[] | null = null): { warnings: string[]; model: ReturnType<typeof loadModel> } {
  const dir = mkdtempSync(join(tmpdir(), 'vendor-'));
  writeFileSync(join(dir, 'api.json'), JSON.stringify(doc));
  const warnings: string[] = [];
  const model = loadModel(join(dir, 'api.json'), { strict, only, warn: (w) => warnings.push(w) });
  return { warnings, model };
}

const rendersEverywhere = (model: ReturnType<typeof loadModel>): void => {
  const files = renderModel(model, defaultOptions());
  for (const target of ['typescript', 'python', 'csharp', 'java', 'docs'])
    expect(
      [...files.keys()].some((p) => p.startsWith(`${target}/`)),
      target,
    ).toBe(true);
};

// A filter tree as the OpenAI document writes it (CompoundFilter), and a plain self-reference.
const TREE = document({
  Leaf: { type: 'object', properties: { type: { enum: ['eq', 'ne'] }, key: { type: 'string' } }, required: ['type', 'key'] },
  Filter: {
    $recursiveAnchor: true,
    type: 'object',
    properties: {
      type: { enum: ['and', 'or'] },
      filters: { type: 'array', items: { oneOf: [{ $ref: '#/components/schemas/Leaf' }, { $recursiveRef: '#' }], discriminator: { propertyName: 'type' } } },
    },
    required: ['type', 'filters'],
  },
  Node: { type: 'object', properties: { children: { type: 'array', items: { $recursiveRef: '#' } }, leaf: { $ref: '#/components/schemas/Leaf' } } },
  Query: { type: 'object', properties: { filter: { $ref: '#/components/schemas/Filter' }, where: { $ref: '#/components/schemas/Filter/properties/type' } } },
});

describe('2019-09 $recursiveAnchor / $recursiveRef in an OpenAPI 3.1 document', () => {
  it('makes each entry using them a resource, with $dynamicAnchor/$dynamicRef, and every $ref across its boundary still names its target', () => {
    const converted = fromOpenApi(TREE, 'api.json')!;
    const defs = converted.schema['$defs'] as Record<string, any>;
    expect(defs['Filter'].$id).toBe('components/schemas/Filter');
    expect(defs['Filter'].$dynamicAnchor).toBeDefined();
    expect(defs['Filter'].properties.filters.items.oneOf).toEqual([
      { $ref: '../../api.json#/$defs/Leaf' },
      { $dynamicRef: `#${defs['Filter'].$dynamicAnchor}` },
    ]);
    // Without $recursiveAnchor, "#" is the entry itself.
    expect(defs['Node'].properties.children.items).toEqual({ $ref: '#' });
    expect(defs['Query'].properties).toEqual({ filter: { $ref: 'components/schemas/Filter#' }, where: { $ref: 'components/schemas/Filter#/properties/type' } });
    // The discriminator cannot choose ($recursiveRef is no tagged variant); the entries are named.
    expect(converted.warnings.map((w) => w.pointer)).toEqual([
      '/components/schemas/Filter/properties/filters/items/discriminator',
      '/components/schemas/Filter',
      '/components/schemas/Node',
    ]);
  });

  it('means what 2019-09 means: Ajv accepts a valid tree and refuses a bad leaf deep inside', () => {
    const schema = { ...fromOpenApi(TREE, 'api.json')!.schema, $id: 'file:///api.json' };
    const ajv = new Ajv2020.default({ strict: false });
    ajv.addSchema(schema);
    const validate = ajv.getSchema('file:///api.json#/$defs/Query')!;
    const leaf = { type: 'eq', key: 'k' };
    expect(validate({ filter: { type: 'and', filters: [leaf, { type: 'or', filters: [leaf] }] }, where: 'or' })).toBe(true);
    expect(validate({ filter: { type: 'and', filters: [{ type: 'or', filters: [{ type: 'eq' }] }] } })).toBe(false);
    expect(validate({ where: 'eq' })).toBe(false);
  });

  it('warns with the pointer of each entry, and generates in every target', () => {
    const { warnings, model } = load(TREE);
    const recursive = warnings.filter((w) => w.includes('$recursiveAnchor'));
    expect(recursive.map((w) => /#(\S+)/.exec(w.split('\n')[1]!)![1])).toEqual(['/components/schemas/Filter', '/components/schemas/Node']);
    rendersEverywhere(model);
  });

  it('--only follows references into and out of the resources (it chooses before they are made), and warns about what it keeps', () => {
    const { warnings, model } = load(TREE, false, ['Query']);
    expect(model.declarations.filter((d) => !d.hoisted).map((d) => d.schemaName)).toEqual(['Leaf', 'Filter', 'Query']);
    expect(warnings.filter((w) => w.includes('$recursiveAnchor')).map((w) => /#(\S+)/.exec(w.split('\n')[1]!)![1])).toEqual(['/components/schemas/Filter']);
    rendersEverywhere(model);
  });
});

describe('vendor mistakes repaired, with a warning', () => {
  const twice = document({ Item: { type: 'object', properties: { id: { type: 'string' } }, required: ['id', 'id'] } });

  it('"required" naming a property twice means it once; --strict refuses it', () => {
    const { warnings, model } = load(twice);
    expect(warnings.join('\n')).toMatch(/"required" lists "id" twice[\s\S]*api\.json#\/components\/schemas\/Item\/required/);
    expect(model.declarations.find((d) => d.schemaName === 'Item')).toMatchObject({ kind: 'object', properties: [{ jsonName: 'id', required: true }] });
    expect(() => load(twice, true)).toThrow(SchemaError);
  });

  it('a discriminator that cannot choose the variant (an anyOf; a variant whose tag is one of several) is kept as an annotation, and the union binds without it', () => {
    const doc = document({
      Eq: { type: 'object', properties: { type: { enum: ['eq', 'ne'] } }, required: ['type'] },
      And: { type: 'object', properties: { type: { const: 'and' } }, required: ['type'] },
      Some: { anyOf: [{ $ref: '#/components/schemas/Eq' }, { $ref: '#/components/schemas/And' }], discriminator: { propertyName: 'type' } },
      One: { oneOf: [{ $ref: '#/components/schemas/Eq' }, { $ref: '#/components/schemas/And' }], discriminator: { propertyName: 'type' } },
    });
    const defs = fromOpenApi(doc, 'api.json')!.schema['$defs'] as Record<string, any>;
    expect(defs['One']).toEqual({ oneOf: [{ $ref: '#/$defs/Eq' }, { $ref: '#/$defs/And' }], 'x-oas-discriminator': { propertyName: 'type' } });
    const { warnings, model } = load(doc);
    expect(warnings.filter((w) => w.includes('cannot choose the variant')).map((w) => /#(\S+)/.exec(w.split('\n')[1]!)![1])).toEqual([
      '/components/schemas/Some/discriminator',
      '/components/schemas/One/discriminator',
    ]);
    expect(model.declarations.filter((d) => d.kind === 'union').map((d) => d.kind === 'union' && d.discriminator)).toEqual([null, null]);
    rendersEverywhere(model);
  });
});
