// The TypeScript runtime (templates/typescript/runtime/runtime.ts) as ordinary source:
// - the standalone module compiles under the strict flags every generated TypeScript file must
//   pass (STRICT_TS), on its own, with 0 diagnostics;
// - its behaviour, imported straight from the module: the checks' decisions, pointers, keywords
//   and messages (what the conformance runners compare with Ajv), ValidationError, parse and
//   validate, a JSON round trip;
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
import { $parseWith, $validateWith, check, ValidationError, type $Check, type ValidationIssue } from '../../templates/typescript/runtime/runtime.js';
import { CANONICAL_SCHEMA, defaultOptions, ROOT } from '../helpers/cases.js';
import { STRICT_TS } from '../helpers/typescript.js';

const RUNTIME_PATH = join(ROOT, 'templates', 'typescript', 'runtime', RUNTIME_FILE);
const SOURCE = readFileSync(RUNTIME_PATH, 'utf8');

/** The issues of one check on one value, from the document's root. */
const issuesOf = (c: $Check, value: unknown): ValidationIssue[] => $validateWith(c, value);
const keywords = (c: $Check, value: unknown): string[] => issuesOf(c, value).map((i) => `${i.pointer} ${i.keyword}`);

describe('the runtime compiles as a module of its own', () => {
  it('strict flags of generated code (STRICT_TS): 0 diagnostics', () => {
    const project = new Project({ compilerOptions: STRICT_TS, skipAddingFilesFromTsConfig: true });
    project.addSourceFileAtPath(RUNTIME_PATH);
    const diagnostics = project.getPreEmitDiagnostics().map((d) => `${d.getLineNumber() ?? 0}: ${ts.flattenDiagnosticMessageText(d.getMessageText() as string | ts.DiagnosticMessageChain, '\n')}`);
    expect(diagnostics).toEqual([]);
  });

  it('is a module: it exports the public types and the checks the tests use', () => {
    const project = new Project({ compilerOptions: STRICT_TS, skipAddingFilesFromTsConfig: true });
    const file = project.addSourceFileAtPath(RUNTIME_PATH);
    expect([...file.getExportedDeclarations().keys()].sort()).toEqual(['$Bounds', '$Check', '$PropertyCheck', '$parseWith', '$validateWith', 'ValidationError', 'ValidationIssue', 'check']);
  });
});

describe('scalar checks', () => {
  it('string: a type issue for anything else; lengths count code points, not UTF-16 units', () => {
    const s = check.string({ minLength: 2, maxLength: 3 });
    expect(issuesOf(s, 5)).toEqual([{ pointer: '', keyword: 'type', message: 'must be string' }]);
    expect(keywords(s, '😀😀😀')).toEqual([]); // 6 UTF-16 units, 3 code points
    expect(keywords(s, '😀')).toEqual([' minLength']);
    expect(issuesOf(s, 'abcd')).toEqual([{ pointer: '', keyword: 'maxLength', message: 'must NOT have more than 3 characters' }]);
  });

  it('string: pattern, with the source in the message', () => {
    const s = check.string({ pattern: /^item_[0-9]+$/u });
    expect(keywords(s, 'item_42')).toEqual([]);
    expect(issuesOf(s, 'item_x')).toEqual([{ pointer: '', keyword: 'pattern', message: 'must match pattern "^item_[0-9]+$"' }]);
  });

  it('integer: 1.0 is an integer, 1.5 and "1" are not; each bound its own keyword', () => {
    const i = check.integer({ minimum: 0, maximum: 10 });
    expect(keywords(i, 1.0)).toEqual([]);
    expect(keywords(i, 1.5)).toEqual([' type']);
    expect(issuesOf(i, '1')).toEqual([{ pointer: '', keyword: 'type', message: 'must be integer' }]);
    expect(issuesOf(i, -1)).toEqual([{ pointer: '', keyword: 'minimum', message: 'must be >= 0' }]);
    expect(issuesOf(i, 11)).toEqual([{ pointer: '', keyword: 'maximum', message: 'must be <= 10' }]);
    expect(keywords(i, 0)).toEqual([]);
    expect(keywords(i, 10)).toEqual([]);
  });

  it('number: exclusive bounds exclude the bound itself', () => {
    const n = check.number({ exclusiveMinimum: 0, exclusiveMaximum: 1 });
    expect(keywords(n, 0.5)).toEqual([]);
    expect(issuesOf(n, 0)).toEqual([{ pointer: '', keyword: 'exclusiveMinimum', message: 'must be > 0' }]);
    expect(issuesOf(n, 1)).toEqual([{ pointer: '', keyword: 'exclusiveMaximum', message: 'must be < 1' }]);
    expect(keywords(n, null)).toEqual([' type']);
  });

  it('null, boolean, any, const, enum, nullable', () => {
    expect(keywords(check.null, null)).toEqual([]);
    expect(keywords(check.null, 0)).toEqual([' type']);
    expect(keywords(check.boolean, false)).toEqual([]);
    expect(keywords(check.boolean, 'true')).toEqual([' type']);
    expect(keywords(check.any, { anything: [1] })).toEqual([]);
    expect(issuesOf(check.constant('a'), 'b')).toEqual([{ pointer: '', keyword: 'const', message: 'must be equal to constant "a"' }]);
    expect(keywords(check.constant(1), 1.0)).toEqual([]);
    const e = check.enumeration(['x', 2, true]);
    expect(keywords(e, 2)).toEqual([]);
    expect(issuesOf(e, 'true')).toEqual([{ pointer: '', keyword: 'enum', message: 'must be equal to one of the allowed values: "x", 2, true' }]);
    const nullable = check.nullable(check.integer({}));
    expect(keywords(nullable, null)).toEqual([]);
    expect(keywords(nullable, 'a')).toEqual([' type']);
  });
});

