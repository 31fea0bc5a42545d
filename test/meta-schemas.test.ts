// Issue 17, the meta-schemas (stages/meta-schemas.ts, bundle.ts, vocabulary.ts, dialect.ts):
// - the standard meta-schemas are built in: a "$ref" to 2020-12's, 2019-09's, draft-07's or
//   -06's resolves without --ref-map, is typed as any JSON value (no declarations for its
//   insides), and the generated TypeScript validates against it;
// - a "$schema" naming a custom meta-schema is loaded as a reference is (--ref-map, beside the
//   file), must itself say its dialect, and its "$vocabulary" is honoured: left-out vocabularies
//   are annotations (with a warning), an unknown required one is refused, an unknown optional one
//   ignored, format-assertion makes "format" assert;
// - a root with nothing at all is a declaration (typed as any value); one holding only "$defs"
//   stays a container.

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { SchemaError } from '../generator/errors.js';
import { loadModel, readInputs, renderModel, type LoadOptions, type Model } from '../generator/index.js';
import type { JsonValue } from '../generator/model/ir.js';
import { bundle } from '../generator/stages/bundle.js';
import type { JsonObject } from '../generator/stages/load.js';
import { schemaUriOf } from '../generator/stages/validation-schema.js';
import { FORMAT_ASSERTION_META } from '../generator/stages/vocabulary.js';
import { SchemaValidator } from '../templates/typescript/runtime/schema.js';
import { resolveUri } from '../templates/typescript/runtime/uri.js';
import { defaultOptions } from './helpers/cases.js';

const DRAFT = 'https://json-schema.org/draft/2020-12/schema';
const VOCAB = 'https://json-schema.org/draft/2020-12/vocab/';
const work = mkdtempSync(join(tmpdir(), 'meta-schemas-'));
let files = 0;

/** Writes `documents` (path below a fresh folder -> JSON) and returns that folder. */
function folder(documents: Record<string, unknown>): string {
  const dir = join(work, `f${files++}`);
  for (const [path, value] of Object.entries(documents)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), JSON.stringify(value));
  }
  return dir;
}

/** The model of `schema.json` in a folder holding it and `others`, custom meta-schemas under https://example.com/meta/ mapped onto meta/. */
function modelOf(schema: unknown, others: Record<string, unknown> = {}, load: LoadOptions = {}): Model {
  const dir = folder({ 'schema.json': schema, ...others });
  return loadModel(join(dir, 'schema.json'), { refMap: { 'https://example.com/meta/': join(dir, 'meta') }, ...load });
}

function refusal(run: () => unknown): SchemaError {
  try {
    run();
  } catch (error) {
    if (error instanceof SchemaError) return error;
    throw error;
  }
  throw new Error('accepted');
}

/** The TypeScript runtime on the model's documents, at the root declaration. */
function rootValidator(model: Model, formatAssertion = false): (value: unknown) => boolean {
  const documents = Object.fromEntries(model.validation.documents.map((d) => [d.uri, JSON.parse(d.text) as unknown]));
  const root = model.declarations.find((d) => d.id === '')!;
  const schema = new SchemaValidator({ documents, formatAssertion }).schema(schemaUriOf(model, root));
  return (value) => schema.isValid(value);
}

const metaSchema = (vocabulary: Record<string, boolean> | undefined, schema: string | null = DRAFT): JsonObject => ({
  ...(schema === null ? {} : { $schema: schema }),
  ...(vocabulary === undefined ? {} : { $vocabulary: vocabulary }),
  $dynamicAnchor: 'meta',
  allOf: [{ $ref: 'https://json-schema.org/draft/2020-12/meta/core' }],
});

