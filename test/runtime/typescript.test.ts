// The TypeScript runtime (templates/typescript/runtime/runtime.ts) as ordinary source:
// - the standalone module compiles under the strict flags every generated TypeScript file must
//   pass (STRICT_TS), on its own, with 0 diagnostics;
// - its behaviour, imported straight from the module, on the schema validator (schema.ts): each
//   schema compiled once, at first use; issues with pointer, keyword location, keyword and the
//   validator's message; ValidationError, parse and validate, a JSON round trip;
// - how the target inlines it: the text between the markers, verbatim, is what index.ts carries,
//   an override of runtime.ts is what gets inlined, and one without its markers fails loudly.

import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Project, ts } from 'ts-morph';
import { afterAll, describe, expect, it } from 'vitest';
import { OptionsError } from '../../generator/errors.js';
import { loadModel, renderModel } from '../../generator/index.js';
import { INLINE_BEGIN, INLINE_END, inlinedRuntime, RUNTIME_FILE } from '../../generator/targets/typescript/runtime.js';
import { $lazySchema, $parseWith, $validateWith, ValidationError, type $Schema } from '../../templates/typescript/runtime/runtime.js';
import { SchemaValidator } from '../../templates/typescript/runtime/schema.js';
import { CANONICAL_SCHEMA, defaultOptions, ROOT } from '../helpers/cases.js';
import { STRICT_TS } from '../helpers/typescript.js';

const RUNTIME_PATH = join(ROOT, 'templates', 'typescript', 'runtime', RUNTIME_FILE);
const SOURCE = readFileSync(RUNTIME_PATH, 'utf8');


describe('the runtime compiles as a module of its own', () => {
  it('strict flags of generated code (STRICT_TS): 0 diagnostics', () => {
    const project = new Project({ compilerOptions: STRICT_TS, skipAddingFilesFromTsConfig: true });
    project.addSourceFileAtPath(RUNTIME_PATH);
    const diagnostics = project.getPreEmitDiagnostics().map((d) => `${d.getLineNumber() ?? 0}: ${ts.flattenDiagnosticMessageText(d.getMessageText() as string | ts.DiagnosticMessageChain, '\n')}`);
    expect(diagnostics).toEqual([]);
  });

  it('is a module: it exports the public types and the helpers the tests use', () => {
    const project = new Project({ compilerOptions: STRICT_TS, skipAddingFilesFromTsConfig: true });
    const file = project.addSourceFileAtPath(RUNTIME_PATH);
    expect([...file.getExportedDeclarations().keys()].sort()).toEqual(['$Schema', '$lazySchema', '$parseWith', '$validateWith', 'ValidationError', 'ValidationIssue']);
  });
});

/** A declaration's validator, as index.ts builds it: the schema compiled at first use. */
function lazy(schema: unknown, at = ''): { compiles: () => number; schema: () => $Schema } {
  let compiles = 0;
  const get = $lazySchema(() => {
    compiles++;
    const validator = new SchemaValidator();
    validator.addDocument('file:///s.json', schema);
    return validator.schema(`file:///s.json#${at}`);
  });
  return { compiles: () => compiles, schema: get };
}

const EVENT = {
  $defs: {
    Event: {
      type: 'object',
      properties: { event_id: { type: 'string', maxLength: 512 }, audio_end_ms: { $ref: '#/$defs/Ms' } },
      required: ['audio_end_ms'],
    },
    Ms: { type: 'integer', minimum: 0 },
  },
};