describe('containers', () => {
  it('array: item pointers by index, lengths, not an object', () => {
    const a = check.array(check.integer({ minimum: 0 }), { minItems: 1, maxItems: 2 });
    expect(keywords(a, [0, -1])).toEqual(['/1 minimum']);
    expect(keywords(a, [])).toEqual([' minItems']);
    expect(keywords(a, [1, 2, 3])).toEqual([' maxItems']);
    expect(keywords(a, { 0: 1 })).toEqual([' type']);
  });

  it('map: keys escaped in pointers as RFC 6901 says (~ as ~0, / as ~1)', () => {
    const m = check.map(check.string({}));
    expect(keywords(m, { 'a/b~c': 1, ok: 'x' })).toEqual(['/a~1b~0c type']);
    expect(keywords(m, [])).toEqual([' type']);
    expect(keywords(m, null)).toEqual([' type']);
  });

  const item = check.object([{ name: 'id', required: true, check: check.string({}) }, { name: 'count', required: false, check: check.integer({ minimum: 1 }) }], false);

  it('object: required, optional, nested pointers', () => {
    expect(keywords(item, { id: 'a' })).toEqual([]);
    expect(issuesOf(item, { count: 2 })).toEqual([{ pointer: '', keyword: 'required', message: "must have required property 'id'" }]);
    expect(keywords(check.array(item, {}), [{ id: 'a' }, { id: 'b', count: 0 }])).toEqual(['/1/count minimum']);
    expect(keywords(item, ['id'])).toEqual([' type']);
  });

  it('object: a property inherited from the prototype is not present', () => {
    const inherited = Object.create({ id: 'a' }) as object;
    expect(keywords(item, inherited)).toEqual([' required']);
  });

  it('object: additional properties rejected by name, kept, or checked', () => {
    expect(issuesOf(item, { id: 'a', extra: 1 })).toEqual([{ pointer: '', keyword: 'additionalProperties', message: "must NOT have additional property 'extra'" }]);
    const open = check.object([{ name: 'id', required: true, check: check.string({}) }], true);
    expect(keywords(open, { id: 'a', extra: [null] })).toEqual([]);
    const typed = check.object([{ name: 'id', required: true, check: check.string({}) }], check.boolean);
    expect(keywords(typed, { id: 'a', on: true, off: 'no' })).toEqual(['/off type']);
  });
});

