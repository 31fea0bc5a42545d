// Issue 17, item 5: keywords no specification defines are annotations. They load with one warning
// per name (first pointer, count, a near miss of a known keyword named), change nothing generated,
// and --strict ("strict": true in the config) refuses them; every keyword JSON Schema defines is
// either honoured or refused, never silently ignored. The CLI's text and exit codes are checked
// through the real CLI (dist/cli.js).

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../generator/files.js';
import { SchemaError, modelFromText, renderModel } from '../generator/index.js';
import { UNSUPPORTED_KEYWORDS, editDistance, nearMiss } from '../generator/stages/keywords.js';
import { CANONICAL_SCHEMA, allSchemas, defaultOptions } from './helpers/cases.js';
import { runCli } from './helpers/cli.js';

const DRAFT = 'https://json-schema.org/draft/2020-12/schema';
const temp = (): string => mkdtempSync(join(tmpdir(), 'kw-'));
const snapshot = (dir: string): Record<string, string> => Object.fromEntries(listFiles(dir).map((p) => [p, readFileSync(join(dir, p), 'utf8')]));
const withoutManifest = (files: Record<string, string>): Record<string, string> =>
  Object.fromEntries(Object.entries(files).filter(([p]) => !p.endsWith('.schema-codegen-manifest')));

/**
 * Keys editors and other tools write into schemas: VS Code's annotations (deprecationMessage,
 * allowTrailingCommas, defaultSnippets: known, silent), json-schema-to-typescript's tsType
 * (unknown here, so warned: it changes that tool's output) and an extension. (VS Code's
 * markdownDescription is read as a missing description: see "editor annotations" below.)
 */
const EDITOR_KEYS = { tsType: 'Foo', deprecationMessage: 'old', allowTrailingCommas: true, defaultSnippets: [{ label: 'x', body: { $ref: 1 } }], 'x-editor': { a: 1 } };

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** The schema with EDITOR_KEYS added to every schema object in it: beside "$ref", "oneOf", in {"type": "null"} variants. */
function withEditorKeys(schema: Json): Json {
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) return schema;
  const out: Record<string, Json> = { ...schema, ...EDITOR_KEYS };
  const map = (m: Json | undefined): Json | undefined =>
    m !== null && typeof m === 'object' && !Array.isArray(m) ? Object.fromEntries(Object.entries(m).map(([k, v]) => [k, withEditorKeys(v)])) : m;
  for (const key of ['$defs', 'properties'] as const) if (schema[key] !== undefined) out[key] = map(schema[key])!;
  for (const key of ['items', 'additionalProperties'] as const) if (schema[key] !== undefined) out[key] = withEditorKeys(schema[key]);
  for (const key of ['oneOf', 'anyOf'] as const) if (Array.isArray(schema[key])) out[key] = (schema[key] as Json[]).map(withEditorKeys);
  return out;
}

const TYPO_SCHEMA = {
  $schema: DRAFT,
  $defs: {
    A: {
      type: 'object',
      markdownDescription: 'x',
      tsType: 'Foo',
      requried: ['a'],
      'x-foo': 1,
      properties: {
        a: { type: 'string', maxlength: 3, markdownDescription: 'y' },
        b: { $ref: '#/$defs/B', deprecationMessage: 'no' },
      },
    },
    B: { type: 'string', additionalproperties: false },
  },
};

/** JSON text: "__proto__" must be an own key, as in a user's file. */
const typoText = (): string => JSON.stringify(TYPO_SCHEMA).replace('"additionalproperties":false', '"additionalproperties":false,"__proto__":1');

const warning = (file: string, name: string, pointer: string, times: string, near: string | null): string => {
  const rest = `name it "x-${name}" if it is an extension, to silence this warning; --strict refuses unknown keywords`;
  return [
    `warning: unknown keyword "${name}" ignored as an annotation (${times}): the generated code does not use it`,
    `  at ${file}#${pointer}`,
    `  hint: ${near === null ? rest : `did you mean "${near}"? If not, ${rest}`}`,
  ].join('\n');
};