describe('validate, parse and ValidationError on the schema validator', () => {
  const event = lazy(EVENT, '/$defs/Event');

  it('compiles the schema once, at the first use', () => {
    const fresh = lazy(EVENT, '/$defs/Event');
    expect(fresh.compiles()).toBe(0);
    $validateWith(fresh.schema, {});
    $parseWith(fresh.schema, '{"audio_end_ms": 1}');
    expect(fresh.compiles()).toBe(1);
  });

  it('a JSON value round trip: parse then stringify gives the text back, unknown properties included', () => {
    const text = '{"audio_end_ms":1500,"event_id":"ev_1","extra":{"nested":[1,"two",null,true]},"unicode":"é😀\\u0000"}';
    expect(JSON.stringify($parseWith(event.schema, text))).toBe(text);
    expect($validateWith(event.schema, JSON.parse(text))).toEqual([]);
  });

  it('text that is not JSON: one "json" issue at the root', () => {
    const error = thrown(() => $parseWith(event.schema, '{"audio_end_ms": 1,'));
    expect(error).toBeInstanceOf(ValidationError);
    const v = error as ValidationError;
    expect(v.issues).toHaveLength(1);
    expect([v.pointer, v.keyword, v.issues[0]!.keywordLocation]).toEqual(['', 'json', '']);
    expect(v.message).toMatch(/^\(root\): is not valid JSON: .+ \(json\)$/);
  });

  it('JSON that does not follow the schema: every issue with its keyword location (through $ref), the first in the message and getters', () => {
    const v = thrown(() => $parseWith(event.schema, '{"audio_end_ms": -1, "event_id": 3}')) as ValidationError;
    expect(v).toBeInstanceOf(ValidationError);
    expect(v.name).toBe('ValidationError');
    expect(v.issues).toEqual([
      // properties in the schema's order (as Ajv checks them), not the instance's
      { pointer: '/event_id', keywordLocation: '/properties/event_id/type', keyword: 'type', message: 'must be string' },
      { pointer: '/audio_end_ms', keywordLocation: '/properties/audio_end_ms/$ref/minimum', keyword: 'minimum', message: 'must be >= 0' },
    ]);
    expect([v.pointer, v.keyword]).toEqual(['/event_id', 'type']);
    expect(v.message).toBe('/event_id: must be string (type)');
    expect($validateWith(event.schema, {}).map((i) => [i.keyword, i.message])).toEqual([['required', "must have required property 'audio_end_ms'"]]);
  });

  it('the keyword is the last keyword of the location: names and indexes after applicators are skipped', () => {
    const schema = {
      type: 'object',
      properties: { minimum: false, list: { prefixItems: [{ type: 'string' }] } },
      patternProperties: { '^x': { allOf: [{ not: {} }] } },
      additionalProperties: false,
    };
    const issues = $validateWith(lazy(schema).schema, { minimum: 1, list: [2], xa: 3, other: 4 });
    expect(issues.map((i) => `${i.pointer} ${i.keywordLocation} ${i.keyword}`)).toEqual([
      '/minimum /properties/minimum properties',
      '/list/0 /properties/list/prefixItems/0/type type',
      '/xa /patternProperties/^x/allOf/0/not not',
      '/other /additionalProperties additionalProperties',
    ]);
  });

  it('ValidationError without issues', () => {
    const v = new ValidationError([]);
    expect([v.message, v.pointer, v.keyword]).toEqual(['invalid value', '', '']);
    expect(v).toBeInstanceOf(Error);
  });
});

/** Every issue of `x` against `schema`, as [pointer, keyword location, message]. */
function issuesOf(schema: unknown, x: unknown): string[][] {
  return $validateWith(lazy(schema).schema, x).map((i) => [i.pointer, i.keywordLocation, i.message]);
}