describe('the standard meta-schemas are built in', () => {
  const schema = {
    $schema: DRAFT,
    title: 'Rule',
    type: 'object',
    required: ['name', 'schema'],
    properties: {
      name: { type: 'string' },
      schema: { $ref: 'https://json-schema.org/draft/2020-12/schema' },
      legacy: { $ref: 'http://json-schema.org/draft-07/schema#' },
    },
  };

  it('bundles them without --ref-map and without reading a file', () => {
    const bundled = bundle(schema as JsonObject, join(work, 'rule.json'), { refMap: {}, resolveUri }, () => {
      throw new Error('no file is read');
    });
    expect(bundled.files).toEqual([]);
    const ids = Object.values(bundled.root['$defs'] as Record<string, JsonObject>).map((d) => d['$id']);
    expect(ids).toEqual(
      expect.arrayContaining([
        'https://json-schema.org/draft/2020-12/schema',
        'https://json-schema.org/draft/2020-12/meta/core',
        'https://json-schema.org/draft/2020-12/meta/validation',
        'http://json-schema.org/draft-07/schema',
      ]),
    );
  });

  it('a --ref-map over their prefix wins: the mapped copy is read', () => {
    const dir = folder({ 'draft-07/schema': { type: 'string' } });
    const bundled = bundle(schema as JsonObject, join(work, 'rule.json'), { refMap: { 'http://json-schema.org/': dir }, resolveUri }, () => ({
      type: 'string',
    }));
    expect(bundled.files).toEqual([join(dir, 'draft-07', 'schema')]);
  });

  it('types a reference to one as any JSON value, declaring nothing for its insides', () => {
    const model = modelOf(schema);
    expect(model.declarations.map((d) => d.schemaName)).toEqual(['Rule']);
    const rule = model.declarations[0]!;
    expect(rule.kind === 'object' && rule.properties.map((p) => [p.jsonName, p.type])).toEqual([
      ['name', { kind: 'string', nullable: false, constraints: { minLength: null, maxLength: null, pattern: null, format: null } }],
      ['schema', { kind: 'any', nullable: true }],
      ['legacy', { kind: 'any', nullable: true }],
    ]);
  });

  it('the generated TypeScript validates against them', async () => {
    const model = modelOf(schema);
    const dir = join(work, 'typescript');
    for (const [path, source] of renderModel(model, defaultOptions(['typescript']))) {
      const file = join(dir, path.replace(/^typescript\//, '').replace(/\.ts$/, '.js'));
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText);
    }
    writeFileSync(join(dir, 'package.json'), '{"type": "module"}\n');
    const generated = (await import(pathToFileURL(join(dir, 'index.js')).href)) as {
      isRule(value: unknown): boolean;
      validateRule(value: unknown): { pointer: string }[];
    };
    expect(generated.isRule({ name: 'a', schema: { type: 'string', minLength: 1 }, legacy: { definitions: {} } })).toBe(true);
    expect(generated.isRule({ name: 'a', schema: true })).toBe(true);
    expect(generated.isRule({ name: 'a', schema: { type: 12 } })).toBe(false); // 2020-12: "type" is a name or a list of names
    expect(generated.isRule({ name: 'a', schema: { minLength: -1 } })).toBe(false);
    expect(generated.isRule({ name: 'a', schema: {}, legacy: { required: 'a' } })).toBe(false); // draft-07: "required" is an array
    expect(generated.validateRule({ name: 'a', schema: { type: 12 } }).map((i) => i.pointer)).toEqual(['/schema/type']);
  });
});

describe('a "$schema" naming a custom meta-schema', () => {
  const noValidation = metaSchema({ [`${VOCAB}core`]: true, [`${VOCAB}applicator`]: true });
  const user = (meta: string, rest: Record<string, unknown> = {}): JsonObject => ({
    $schema: `https://example.com/meta/${meta}`,
    properties: { bad: false, n: { minimum: 10 } },
    ...rest,
  });

  it('without the validation vocabulary: its keywords are annotations, with one warning; applicators still apply', () => {
    const warnings: string[] = [];
    const model = modelOf(user('no-validation'), { 'meta/no-validation': noValidation }, { warn: (w) => warnings.push(w) });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(
      /^warning: "minimum" is an annotation here, not asserted: the meta-schema https:\/\/example\.com\/meta\/no-validation leaves out/,
    );
    expect(warnings[0]).toContain(`${VOCAB}validation`);
    expect(warnings[0]).toContain('schema.json#/properties/n/minimum');
    const valid = rootValidator(model);
    expect([valid({ n: 1 }), valid({ n: 20 }), valid({ bad: 1 })]).toEqual([true, true, false]);
    expect(model.validation.documents.map((d) => d.text).join()).not.toContain('minimum');
  });

  it('read beside the schema file, without --ref-map, when "$schema" is a relative file name', () => {
    const model = modelOf({ ...user('x'), $schema: 'no-validation.json' }, { 'no-validation.json': noValidation }, { warn: () => {} });
    expect(rootValidator(model)({ n: 1 })).toBe(true);
  });

  it('ignores an unknown optional vocabulary, and asserts what the known ones hold', () => {
    const meta = metaSchema({ [`${VOCAB}core`]: true, [`${VOCAB}validation`]: true, 'https://example.com/vocab/custom': false });
    const model = modelOf({ $schema: 'https://example.com/meta/optional', type: 'number' }, { 'meta/optional': meta });
    const valid = rootValidator(model);
    expect([valid(20), valid('foobar')]).toEqual([true, false]);
  });

  it('the format-assertion vocabulary makes "format" assert in that resource, through a meta-schema document', () => {
    const meta = metaSchema({ [`${VOCAB}core`]: true, [`${VOCAB}format-assertion`]: false });
    const model = modelOf({ $schema: 'https://example.com/meta/formats', format: 'ipv4' }, { 'meta/formats': meta });
    expect(model.validation.documents[0]!.uri).toBe(FORMAT_ASSERTION_META);
    expect(model.validation.documents[1]!.text).toContain(`"$schema":"${FORMAT_ASSERTION_META}"`);
    const valid = rootValidator(model, false);
    expect([valid('127.0.0.1'), valid('not-an-ipv4'), valid(12)]).toEqual([true, false, true]);
    // Without it, "format" stays an annotation.
    const plain = modelOf({ $schema: 'https://example.com/meta/plain', format: 'ipv4' }, { 'meta/plain': metaSchema(undefined) });
    expect(plain.validation.documents).toHaveLength(1);
    expect(rootValidator(plain)('not-an-ipv4')).toBe(true);
  });

  it('the bundled document holds what the "$schema" needs: bundled again without --ref-map, it means the same', () => {
    const dir = folder({ 'schema.json': user('no-validation'), 'meta/no-validation': noValidation });
    const refMap = { 'https://example.com/meta/': join(dir, 'meta') };
    const first = loadModel(join(dir, 'schema.json'), { refMap, warn: () => {} });
    const load = (path: string): JsonValue => JSON.parse(JSON.stringify(path.endsWith('schema.json') ? user('no-validation') : noValidation)) as JsonValue;
    const bundled = bundle(user('no-validation'), join(dir, 'schema.json'), { refMap, resolveUri }, load).root;
    writeFileSync(join(dir, 'bundled.json'), JSON.stringify(bundled));
    const again = loadModel(join(dir, 'bundled.json'), { warn: () => {} });
    expect(again.validation.documents.map((d) => d.text)).toEqual(first.validation.documents.map((d) => d.text));
    expect(again.declarations.map((d) => d.schemaName)).toEqual(['bundled']);
  });

  it.each([
    [
      'an unknown required vocabulary',
      metaSchema({ [`${VOCAB}core`]: true, 'https://example.com/vocab/units': true }),
      'the meta-schema https://example.com/meta/bad requires the vocabulary "https://example.com/vocab/units", which schema-codegen does not know',
      'make it optional',
    ],
    [
      'a meta-schema that does not say its dialect',
      metaSchema({ [`${VOCAB}core`]: true }, null),
      'the meta-schema https://example.com/meta/bad does not say which dialect it is written in: it has no "$schema"',
      `"${DRAFT}"`,
    ],
    [
      'a meta-schema whose own "$schema" is unknown',
      metaSchema({ [`${VOCAB}core`]: true }, 'https://example.com/elsewhere/meta'),
      'unknown "$schema" "https://example.com/elsewhere/meta" (the "$schema" of the meta-schema https://example.com/meta/bad)',
      '--ref-map',
    ],
    [
      'a "$vocabulary" that is not booleans',
      metaSchema({ [`${VOCAB}core`]: 'yes' } as never),
      'the meta-schema https://example.com/meta/bad has a "$vocabulary" that is not an object of booleans',
      'true (required) or false (optional)',
    ],
  ])('refuses %s, at the "$schema" that names it, with a fix', (_label, meta, message, hint) => {
    const error = refusal(() => modelOf({ $defs: { A: { $schema: 'https://example.com/meta/bad', type: 'string' } } }, { 'meta/bad': meta }));
    expect(error.message).toBe(message);
    expect(error.pointer).toBe('/$defs/A/$schema');
    expect(error.hint).toContain(hint);
  });

  it('is an input like a referenced file: read with the schema (its change is drift for --check)', () => {
    const dir = folder({ 'schema.json': user('no-validation'), 'meta/no-validation': noValidation });
    const inputs = readInputs({ schema: join(dir, 'schema.json'), targets: [], templates: null, refMap: { 'https://example.com/meta/': join(dir, 'meta') } });
    expect([...inputs.schema.referenced.keys()]).toEqual([join(dir, 'meta', 'no-validation')]);
  });

  it('a file it names that is missing is an error at that "$schema"', () => {
    const error = refusal(() => modelOf({ $schema: 'missing.json', type: 'string' }));
    expect(error.message).toMatch(/^cannot read .*missing\.json, which the \$schema "missing\.json" names: no such file$/);
    expect(error.pointer).toBe('/$schema');
  });

  it('one that cannot be found stays an unknown "$schema", naming the URI and --ref-map', () => {
    const error = refusal(() => modelOf({ $schema: 'https://elsewhere.example/meta', type: 'string' }));
    expect(error.message).toBe('unknown "$schema" "https://elsewhere.example/meta"');
    expect(error.pointer).toBe('/$schema');
    expect(error.hint).toContain('--ref-map URI_PREFIX=DIR');
  });
});

describe('the root is a declaration unless it only holds "$defs"', () => {
  it.each([
    ['nothing at all', {}, ['schema']],
    ['only annotations', { title: 'Thing', description: 'd' }, ['Thing']],
    ['an empty "$defs"', { $defs: {} }, ['schema']],
    ['"additionalItems" alone (draft-07: no effect)', { $schema: 'http://json-schema.org/draft-07/schema#', additionalItems: false }, ['schema']],
  ])('%s: a declaration of any value', (_label, schema, names) => {
    const model = modelOf(schema);
    expect(model.declarations.map((d) => [d.id, d.schemaName])).toEqual(names.map((n) => ['', n]));
    expect(model.declarations[0]).toMatchObject({ kind: 'alias', type: { kind: 'any', nullable: true } });
    expect(rootValidator(model)([1, 'x'])).toBe(true);
  });

  it('a root of "$defs" (and annotations) only is a container, as before', () => {
    const model = modelOf({ $schema: DRAFT, title: 'T', $defs: { A: { type: 'string' } } });
    expect(model.declarations.map((d) => d.id)).toEqual(['/$defs/A']);
  });
});

describe('2019-09 resources', () => {
  it('ignore the 2020-12 keywords they do not have (prefixItems is an annotation there)', () => {
    const model = modelOf({ $schema: 'https://json-schema.org/draft/2019-09/schema', type: 'array', prefixItems: [{ type: 'string' }] });
    expect(model.validation.documents[0]!.text).not.toContain('prefixItems');
    expect(rootValidator(model)([1, 2])).toBe(true);
  });
});
