// The C# target's own decisions, without a compiler: type mapping (int vs long), the ECMA-262 to
// .NET pattern translation, the data-driven base types, and the errors bad input gets.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OptionsError, SchemaError, modelFromText, renderModel } from '../generator/index.js';
import { checkPattern, translatePattern } from '../generator/regex/index.js';
import { RUNTIME_TYPES } from '../generator/targets/csharp/identifiers.js';
import { integerType } from '../generator/targets/csharp/types.js';
import { ROOT, targetDefaults } from './helpers/cases.js';

const schema = (defs: Record<string, unknown>): string => JSON.stringify({ $schema: 'https://json-schema.org/draft/2020-12/schema', $defs: defs });

function render(defs: Record<string, unknown>, options: Record<string, string> = {}): Map<string, string> {
  const model = modelFromText(schema(defs), 'test.schema.json');
  return renderModel(model, { targets: ['csharp'], options: { csharp: { ...targetDefaults('csharp'), ...options } }, templates: null });
}

function schemaError(defs: Record<string, unknown>): SchemaError {
  try {
    render(defs);
  } catch (error) {
    if (error instanceof SchemaError) return error;
    throw error;
  }
  throw new Error('expected a SchemaError');
}

const event = (tag: string, extra: Record<string, unknown> = {}) => ({
  type: 'object',
  properties: { type: { const: tag }, id: { type: 'string' }, ...extra },
  required: ['type'],
});

const union = (csharpOptions: Record<string, unknown>, ...refs: string[]) => ({
  type: 'object',
  oneOf: refs.map((r) => ({ $ref: `#/$defs/${r}` })),
  discriminator: { propertyName: 'type' },
  'x-codegen': { csharp: csharpOptions },
});

describe('integers are int when the bounds fit Int32, long when they fit Int64, else BigInteger', () => {
  const c = (minimum: number | null, maximum: number | null, exclusiveMinimum: number | null = null, exclusiveMaximum: number | null = null) =>
    integerType({ minimum, maximum, exclusiveMinimum, exclusiveMaximum, format: null });
  it.each([
    [c(0, 2147483647), 'int'],
    [c(-2147483648, 0), 'int'],
    [c(null, null, -2147483649, 2147483648), 'int'],
    [c(0, 2147483648), 'long'],
    [c(0, 9223372036854775000), 'long'],
    [c(-9223372036854775808, 0), 'long'],
    [c(null, null, -9223372036854775809, 9223372036854775808), 'long'],
    [c(0, 9223372036854775808), 'global::System.Numerics.BigInteger'],
    [c(-1e19, 0), 'global::System.Numerics.BigInteger'],
    [c(0, null), 'global::System.Numerics.BigInteger'],
    [c(null, 10), 'global::System.Numerics.BigInteger'],
  ])('%j -> %s', (actual, expected) => expect(actual).toBe(expected));
});

describe('ECMA-262 patterns become .NET patterns with the same meaning (full table: test/security/patterns.test.ts)', () => {
  it.each([
    ['^[a-z]+$', '^[\\u0061-\\u007A]+\\z'],
    ['\\d{3}', '[\\u0030-\\u0039]{3}'],
    ['[\\w-]', '[\\u002D\\u0030-\\u0039\\u0041-\\u005A\\u005F\\u0061-\\u007A]'],
    [
      'a.b',
      '\\u0061(?:[\\u0000-\\u0009\\u000B\\u000C\\u000E-\\u2027\\u202A-\\uD7FF\\uE000-\\uFFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF]|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF])\\u0062',
    ],
    ['[.$]', '[\\u0024\\u002E]'],
    ['\\u{1F600}', '\\uD83D\\uDE00'],
    ['[😀-😂]', '\\uD83D[\\uDE00-\\uDE02]'],
  ])('%s -> %s', (source, expected) => expect(translatePattern(source, 'dotnet')).toBe(expected));

  it('refuses what no target engine can read as ECMA-262 does', () => {
    expect(() => checkPattern('(?<=a+)b', '/p')).toThrow(SchemaError);
  });
});

