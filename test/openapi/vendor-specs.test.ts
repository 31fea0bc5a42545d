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
import { MAX_MADE_NAME } from '../../generator/model/naming.js';
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

  it('"examples" written as a map of Example Objects inside a schema reads as the array of their values; --strict refuses it', () => {
    const doc = document({
      Status: {
        type: 'object',
        properties: { size: { type: 'integer' } },
        examples: { 'Example 1': { value: { size: 1 } }, External: { externalValue: 'https://example.com/x.json' }, Two: { summary: 's', value: { size: 2 } } },
        example: { size: 3 },
      },
    });
    const { warnings, model } = load(doc);
    expect(warnings.join('\n')).toMatch(/"examples" is a map of Example Objects[\s\S]*api\.json#\/components\/schemas\/Status\/examples/);
    expect(model.declarations.find((d) => d.schemaName === 'Status')?.examples).toEqual([{ size: 1 }, { size: 2 }, { size: 3 }]);
    rendersEverywhere(model);
    expect(() => load(doc, true)).toThrow(/"examples" is a map of Example Objects/);
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

// Names GitHub's REST document (api.github.com.json, @octokit/openapi) gave twice until the
// generator told them apart: an inline schema named like a component ("conditions" of
// "repository-ruleset" beside "repository-ruleset-conditions"), a response titled like a component
// ("Validation Error" beside "validation-error"), and the reactions "+1" and "-1".
describe('names a published document would give twice', () => {
  const ruleset = {
    ...document({
      'repository-ruleset': {
        type: 'object',
        properties: { conditions: { type: 'object', properties: { ref_name: { type: 'string' } } } },
      },
      'repository-ruleset-conditions': { type: 'object', properties: { include: { type: 'array', items: { type: 'string' } } } },
      'validation-error': { type: 'object', properties: { message: { type: 'string' } }, required: ['message'] },
      reactions: {
        type: 'object',
        properties: { '+1': { type: 'integer' }, '-1': { type: 'integer' }, total_count: { type: 'integer' }, 'total-count': { type: 'string' } },
      },
    }),
    paths: {
      '/stacks': {
        post: {
          operationId: 'create-stack',
          responses: {
            '422': {
              description: 'invalid',
              content: {
                'application/json': {
                  schema: { title: 'Validation Error', type: 'object', properties: { errors: { type: 'array', items: { type: 'string' } } } },
                },
              },
            },
          },
        },
      },
    },
  };

  it('a name the generator makes yields to the names the document gives, in every target', () => {
    const { model } = load(ruleset);
    const byId = new Map(model.declarations.map((d) => [d.id, d]));
    expect(byId.get('/$defs/repository-ruleset/properties/conditions')?.schemaName).toBe('RepositoryRulesetConditions2');
    expect(byId.get('/$defs/repository-ruleset-conditions')?.words).toEqual(['repository', 'ruleset', 'conditions']);
    expect(byId.get('/$defs/Validation Error2')?.schemaName).toBe('Validation Error2');
    const files = renderModel(model, defaultOptions());
    expect(files.get('typescript/index.ts')).toContain('export interface RepositoryRulesetConditions2 {');
    expect(files.get('typescript/index.ts')).toContain('export interface ValidationError2 {');
    expect([...files.keys()]).toContain('csharp/RepositoryRulesetConditions2.cs');
    expect([...files.keys()]).toContain('python/openapiopenai/models/validation_error2.py');
    rendersEverywhere(model);
  });

  it("properties whose wire names split alike: a number's sign is spelled, what still collides is numbered", () => {
    const { model } = load(ruleset);
    const reactions = model.declarations.find((d) => d.id === '/$defs/reactions');
    expect(reactions?.kind === 'object' && reactions.properties.map((p) => p.words.join('_'))).toEqual(['plus_1', 'minus_1', 'total_count', 'total_count_2']);
    const files = renderModel(model, defaultOptions());
    const python = files.get('python/openapiopenai/models/reactions.py')!;
    for (const attribute of ['plus_1: Optional[int]', 'minus_1: Optional[int]', 'total_count: Optional[int]', 'total_count_2: Optional[str]'])
      expect(python).toContain(attribute);
    expect(files.get('csharp/Reactions.cs')).toContain(' TotalCount2 {');
  });

  // AWS's documents have "ResourceArn" beside "ResourceARN" and "String" beside "__string".
  const alike = document({
    ResourceArn: { type: 'string' },
    ResourceARN: { type: 'object', properties: { arn: { $ref: '#/components/schemas/ResourceArn' } } },
    String: { type: 'string', maxLength: 3 },
    __string: { type: 'string' },
    Holder: { type: 'object', properties: { a: { $ref: '#/components/schemas/ResourceARN' }, s: { $ref: '#/components/schemas/__string' } } },
  });

  it('components spelled alike: the later is numbered in every target, with a warning at it; --strict refuses them', () => {
    const { warnings, model } = load(alike);
    expect(
      warnings.map((w) =>
        w
          .split('\n')
          .slice(0, 2)
          .join(' | ')
          .replace(/at \S*\/api\.json/, 'at api.json'),
      ),
    ).toEqual([
      'warning: the schemas "ResourceArn" and "ResourceARN" are spelled alike as identifiers ("ResourceArn"; file names compare ignoring case): the later is named "ResourceArn2" |   at api.json#/components/schemas/ResourceARN',
      'warning: the schemas "String" and "__string" are spelled alike as identifiers ("String"; file names compare ignoring case): the later is named "String2" |   at api.json#/components/schemas/__string',
    ]);
    const byName = new Map(model.declarations.map((d) => [d.schemaName, d.words.join(' ')]));
    expect(byName).toEqual(
      new Map([
        ['ResourceArn', 'resource arn'],
        ['ResourceARN', 'resource arn 2'],
        ['String', 'string'],
        ['__string', 'string 2'],
        ['Holder', 'holder'],
      ]),
    );
    const files = renderModel(model, defaultOptions());
    const ts = files.get('typescript/index.ts')!;
    expect(ts).toContain('export interface ResourceArn2 {\n  arn?: ResourceArn;');
    expect(ts).toMatch(/export interface Holder \{\n {2}a\?: ResourceArn2;\n {2}s\?: String2;/);
    for (const file of [
      'csharp/ResourceArn2.cs',
      'java/src/main/java/com/openai/models/realtime/ResourceArn2.java',
      'python/openapiopenai/models/resource_arn2.py',
      'docs/ResourceARN-2.md',
      'docs/ResourceArn.md',
    ])
      expect([...files.keys()]).toContain(file);
    rendersEverywhere(model);
    expect(() => load(alike, true)).toThrow(/"ResourceArn" and "ResourceARN" are spelled alike/);
  });

  it("names made from long paths (Microsoft Graph's operations) are shortened, and what they hoist too, so every target's file names fit", () => {
    const path = `/identityGovernance/entitlementManagement/assignments/microsoft.graph.additionalAccess(${'accessPackageId={accessPackageId},'.repeat(6)}x='{x}')`;
    const schema = { type: 'object', properties: { [`deeply_nested_${'level_'.repeat(30)}value`]: { type: 'object', properties: { a: { type: 'string' } } } } };
    const doc = {
      ...document({}),
      paths: {
        [path]: {
          get: { parameters: [{ name: 'filter', in: 'query', schema }], responses: {} },
          post: { parameters: [{ name: 'filter', in: 'query', schema }], responses: {} },
        },
      },
    };
    const { model } = load(doc);
    const names = model.declarations.map((d) => d.words.join('_'));
    expect(names).toHaveLength(4);
    for (const name of names) expect(name.length, name).toBeLessThanOrEqual(MAX_MADE_NAME + 2);
    expect(names[0]!.startsWith('get_identity_governance_entitlement_management_assignments_microsoft_graph_')).toBe(true);
    expect(names[0]!.endsWith('_filter_parameter')).toBe(true);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(4);
    rendersEverywhere(model);
  });

  it('a name given in x-codegen still collides as given (the error names both)', () => {
    const doc = document({ Foo: { type: 'string' }, Bar: { type: 'integer', 'x-codegen': { typescript: { name: 'Foo' } } } });
    expect(() => renderModel(load(doc).model, defaultOptions(['typescript']))).toThrow(/both become "Foo" in typescript/);
  });
});

// codat.io's documents keep draft-04 "definitions" inside components and "$ref" into them.
describe('"definitions" inside a component', () => {
  const doc = document({
    Account: {
      type: 'object',
      properties: { status: { $ref: '#/components/schemas/Account/definitions/status' } },
      required: ['status'],
      definitions: { status: { type: 'string', enum: ['Active', 'Archived'] } },
    },
  });

  it('is read as "$defs", the references into it included, with a warning at the first', () => {
    const { warnings, model } = load(doc);
    expect(warnings.join('\n')).toContain('"definitions" is no keyword of OpenAPI\'s schemas: read as "$defs"');
    expect(warnings.join('\n')).toContain('api.json#/components/schemas/Account/definitions');
    const status = model.declarations.find((d) => d.id === '/$defs/Account/$defs/status');
    expect(status?.kind).toBe('enum');
    const account = model.declarations.find((d) => d.id === '/$defs/Account');
    expect(account?.kind === 'object' && account.properties[0]?.type).toEqual({ kind: 'ref', id: '/$defs/Account/$defs/status', nullable: false });
    rendersEverywhere(model);
  });

  it('is refused under --strict, where it is written', () => {
    expect(() => load(doc, true)).toThrow(SchemaError);
    try {
      load(doc, true);
    } catch (error) {
      expect((error as SchemaError).pointer).toBe('/components/schemas/Account/definitions');
    }
  });
});
