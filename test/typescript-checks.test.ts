// The TypeScript target's compiled checks (generator/targets/typescript/checks.ts), the fast path of
// is* and parse*, answer exactly what the shipped validator's isValid answers. For every golden
// case and the canonical schema, the generated module is transpiled and imported in node, and
// each declaration is tried on its samples and on mutations of them (every member dropped, or
// replaced by a value of each JSON type; arrays emptied or grown; an unknown member added, at
// every depth up to 3): is<X>(v) must equal validate<X>(v) being empty (validate* is always the
// validator's, which the official suite checks in four languages), and parse<X> must agree. The
// official suite runs through parse* too (test/conformance/suite.test.ts). Also: which schemas
// compile, and that those that do not (unevaluated*, $dynamicRef, an embedded $id) fall back.

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Project } from 'ts-morph';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { loadModel, modelFromText, renderModel } from '../generator/index.js';
import type { JsonValue, Model } from '../generator/model/ir.js';
import { typescript } from '../generator/targets/typescript/index.js';
import { compileChecks } from '../generator/targets/typescript/checks.js';
import { allSchemas, targetDefaults } from './helpers/cases.js';
import { mutations } from './helpers/mutations.js';
import { STRICT_TS } from './helpers/typescript.js';
import { typescriptRegistry } from './runners/typescript.js';

type Module = Record<string, (x: unknown) => unknown>;

/** Renders the model's TypeScript, transpiles every file, imports the module. */
async function load(model: Model, options: Record<string, JsonValue> = targetDefaults('typescript')): Promise<{ module: Module; source: string }> {
  const files = renderModel(model, { targets: ['typescript'], options: { typescript: { ...typescript.defaults, ...options } }, templates: null });
  const dir = mkdtempSync(join(tmpdir(), 'ts-checks-'));
  writeFileSync(join(dir, 'package.json'), '{"type": "module"}\n');
  for (const [path, source] of files) {
    if (!path.endsWith('.ts')) continue;
    const file = join(dir, path.replace(/^typescript\//, '').replace(/\.ts$/, '.js'));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText);
  }
  const module = (await import(pathToFileURL(join(dir, 'index.js')).href)) as Module;
  return { module, source: files.get('typescript/index.ts')! };
}

/** Every disagreement between the compiled check and the validator on `values`, as text. */
function disagreements(module: Module, type: string, values: readonly JsonValue[]): string[] {
  const is = module[`is${type}`]!;
  const validate = module[`validate${type}`]!;
  const parse = module[`parse${type}`]!;
  const found: string[] = [];
  for (const value of values) {
    const compiled = is(value) as boolean;
    const reference = (validate(value) as unknown[]).length === 0;
    let parsed: boolean;
    try {
      parse(JSON.stringify(value));
      parsed = true;
    } catch {
      parsed = false;
    }
    if (compiled !== reference || parsed !== reference) found.push(`${type} ${JSON.stringify(value)}: is ${compiled}, parse ${parsed}, validate ${reference}`);
  }
  return found;
}

describe('compiled checks agree with the validator', () => {
  it.each(allSchemas().map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const model = loadModel(c.schemaPath);
    const { module, source } = await load(model);
    const types = typescriptRegistry(model);
    const found: string[] = [];
    let tried = 0;
    for (const vector of [...c.valid, ...c.invalid]) {
      const values = mutations(vector.json as JsonValue);
      tried += values.length;
      found.push(...disagreements(module, types[vector.schema]!, values));
    }
    expect(found.slice(0, 20)).toEqual([]);
    // The samples' declarations (and the mutations) were all tried: a case with samples tries hundreds of values.
    if (c.valid.length > 0) expect(tried).toBeGreaterThan(100);
    // Every declaration of these schemas compiles (none reaches unevaluated*, $dynamicRef or an embedded $id).
    const compiled = compileChecks(model, false).checks;
    expect(model.declarations.filter((d) => !compiled.has(d.id)).map((d) => d.schemaName)).toEqual([]);
    expect(source).toContain('// Compiled checks:');
  });
});

const UNION = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $defs: {
    Event: {
      oneOf: [
        { $ref: '#/$defs/Start' },
        { $ref: '#/$defs/Stop' },
        { type: 'object', properties: { type: { enum: ['stop', 'pause'] }, at: { type: 'integer' } }, required: ['type', 'at'] },
        { type: 'object', properties: { code: { type: 'integer' } }, required: ['code'] },
      ],
    },
    Start: { type: 'object', properties: { type: { const: 'start' }, at: { type: 'number' } }, required: ['type'] },
    Stop: { type: 'object', properties: { type: { const: 'stop' } }, required: ['type'], additionalProperties: false },
    Inherited: {
      anyOf: [
        { type: 'object', properties: { constructor: { const: 'a' }, a: { type: 'string' } }, required: ['constructor', 'a'] },
        { type: 'object', properties: { constructor: { const: 'b' } }, required: ['constructor'] },
      ],
    },
  },
};