// An anyOf/oneOf tries only the branches an object's tag leaves (BranchTags, as the Python, C#
// and Java runtimes do): what passes, what it annotates and what it reports must be exactly what
// trying every branch gives. Python's test_schema_interpreter.py BranchTagsTest holds the same cases.
describe('unions: the branches an object\'s tag leaves, the same outcome as trying every branch', () => {
  it('a tag through $ref and allOf, an enum, a branch without a tag, a non-string enum member', () => {
    const schema = {
      anyOf: [
        { allOf: [{ $ref: '#/$defs/K' }], required: ['kind'], properties: { n: { type: 'integer' } } },
        { properties: { kind: { enum: ['x', 'y'] } }, required: ['y'] },
        { minProperties: 3 },
        { properties: { kind: { enum: ['x', 1] } }, required: ['z'] },
      ],
      $defs: { K: { properties: { kind: { $ref: '#/$defs/X' } } }, X: { const: 'x' } },
    };
    expect(issuesOf(schema, { kind: 'x', n: 1 })).toEqual([]); // branch 0
    expect(issuesOf(schema, { kind: 'y', y: 1 })).toEqual([]); // branch 1
    expect(issuesOf(schema, { kind: 'y', a: 1, b: 2 })).toEqual([]); // branch 2, the untagged one
    expect(issuesOf(schema, { kind: 1, z: 1 })).toEqual([]); // branch 3: not a string tag
    expect(issuesOf(schema, { y: 1 })).toEqual([]); // no tag: branch 1 does not require it
    expect(issuesOf(schema, { kind: 'x', n: 'one' })).toEqual([['', '/anyOf', 'must match a schema in anyOf']]);
    expect(issuesOf(schema, { kind: 'z' })).toEqual([['', '/anyOf', 'must match a schema in anyOf']]);
  });

  it('told apart by a second member among the branches one tag leaves', () => {
    const message = (role: string): unknown => ({ required: ['type', 'role'], properties: { type: { const: 'message' }, role: { const: role }, text: { type: 'string' } } });
    const schema = { oneOf: [message('user'), message('system'), { required: ['type'], properties: { type: { const: 'call' } } }] };
    expect(issuesOf(schema, { type: 'message', role: 'system', text: 'hi' })).toEqual([]);
    expect(issuesOf(schema, { role: 'user', type: 'call' })).toEqual([]);
    expect(issuesOf(schema, { type: 'message' })).toEqual([['', '/oneOf', 'must match exactly one schema in oneOf']]);
    expect(issuesOf(schema, { type: 'message', role: 'user', text: 1 })).toEqual([['', '/oneOf', 'must match exactly one schema in oneOf']]);
  });

  it('validity, annotations (unevaluatedProperties) and errors as when every branch is tried', () => {
    const schema = {
      anyOf: [{ $ref: '#/$defs/A' }, { $ref: '#/$defs/B' }, { type: 'string' }],
      unevaluatedProperties: false,
      $defs: {
        A: { required: ['t'], properties: { t: { const: 'a' }, n: { type: 'integer' } } },
        B: { required: ['t'], properties: { t: { enum: ['a', 'b'] }, s: true } },
      },
    };
    expect(issuesOf(schema, { t: 'a', n: 1, s: 2 })).toEqual([]);
    expect(issuesOf(schema, 'x')).toEqual([]);
    expect(issuesOf(schema, { t: 'b', n: 1 })).toEqual([['/n', '/unevaluatedProperties', 'boolean schema is false']]);
    expect(issuesOf(schema, { t: 'c' }).map((i) => i[1])).toEqual(['/anyOf', '/unevaluatedProperties']);
    const one = { oneOf: [{ required: ['t'], properties: { t: { const: 'a' } } }, { required: ['t'], properties: { t: { enum: ['a', 'b'] } } }] };
    expect(issuesOf(one, { t: 'b' })).toEqual([]);
    expect(issuesOf(one, { t: 'a' })).toEqual([['', '/oneOf', 'must match exactly one schema in oneOf']]);
  });

  it('a member holding undefined (a value built in code, not parsed) is absent, as Ajv reads it, for the tag too', () => {
    const schema = { anyOf: [{ required: ['t'], properties: { t: { const: 'a' } } }, { properties: { t: { const: 'b' } }, required: ['n'] }] };
    expect(issuesOf(schema, { t: undefined, n: 1 })).toEqual([]); // branch 1: t absent, so its const does not apply
    expect(issuesOf(schema, { t: undefined }).map((i) => i[2])).toEqual(['must match a schema in anyOf']);
    expect(issuesOf({ required: ['t'] }, { t: undefined }).map((i) => i[2])).toEqual(["must have required property 't'"]);
  });

  it('a member named like an Object.prototype property is present only when the object has it', () => {
    const schema = { required: ['toString', '__proto__'], properties: { constructor: { type: 'string' } } };
    expect(issuesOf(schema, JSON.parse('{"toString": 1, "__proto__": 2, "constructor": "c"}'))).toEqual([]);
    expect(issuesOf(schema, { constructor: 1 }).map((i) => i[2])).toEqual([
      "must have required property 'toString'",
      "must have required property '__proto__'",
      'must be string',
    ]);
  });
});