describe('shared base types come from x-codegen on discriminated unions', () => {
  const defs = {
    A: event('a'),
    B: event('b', { id: { type: 'string' } }),
    U: union({ baseInterface: 'IEvent', baseClass: 'EventBase', baseProperties: ['id', 'type'] }, 'A', 'B'),
    V: union({ baseInterface: 'IEvent', baseClass: 'EventBase', baseProperties: ['id', 'type'] }, 'A'),
  };

  it('declares the listed properties once, on the base interface and class', () => {
    const files = render(defs);
    expect(files.get('csharp/IEvent.cs')).toContain('    string? Id { get; }\n');
    expect(files.get('csharp/EventBase.cs')).toContain('public abstract class EventBase : IEvent');
    expect(files.get('csharp/EventBase.cs')).toContain('public abstract string Type { get; protected set; }');
    expect(files.get('csharp/A.cs')).toContain('public sealed class A : EventBase, IU, IV');
    expect(files.get('csharp/A.cs')).toContain('public override string? Id { get; internal set; }');
    expect(files.get('csharp/IU.cs')).toContain('public interface IU : IEvent\n{\n}');
  });

  it('without options the union interface declares its tag', () => {
    const files = render({ A: event('a'), U: union({}, 'A') });
    expect(files.get('csharp/IU.cs')).toContain('    string Type { get; }\n');
    expect(files.get('csharp/A.cs')).toContain('public sealed class A : IU');
  });

  it.each([
    ['a listed property a variant lacks', { A: event('a'), U: union({ baseProperties: ['nope'] }, 'A') }, '/$defs/A'],
    ['baseProperties that is not a list of names', { A: event('a'), U: union({ baseProperties: 'type' }, 'A') }, '/$defs/U/x-codegen/csharp/baseProperties'],
    ['a base class name that is not an identifier', { A: event('a'), U: union({ baseClass: 'no good' }, 'A') }, '/$defs/U/x-codegen/csharp/baseClass'],
    ['base options on an object', { A: { ...event('a'), 'x-codegen': { csharp: { baseClass: 'X' } } } }, '/$defs/A/x-codegen/csharp/baseClass'],
    [
      'two unions sharing a base class differently',
      { A: event('a'), B: event('b'), U: union({ baseClass: 'X' }, 'A'), V: union({ baseClass: 'X', baseProperties: ['type', 'id'] }, 'B') },
      '/$defs/V/x-codegen/csharp',
    ],
    [
      'a shared property typed differently',
      { A: event('a'), B: event('b', { id: { type: 'integer' } }), U: union({ baseProperties: ['id'] }, 'A', 'B') },
      '/$defs/B/properties/id',
    ],
    ['a base name taken by a declaration', { A: event('a'), U: union({ baseClass: 'A' }, 'A') }, '/$defs/A'],
  ])('refuses %s', (_label, bad, pointer) => {
    expect(schemaError(bad).pointer).toBe(pointer);
  });
});