describe('near misses', () => {
  const known = ['required', 'additionalProperties', 'maxLength', 'type', 'description', 'deprecated', '$id', 'examples'];
  it.each([
    ['requried', 'required'],
    ['additionalproperties', 'additionalProperties'],
    ['maxlength', 'maxLength'],
    ['MaxLenght', 'maxLength'],
    ['id', '$id'],
    ['example', 'examples'],
    ['tsType', null],
    ['markdownDescription', null],
    ['deprecationMessage', null],
    ['allowTrailingCommas', null],
  ])('%s -> %s', (name, expected) => expect(nearMiss(name, known)).toBe(expected));

  it('counts an adjacent swap as one edit', () => {
    expect(editDistance('requried', 'required')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
});

describe('keywords JSON Schema defines are honoured or refused, never ignored', () => {
  // Draft 2020-12's vocabularies (core, applicator, unevaluated, validation, meta-data, format, content), then earlier drafts' spellings.
  const SPEC = [
    ...['$schema', '$id', '$ref', '$anchor', '$dynamicRef', '$dynamicAnchor', '$vocabulary', '$comment', '$defs'],
    ...['prefixItems', 'items', 'contains', 'additionalProperties', 'properties', 'patternProperties', 'dependentSchemas', 'propertyNames'],
    ...['if', 'then', 'else', 'allOf', 'anyOf', 'oneOf', 'not', 'unevaluatedItems', 'unevaluatedProperties'],
    ...['type', 'enum', 'const', 'multipleOf', 'maximum', 'exclusiveMaximum', 'minimum', 'exclusiveMinimum', 'maxLength', 'minLength', 'pattern'],
    ...['maxItems', 'minItems', 'uniqueItems', 'maxContains', 'minContains', 'maxProperties', 'minProperties', 'required', 'dependentRequired'],
    ...['title', 'description', 'default', 'deprecated', 'readOnly', 'writeOnly', 'examples', 'format', 'contentEncoding', 'contentMediaType', 'contentSchema'],
    ...['definitions', 'dependencies', 'additionalItems', '$recursiveRef', '$recursiveAnchor'],
  ];

  it.each(SPEC)('%s', (keyword) => {
    const warnings: string[] = [];
    const text = JSON.stringify({ $schema: DRAFT, $defs: { A: { type: 'string', [keyword]: {} } } });
    try {
      modelFromText(text, 'k.json', 'k.json', { warn: (w) => warnings.push(w) });
    } catch (error) {
      expect(error).toBeInstanceOf(SchemaError);
      expect((error as SchemaError).message).not.toContain('unknown keyword');
    }
    // A 2020-12 "dependencies" is read with a warning that says so (stages/dependencies.ts), never as unknown.
    expect(warnings.filter((w) => w.includes('unknown keyword'))).toEqual([]);
  });

  it.each(Object.entries(UNSUPPORTED_KEYWORDS))('%s is refused with its hint, strict or not', (keyword, hint) => {
    const text = JSON.stringify({ $schema: DRAFT, $defs: { A: { type: 'string', [keyword]: true } } });
    const refusal = new SchemaError(`unsupported keyword "${keyword}"`, `/$defs/A/${keyword}`, hint, 'k.json');
    expect(() => modelFromText(text, 'k.json')).toThrow(refusal);
    expect(() => modelFromText(text, 'k.json', 'k.json', { strict: true })).toThrow(refusal);
  });
});

describe('unknown keywords change nothing generated', () => {
  it.each(allSchemas().map((c) => [c.name, c] as const))('%s, with editor keys in every schema object', (_, c) => {
    const plain = JSON.stringify(c.schema);
    const edited = JSON.stringify(withEditorKeys(c.schema as Json));
    expect(edited).toContain('"tsType"');
    const plainWarnings: string[] = [];
    const warnings: string[] = [];
    const before = modelFromText(plain, 'schema.json', 'schema.json', { warn: (w) => plainWarnings.push(w) });
    const after = modelFromText(edited, 'schema.json', 'schema.json', { warn: (w) => warnings.push(w) });
    expect(after).toEqual(before);
    // The case's own warnings (vendor-shapes' pattern), and one more: the editor keys'.
    expect(warnings.filter((w) => !plainWarnings.includes(w)).map((w) => w.split('\n')[0])).toEqual([expect.stringContaining('unknown keyword "tsType"')]);
    expect(warnings).toHaveLength(plainWarnings.length + 1);
    expect(Object.fromEntries(renderModel(after, defaultOptions()))).toEqual(Object.fromEntries(renderModel(before, defaultOptions())));
  });
});

describe('editor annotations', () => {
  it('markdownDescription is the description of a schema that has none; a description wins', () => {
    const schema = {
      $schema: DRAFT,
      $defs: {
        A: {
          type: 'object',
          markdownDescription: 'An **A**.',
          properties: { a: { type: 'string', markdownDescription: 'The `a`.' }, b: { type: 'string', description: 'Plain b.', markdownDescription: 'Rich *b*.' } },
        },
      },
    };
    const warnings: string[] = [];
    const model = modelFromText(JSON.stringify(schema), 'schema.json', 'schema.json', { strict: true, warn: (w) => warnings.push(w) });
    expect(warnings).toEqual([]);
    const a = model.declarations.find((d) => d.id === '/$defs/A')!;
    expect(a.doc.description).toBe('An **A**.');
    expect(a.kind === 'object' && a.properties.map((p) => [p.jsonName, p.doc.description])).toEqual([
      ['a', 'The `a`.'],
      ['b', 'Plain b.'],
    ]);
  });
});

describe('the CLI', () => {
  it('warns once per unknown name, exit 0, the same files as without them; x- keys and editor annotations are silent', () => {
    const dir = temp();
    const file = join(dir, 'typos.schema.json');
    writeFileSync(file, typoText());
    const result = runCli(['generate', '--schema', file, '--out', join(dir, 'out')]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toBe(
      [
        warning(file, 'tsType', '/$defs/A/tsType', '1 occurrence', null),
        warning(file, 'requried', '/$defs/A/requried', '1 occurrence', 'required'),
        warning(file, 'maxlength', '/$defs/A/properties/a/maxlength', '1 occurrence', 'maxLength'),
        warning(file, 'additionalproperties', '/$defs/B/additionalproperties', '1 occurrence', 'additionalProperties'),
        warning(file, '__proto__', '/$defs/B/__proto__', '1 occurrence', null),
        '',
      ].join('\n'),
    );
    const clean = join(temp(), 'typos.schema.json');
    const plain = JSON.parse(JSON.stringify(TYPO_SCHEMA)) as { $defs: Record<string, Record<string, Json>> };
    // markdownDescription is read as the missing description; every other key changes nothing.
    plain.$defs['A'] = { type: 'object', description: 'x', properties: { a: { type: 'string', description: 'y' }, b: { $ref: '#/$defs/B' } } };
    plain.$defs['B'] = { type: 'string' };
    writeFileSync(clean, JSON.stringify(plain));
    const cleanResult = runCli(['generate', '--schema', clean, '--out', join(dir, 'clean')]);
    expect(cleanResult.status, cleanResult.stderr).toBe(0);
    expect(cleanResult.stderr).toBe('');
    expect(withoutManifest(snapshot(join(dir, 'out')))).toEqual(withoutManifest(snapshot(join(dir, 'clean'))));
  });

  it('--strict and "strict": true refuse the first unknown keyword: exit 2, pointer and hint, nothing written', () => {
    const dir = temp();
    const file = join(dir, 'typos.schema.json');
    writeFileSync(file, typoText());
    const out = join(dir, 'out');
    expect(runCli(['generate', '--schema', CANONICAL_SCHEMA, '--out', out, '--target', 'typescript']).status).toBe(0);
    const before = snapshot(out);
    const expected = [
      'error: unknown keyword "tsType" (1 occurrence), refused by --strict',
      `  at ${file}#/$defs/A/tsType`,
      '  hint: remove it, name it "x-tsType" (an extension, which is ignored), or drop --strict to load it as an annotation',
      '',
    ].join('\n');
    const flag = runCli(['generate', '--schema', file, '--out', out, '--target', 'typescript', '--strict']);
    expect(flag.status).toBe(2);
    expect(flag.stderr).toBe(expected);
    const config = join(dir, 'strict.json');
    writeFileSync(config, JSON.stringify({ schema: 'typos.schema.json', out: 'out', targets: ['typescript'], strict: true }));
    const fromConfig = runCli(['generate', '--config', config]);
    expect(fromConfig.status).toBe(2);
    expect(fromConfig.stderr).toBe(expected);
    expect(snapshot(out)).toEqual(before);
    const typo = join(dir, 'typo.schema.json');
    writeFileSync(typo, JSON.stringify({ $schema: DRAFT, $defs: { A: { type: 'object', requried: ['a'] } } }));
    const near = runCli(['generate', '--schema', typo, '--out', out, '--strict', '--dump-model']);
    expect(near.status).toBe(2);
    expect(near.stderr).toContain('  hint: did you mean "required"? If not, remove it');
    writeFileSync(config, JSON.stringify({ schema: 'typos.schema.json', out: 'out', targets: ['typescript'], strict: false }));
    expect(runCli(['generate', '--config', config]).status).toBe(0);
  });

  it('warns, or refuses under --strict, on a run whose unchanged inputs skip rendering', () => {
    const dir = temp();
    const file = join(dir, 'typos.schema.json');
    writeFileSync(file, typoText());
    const args = ['generate', '--schema', file, '--out', join(dir, 'out'), '--target', 'typescript'];
    const first = runCli(args);
    expect(first.status, first.stderr).toBe(0);
    const second = runCli(args);
    expect(second.status).toBe(0);
    expect(second.stdout).toContain('nothing changed (same inputs as the last generate)');
    expect(second.stderr).toBe(first.stderr);
    const strict = runCli([...args, '--strict']);
    expect(strict.status).toBe(2);
    expect(strict.stderr).toContain('refused by --strict');
  });

  it('says nothing about the canonical schema, and documents --strict', () => {
    const result = runCli(['generate', '--schema', CANONICAL_SCHEMA, '--out', join(temp(), 'out'), '--target', 'docs', '--strict']);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toBe('');
    expect(runCli(['--help']).stdout).toContain('--strict');
  });
});