describe('unions', () => {
  const text = check.object([{ name: 'type', required: true, check: check.constant('text') }, { name: 'text', required: true, check: check.string({}) }], true);
  const audio = check.object([{ name: 'type', required: true, check: check.constant('audio') }, { name: 'ms', required: true, check: check.integer({ minimum: 0 }) }], true);

  it('oneOf: exactly one match; none lists every variant\'s issues then oneOf; two is oneOf alone', () => {
    const one = check.oneOf([text, audio]);
    expect(keywords(one, { type: 'text', text: 'hi' })).toEqual([]);
    expect(issuesOf(one, { type: 'video' }).map((i) => i.keyword)).toEqual(['const', 'required', 'const', 'required', 'oneOf']);
    expect(issuesOf(one, { type: 'video' }).at(-1)).toEqual({ pointer: '', keyword: 'oneOf', message: 'must match exactly one schema in oneOf' });
    const overlapping = check.oneOf([check.number({}), check.integer({})]);
    expect(issuesOf(overlapping, 3)).toEqual([{ pointer: '', keyword: 'oneOf', message: 'must match exactly one schema in oneOf' }]);
    expect(keywords(overlapping, 3.5)).toEqual([]);
  });

  it('anyOf: one match or more', () => {
    const any = check.anyOf([check.number({}), check.integer({})]);
    expect(keywords(any, 3)).toEqual([]);
    expect(issuesOf(any, 'x').at(-1)).toEqual({ pointer: '', keyword: 'anyOf', message: 'must match a schema in anyOf' });
  });

  it('discriminated: the tag picks the variant, whose issues keep their pointers', () => {
    const d = check.discriminated('type', new Map<string, $Check>([['text', text], ['audio', audio]]));
    expect(keywords(d, { type: 'audio', ms: 5 })).toEqual([]);
    expect(keywords(d, { type: 'audio', ms: -5 })).toEqual(['/ms minimum']);
    expect(issuesOf(d, { type: 7 })).toEqual([{ pointer: '', keyword: 'discriminator', message: 'tag "type" must be string' }]);
    expect(issuesOf(d, { type: 'video' })).toEqual([{ pointer: '', keyword: 'discriminator', message: 'value of tag "type" must be in oneOf, found "video"' }]);
    expect(keywords(d, 'text')).toEqual([' type']);
  });
});

describe('validate, parse and ValidationError', () => {
  const event = check.object([{ name: 'event_id', required: false, check: check.string({ maxLength: 512 }) }, { name: 'audio_end_ms', required: true, check: check.integer({ minimum: 0 }) }], true);

  it('a JSON value round trip: parse then stringify gives the text back, unknown properties included', () => {
    const text = '{"audio_end_ms":1500,"event_id":"ev_1","extra":{"nested":[1,"two",null,true]},"unicode":"é😀\\u0000"}';
    expect(JSON.stringify($parseWith(event, text))).toBe(text);
    expect($validateWith(event, JSON.parse(text))).toEqual([]);
  });

  it('text that is not JSON: one "json" issue at the root', () => {
    const error = thrown(() => $parseWith(event, '{"audio_end_ms": 1,'));
    expect(error).toBeInstanceOf(ValidationError);
    const v = error as ValidationError;
    expect(v.issues).toHaveLength(1);
    expect([v.pointer, v.keyword]).toEqual(['', 'json']);
    expect(v.message).toMatch(/^\(root\): is not valid JSON: .+ \(json\)$/);
  });

  it('JSON that does not follow the schema: every issue, the first in the message and getters', () => {
    const v = thrown(() => $parseWith(event, '{"audio_end_ms": -1, "event_id": 3}')) as ValidationError;
    expect(v).toBeInstanceOf(ValidationError);
    expect(v.name).toBe('ValidationError');
    expect(v.issues.map((i) => `${i.pointer} ${i.keyword}`)).toEqual(['/event_id type', '/audio_end_ms minimum']);
    expect([v.pointer, v.keyword]).toEqual(['/event_id', 'type']);
    expect(v.message).toBe('/event_id: must be string (type)');
  });

  it('ValidationError without issues', () => {
    const v = new ValidationError([]);
    expect([v.message, v.pointer, v.keyword]).toEqual(['invalid value', '', '']);
    expect(v).toBeInstanceOf(Error);
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
    expect(inlined).toMatch(/\n {2}return value;\n\}$/);
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
    expect(generated.slice(at + 1 + inlined.length)).toMatch(/^\n\nconst shapeOf/);
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