describe('names', () => {
  it('escapes keywords, never names a member like its class, renames object members', () => {
    const files = render({
      Order: {
        type: 'object',
        properties: { order: { type: 'string' }, class: { type: 'string' }, equals: { type: 'string' }, '2nd': { type: 'integer' } },
        required: ['class', '2nd'],
      },
    });
    const order = files.get('csharp/Order.cs')!;
    expect(order).toContain('public Order(string @class, global::System.Numerics.BigInteger _2nd)');
    expect(order).toContain('public string? OrderValue { get; set; }');
    expect(order).toContain('public string? EqualsValue { get; set; }');
  });

  it('a declaration that would shadow a framework type the code uses gets "Model"', () => {
    expect([...render({ JsonElement: { type: 'string' } }).keys()]).toContain('csharp/JsonElementModel.cs');
  });

  it('so does one named like a type of the runtime, every one its sources declare', () => {
    const dir = join(ROOT, 'templates', 'csharp', 'runtime');
    const declared = readdirSync(dir)
      .filter((f) => f.endsWith('.cs'))
      .flatMap((f) =>
        [
          ...readFileSync(join(dir, f), 'utf8').matchAll(
            /^(?:public|internal)(?: (?:static|sealed|abstract|partial))* (?:class|struct|interface|enum|record) (\w+)/gm,
          ),
        ].map((m) => m[1]!),
      );
    expect(declared).toContain('SchemaBranches');
    expect(declared.filter((t) => !RUNTIME_TYPES.includes(t))).toEqual([]);
    expect([...render({ SchemaNames: { type: 'string' } }).keys()]).toContain('csharp/SchemaNamesModel.cs');
  });

  it('refuses names that collide after casing, and aliases that only refer to themselves', () => {
    expect(schemaError({ a_b: { type: 'string' }, other: { type: 'string', 'x-codegen': { csharp: { name: 'AB' } } } }).message).toContain('both become "AB"');
    expect(schemaError({ Tree: { type: 'array', items: { $ref: '#/$defs/Tree' } } }).pointer).toBe('/$defs/Tree');
  });
});

describe('options', () => {
  it('namespace and target framework shape the output', () => {
    const files = render({ A: { type: 'string' } }, { namespace: 'My.Api', targetFramework: 'net8.0' });
    expect(files.get('csharp/My.Api.csproj')).toContain('<TargetFramework>net8.0</TargetFramework>');
    expect(files.get('csharp/A.cs')).toContain('namespace My.Api;');
  });

  it('formats: annotate by default (2020-12), assert on request; the documents and patterns go to SchemaDocuments.cs', () => {
    const defs = { A: { type: 'string', format: 'email', pattern: '^[a-z]+$' } };
    const annotate = render(defs).get('csharp/SchemaDocuments.cs')!;
    expect(annotate).toContain('private const bool FormatsAssert = false;');
    expect(annotate).toContain('private const string RootUri = "file:///test.schema.json";');
    expect(annotate).toContain(`["^[a-z]+$"] = ${JSON.stringify(translatePattern('^[a-z]+$', 'dotnet'))},`);
    expect(annotate).toContain('\\"format\\":\\"email\\"');
    expect(render(defs, { formats: 'assert' }).get('csharp/SchemaDocuments.cs')).toContain('private const bool FormatsAssert = true;');
    // Validated by its compiled check first; an asserted format is left to the interpreter alone.
    expect(render(defs).get('csharp/A.cs')).toMatch(/SchemaDocuments\.At\("#\/\$defs\/A", SchemaChecks\.Check\d+\);/);
    expect(render(defs, { formats: 'assert' }).get('csharp/A.cs')).toContain('SchemaDocuments.At("#/$defs/A");');
  });

  it('a union variant is validated by its own branch, past the null branches the model folds into nullable', () => {
    const files = render({
      U: { oneOf: [{ type: 'null' }, { type: 'string' }, { type: 'integer' }] },
      N: { type: 'object', properties: { u: { $ref: '#/$defs/U' } } },
    });
    const union = files.get('csharp/U.cs')!;
    expect(union).toMatch(/Variant0 = SchemaDocuments\.At\("#\/\$defs\/U\/oneOf\/1", SchemaChecks\.Check\d+\);/);
    expect(union).toMatch(/Variant1 = SchemaDocuments\.At\("#\/\$defs\/U\/oneOf\/2", SchemaChecks\.Check\d+\);/);
  });

  it.each([{ namespace: 'my-api' }, { namespace: 'A.class' }, { targetFramework: 'netstandard2.0' }, { formats: 'strict' }])('refuses %j', (options) => {
    expect(() => render({ A: { type: 'string' } }, options)).toThrow(OptionsError);
  });
});