describe('inlined into index.ts', () => {
  const inlined = inlinedRuntime(new Map([[RUNTIME_FILE, SOURCE]]));
  const temp = mkdtempSync(join(tmpdir(), 'rt-typescript-'));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  it('the lines between the markers, verbatim, and nothing of the standalone-only parts', () => {
    const lines = SOURCE.split('\n');
    expect(inlined).toBe(lines.slice(lines.indexOf(INLINE_BEGIN) + 1, lines.indexOf(INLINE_END)).join('\n'));
    expect(inlined).toMatch(/^\/\*\* One reason a value does not follow the schema\. \*\/\n/);
    expect(inlined).toMatch(/\n {2}throw new ValidationError\(\$validateWith\(schema, value\)\);\n\}$/);
    expect(inlined).not.toContain('@schema-codegen-inline');
    expect(inlined).not.toMatch(/^export \{/m);
    expect(inlined).not.toContain('The runtime of the TypeScript target'); // the header
  });

  it('generated/typescript/index.ts carries it once, between the declarations and the validators', () => {
    const generated = readFileSync(join(ROOT, 'generated', 'typescript', 'index.ts'), 'utf8');
    const at = generated.indexOf(`\n${inlined}\n\n`);
    expect(at).toBeGreaterThan(0);
    expect(generated.indexOf(inlined, at + inlined.length)).toBe(-1);
    expect(generated.slice(0, at)).toMatch(/Runtime validation: every declaration above has validate\*, is\* and parse\*\.\n\/\/ -+\n$/);
    // Then the compiled checks (generator/targets/typescript/checks.ts), then the validators.
    expect(generated.slice(at + 1 + inlined.length)).toMatch(/^\n\n\/\/ Compiled checks: [^]*\n}\n\nconst validatorOf\w+ = \$lazySchema\(/);
  });

  it('an override of runtime/runtime.ts is what index.ts inlines (CRLF read as LF)', () => {
    const dir = join(temp, 'override');
    mkdirSync(join(dir, 'typescript', 'runtime'), { recursive: true });
    const edited = SOURCE.replace("this.name = 'ValidationError';", "this.name = 'SchemaViolation';").replace(/\n/g, '\r\n');
    writeFileSync(join(dir, 'typescript', 'runtime', RUNTIME_FILE), edited);
    const files = renderModel(loadModel(CANONICAL_SCHEMA), { ...defaultOptions(['typescript']), templates: dir });
    const index = files.get('typescript/index.ts')!;
    expect(index).toContain("this.name = 'SchemaViolation';");
    expect(index).not.toContain("this.name = 'ValidationError';");
    expect(index).not.toContain('\r');
  });

  it('a runtime without its markers, with one twice or out of order, or missing: an OptionsError naming the marker', () => {
    const cases: [string, RegExp][] = [
      [SOURCE.replace(`${INLINE_BEGIN}\n`, ''), /must hold the line "\/\/ @schema-codegen-inline-begin" exactly once, found it 0 times/],
      [SOURCE.replace(`${INLINE_END}\n`, `${INLINE_END}\n${INLINE_END}\n`), /"\/\/ @schema-codegen-inline-end" exactly once, found it 2 times/],
      [`${INLINE_END}\n${INLINE_BEGIN}\n`, /comes before/],
    ];
    for (const [text, message] of cases) {
      const error = thrown(() => inlinedRuntime(new Map([[RUNTIME_FILE, text]])));
      expect(error).toBeInstanceOf(OptionsError);
      expect((error as Error).message).toMatch(message);
    }
    expect(thrown(() => inlinedRuntime(new Map()))).toBeInstanceOf(OptionsError);
  });
});

function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (error) {
    return error;
  }
  throw new Error('expected an exception');
}