describe('tagged unions', () => {
  it('a switch on the tag leaves exactly the branches that can match (missing, unknown, non-string tags; an inherited name as tag)', async () => {
    const model = modelFromText(JSON.stringify(UNION), 'union.json');
    const { module, source } = await load(model);
    expect(source).toMatch(/switch \(t\) \{\n\s+case 'start':/);
    const events: [JsonValue, boolean][] = [
      [{ type: 'start' }, true],
      [{ type: 'start', at: 'later' }, false],
      [{ type: 'stop' }, true],
      [{ type: 'stop', at: 1 }, true], // Stop refuses "at"; the inline branch takes it
      [{ type: 'pause', at: 2 }, true],
      [{ type: 'pause' }, false],
      [{ type: 'other', code: 1 }, true], // the branch without a tag
      [{ type: 7, code: 1 }, true],
      [{ code: 1 }, true],
      [{ type: 'stop', code: 1 }, true], // Stop refuses "code", the inline branch needs "at": only the untagged one
      [{}, false],
      ['start', false],
      [null, false],
    ];
    expect(events.map(([v]) => module['isEvent']!(v))).toEqual(events.map(([, valid]) => valid));
    // "constructor" is also Object.prototype's: a value's own member is the tag, an inherited one is absent.
    const inherited: [JsonValue, boolean][] = [
      [{ constructor: 'a', a: 'x' }, true],
      [{ constructor: 'a' }, false],
      [{ constructor: 'b' }, true],
      [{ constructor: 'c' }, false],
      [{ a: 'x' }, false],
    ];
    expect(inherited.map(([v]) => module['isInherited']!(v))).toEqual(inherited.map(([, valid]) => valid));
    const all = [...events, ...inherited].flatMap(([v]) => mutations(v, 2));
    expect([...disagreements(module, 'Event', all), ...disagreements(module, 'Inherited', all)]).toEqual([]);
    // A JSON object read with an own "constructor" member: the tag, not Object.prototype's.
    expect(module['isInherited']!(JSON.parse('{"a": "x"}'))).toBe(false);
  });
});

describe('what compiles', () => {
  const compiledNames = (schema: object): string[] => {
    const model = modelFromText(JSON.stringify(schema), 'what.json');
    const checks = compileChecks(model, false).checks;
    return model.declarations.filter((d) => checks.has(d.id)).map((d) => d.schemaName);
  };

  it('a declaration that reaches unevaluated* or a $dynamicRef the scope can change keeps the validator; the others compile', async () => {
    const schema = {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $defs: {
        Plain: { type: 'object', properties: { a: { type: 'string', pattern: '^a' } } },
        Closed: { type: 'object', properties: { a: { type: 'string' } }, unevaluatedProperties: false },
        UsesClosed: { type: 'object', properties: { c: { $ref: '#/$defs/Closed' } } },
        Embedded: { $id: 'https://example.com/embedded', type: 'string' },
        // No other resource defines "node": the $dynamicRef names Dynamic wherever it is met.
        Dynamic: { $dynamicAnchor: 'node', type: 'object', properties: { next: { $dynamicRef: '#node' } } },
        // Extended reaches Base and defines "tree" too: Base's "next" is Extended when evaluation starts there.
        Base: { $id: 'https://example.com/base', $dynamicAnchor: 'tree', type: 'object', properties: { next: { $dynamicRef: '#tree' } } },
        Extended: { $id: 'https://example.com/extended', $dynamicAnchor: 'tree', $ref: 'base', properties: { extra: { type: 'string' } } },
      },
    };
    expect(compiledNames(schema)).toEqual(['Plain', 'Embedded', 'Dynamic']);
    const { module, source } = await load(modelFromText(JSON.stringify(schema), 'what.json'));
    expect(source).toContain('return validatorOfClosed().isValid(value);');
    expect(source).toContain('return validatorOfExtended().isValid(value);');
    expect(module['isClosed']!({ a: 'x' })).toBe(true);
    expect(module['isClosed']!({ a: 'x', b: 1 })).toBe(false);
    expect(module['isUsesClosed']!({ c: { b: 1 } })).toBe(false);
    expect(module['isDynamic']!({ next: { next: {} } })).toBe(true);
    expect(module['isDynamic']!({ next: { next: 1 } })).toBe(false);
    expect(module['isBase']!({ next: { extra: 1 } })).toBe(true);
    expect(module['isExtended']!({ next: { extra: 1 } })).toBe(false);
  });

  it('a schema a pointer names inside an unknown keyword is a schema: its $ref resolves, and a $dynamicRef it can reach stays dynamic', async () => {
    const schema = {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $defs: {
        Base: { $id: 'https://example.com/base', $dynamicAnchor: 'n', type: 'object', properties: { next: { $dynamicRef: '#n' } } },
        // Other reaches Base through x-hidden/h, and defines "n" too.
        Other: { $id: 'https://example.com/other', $dynamicAnchor: 'n', $ref: '#/x-hidden/h', 'x-hidden': { h: { $ref: 'base' } }, properties: { extra: { type: 'string' } } },
      },
    };
    expect(compiledNames(schema)).toEqual([]);
    const { module } = await load(modelFromText(JSON.stringify(schema), 'hidden.json'));
    expect(module['isBase']!({ next: { extra: 1 } })).toBe(true);
    expect(module['isOther']!({ next: { extra: 1 } })).toBe(false);
    expect(module['isOther']!({ next: { extra: 'x' } })).toBe(true);
  });

  it('$refs resolve as the runtime resolves them: inside an embedded resource ($id) against it, to an $anchor, across files', async () => {
    const schema = {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $defs: {
        X: { type: 'string' },
        Ext: {
          $id: 'https://example.com/ext.json',
          $defs: { X: { type: 'integer' }, Inner: { type: 'object', properties: { v: { $ref: '#/$defs/X' } } } },
          type: 'object',
          properties: { inner: { $ref: '#/$defs/Inner' } },
        },
        Root: { type: 'object', properties: { x: { $ref: '#/$defs/X' } } },
      },
    };
    expect(compiledNames(schema)).toEqual(['X', 'Ext', 'ExtInner', 'Root']);
    const { module } = await load(modelFromText(JSON.stringify(schema), 'embedded.json'));
    // "#/$defs/X" inside ext.json is its integer, not the root's string.
    const values: JsonValue[] = [{ v: 1 }, { v: 'a' }, { x: 'a' }, { x: 1 }, { inner: { v: 1 } }, { inner: { v: 'a' } }];
    expect(values.map((v) => module['isExtInner']!(v))).toEqual([true, false, true, true, true, true]);
    expect(values.map((v) => module['isRoot']!(v))).toEqual([true, true, true, false, true, true]);
    expect(values.map((v) => module['isExt']!(v))).toEqual([true, true, true, true, true, false]);
    const all = values.flatMap((v) => mutations(v, 2));
    expect([...disagreements(module, 'ExtInner', all), ...disagreements(module, 'Ext', all), ...disagreements(module, 'Root', all)]).toEqual([]);
  });

  it('a schema split over files (bundled, each file a resource with its $id) compiles whole', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ts-checks-files-'));
    writeFileSync(
      join(dir, 'main.json'),
      JSON.stringify({
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        $defs: { Order: { type: 'object', properties: { customer: { $ref: 'common.json#/$defs/Customer' }, id: { type: 'string' } }, required: ['id'] } },
      }),
    );
    writeFileSync(
      join(dir, 'common.json'),
      JSON.stringify({
        $defs: {
          Customer: { type: 'object', properties: { name: { type: 'string' }, address: { $ref: '#node' } } },
          Address: { $anchor: 'node', type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
        },
      }),
    );
    const model = loadModel(join(dir, 'main.json'));
    const checks = compileChecks(model, false).checks;
    expect(model.declarations.filter((d) => !checks.has(d.id)).map((d) => d.schemaName)).toEqual([]);
    const { module } = await load(model);
    const order = { id: 'o1', customer: { name: 'n', address: { city: 'c' } } };
    expect(module['isOrder']!(order)).toBe(true);
    expect(module['isOrder']!({ ...order, customer: { address: {} } })).toBe(false);
    expect(disagreements(module, 'Order', mutations(order, 3))).toEqual([]);
  });

  it('format asserts (typescript.formats=assert): the check calls the runtime test of that format; an unknown format passes', async () => {
    const schema = {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $defs: { Day: { type: 'string', format: 'date' }, Odd: { format: 'no-such-format' }, Name: { type: 'string' } },
    };
    const model = modelFromText(JSON.stringify(schema), 'formats.json');
    expect(compileChecks(model, true).checks.size).toBe(3);
    const { module, source } = await load(model, { ...targetDefaults('typescript'), formats: 'assert' });
    expect(source).toContain("import { FORMATS as $FORMATS } from './runtime/formats.js';");
    const values = ['2024-02-30', '2024-02-29', 'x', 7, null];
    expect(values.map((v) => module['isDay']!(v))).toEqual([false, true, false, false, false]);
    expect(values.map((v) => module['isOdd']!(v))).toEqual([true, true, true, true, true]);
    expect([...disagreements(module, 'Day', values), ...disagreements(module, 'Odd', values)]).toEqual([]);
  });
});

/**
 * Schemas whose code must still type-check under every strict flag (found by review): keywords
 * that contradict their type, branches joined by `||` or `?:` (where TypeScript would narrow the
 * value to `never`, or to a type a later literal cannot equal), and keywords whose code nothing
 * reads (`if` alone, `additionalProperties: false` with no properties).
 */
const AWKWARD: Readonly<Record<string, object>> = {
  IntegerWithLength: { type: 'integer', maxLength: 5 },
  BooleanWithLength: { type: 'boolean', maxLength: 2 },
  AllOfNumberLength: { allOf: [{ type: 'number' }, { maxLength: 3 }] },
  RefWithLength: { type: 'object', properties: { n: { $ref: '#/$defs/IntegerWithLength', maxLength: 3 } } },
  EnumWithLength: { enum: [1, 2], maxLength: 3 },
  ConstAgainstType: { const: 5, type: 'string', minLength: 1 },
  AnyOfNumberOrAuto: { anyOf: [{ minimum: 1 }, { const: 'auto' }] },
  AnyOfPatternOrFive: { anyOf: [{ pattern: '^a' }, { const: 5 }] },
  AnyOfStringTwice: { anyOf: [{ type: 'string' }, { type: 'string', maxLength: 3 }] },
  IfElseEnum: { if: { minimum: 0 }, else: { enum: ['neg'] } },
  NamesEnum: { type: 'object', propertyNames: { enum: ['a', 1] } },
  NamesNumber: { type: 'object', propertyNames: { minimum: 1, maxLength: 2 } },
  DependentConst: { dependentSchemas: { a: { const: 's' } } },
  NotTrueThen: { not: true, if: { type: 'string' }, then: { minLength: 1 } },
  EmptyEnum: { enum: [], minProperties: 1 },
  ClosedEmpty: { type: 'object', additionalProperties: false },
  ClosedNoProperties: { type: 'object', properties: {}, additionalProperties: false },
  IfAlone: { if: { properties: { a: { type: 'string' } } } },
  IfRequiredAlone: { if: { required: ['a'] } },
  IfPatternAlone: { type: 'string', if: { pattern: '^a' } },
  IfConstAlone: { type: 'object', if: { const: { a: 1 } } },
  IfBothTrue: { if: { maxLength: 3 }, then: true, else: true },
  TaggedWithStrings: {
    oneOf: [{ enum: ['all', 'local'] }, { type: 'object', properties: { vars: { const: 'all' } }, required: ['vars'] }, { type: 'object', properties: { vars: { const: 'local' } } }],
  },
};

describe('awkward schemas', () => {
  it('compile under every strict flag, and answer as the validator', async () => {
    const model = modelFromText(JSON.stringify({ $schema: 'https://json-schema.org/draft/2020-12/schema', $defs: AWKWARD }), 'awkward.json');
    const checks = compileChecks(model, false).checks;
    expect(model.declarations.filter((d) => !checks.has(d.id)).map((d) => d.schemaName)).toEqual([]);
    const files = renderModel(model, { targets: ['typescript'], options: { typescript: { ...typescript.defaults } }, templates: null });
    const project = new Project({ compilerOptions: STRICT_TS, useInMemoryFileSystem: true });
    for (const [path, source] of files) if (path.endsWith('.ts')) project.createSourceFile(`/${path}`, source);
    const diagnostics = project.getPreEmitDiagnostics().map((d) => `${d.getLineNumber() ?? 0}: ${ts.flattenDiagnosticMessageText(d.getMessageText() as string | ts.DiagnosticMessageChain, '\n')}`);
    expect(diagnostics).toEqual([]);
    const { module } = await load(model);
    const values: JsonValue[] = ['', 'a', 'abcdef', 'all', 'local', 'auto', 'neg', 's', 0, 1, 5, -1, 1.5, true, null, [], [1], {}, { a: 1 }, { a: 's' }, { vars: 'all' }, { vars: 'local' }, { 1: 0 }, { ab: 0, abc: 1 }];
    const found = Object.keys(AWKWARD).flatMap((name) => disagreements(module, name, values.flatMap((v) => mutations(v, 1))));
    expect(found).toEqual([]);
  });
});
