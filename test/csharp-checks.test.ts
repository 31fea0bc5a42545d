// The C# target's compiled checks (generator/targets/csharp/checks.ts), which every converter
// validates with first, answer exactly what the shipped interpreter (SchemaValidator) answers on
// the same JsonElement. For every golden case and the canonical schema (each in a namespace of its
// own, one runtime), and for a schema using every keyword the compiler writes, the output is built
// at the tests' settings (warnings are errors) and one process compares, for each compiled
// declaration, its check with the interpreter on the samples and their mutations
// (test/helpers/mutations.ts). An invalid value still gets the interpreter's errors, and what does
// not compile is left to it. The official suite goes through the converters too
// (test/runtime/csharp-suite.test.ts).
//
// The converters' fast readers (generator/targets/csharp/readers.ts: validate and bind straight
// from the Utf8JsonReader) are held to the same values: where one takes a value, the validator
// accepts it, binding it from its JsonElement writes the same JSON, and the reader stops at the
// value's end; what it leaves goes to that path anyway.

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadModel, modelFromText } from '../generator/index.js';
import type { JsonValue, Model } from '../generator/model/ir.js';
import { schemaUriOf } from '../generator/model/validation.js';
import { compileChecks } from '../generator/targets/csharp/checks.js';
import { allSchemas } from './helpers/cases.js';
import { POOL, VOCABULARY, texts } from './helpers/check-vocabulary.js';
import { mutations } from './helpers/mutations.js';
import { DOTNET_ENV, dotnetBuild, projectFile, writeUnit } from './runners/csharp.js';
import { SharedRuntime } from './runners/shared-runtime.js';

/** The namespace of the one runtime copy; job i's code is in Checks.<job>. */
const SHARED = 'Checks';

/**
 * Compares each job's compiled checks with the interpreter on its values (JSON texts), in one
 * process; `Fallback` reads through a converter and prints whether it threw, and the errors.
 */
const AGREE = `#nullable enable
using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using System.Text.Json;

namespace ${SHARED};

internal static class Agree
{
    internal static void Main(string[] args)
    {
        if (args[0] == "fallback")
        {
            Console.WriteLine(Fallbacks.Run());
            return;
        }
        if (args[0] == "fast")
        {
            Console.WriteLine(FastReads.Run(args[1]));
            return;
        }
        using var job = JsonDocument.Parse(File.ReadAllText(args[0]));
        var found = new List<string>();
        long tried = 0;
        var assembly = typeof(Agree).Assembly;
        foreach (var c in job.RootElement.GetProperty("cases").EnumerateArray())
        {
            var ns = c.GetProperty("namespace").GetString()!;
            var at = assembly.GetType(ns + ".SchemaDocuments")!.GetMethod("At", BindingFlags.Static | BindingFlags.NonPublic)!;
            var checks = assembly.GetType(ns + ".SchemaChecks")!;
            var texts = new List<string>();
            var values = new List<JsonElement>();
            foreach (var text in c.GetProperty("values").EnumerateArray())
            {
                texts.Add(text.GetString()!);
                values.Add(JsonDocument.Parse(text.GetString()!).RootElement);
            }
            foreach (var item in c.GetProperty("items").EnumerateArray())
            {
                var name = item.GetProperty("check").GetString()!.Split('.')[1];
                var compiled = (Func<JsonElement, bool>)Delegate.CreateDelegate(typeof(Func<JsonElement, bool>), checks.GetMethod(name, BindingFlags.Static | BindingFlags.NonPublic)!);
                // Without a check: the interpreter alone.
                var reference = (SchemaValidation)at.Invoke(null, new object?[] { item.GetProperty("uri").GetString(), null })!;
                for (var i = 0; i < values.Count; i++)
                {
                    tried++;
                    var mine = compiled(values[i]);
                    var theirs = reference.Validator.IsValid(values[i]);
                    if (mine != theirs && found.Count < 20) found.Add(ns + " " + item.GetProperty("name").GetString() + " " + texts[i] + ": check " + mine + ", interpreter " + theirs);
                }
            }
        }
        Console.WriteLine(JsonSerializer.Serialize(new Dictionary<string, object> { ["tried"] = tried, ["found"] = found }));
    }
}
`;

interface Job {
  readonly namespace: string;
  readonly model: Model;
  readonly values: readonly string[];
  readonly options?: Readonly<Record<string, string>>;
}

/** Renders each job's code (namespace Checks.<job>) beside one runtime and the harness, and builds them (one dotnet build for every test): the folder. */
async function build(jobs: readonly Job[], fallback: string): Promise<string> {
  const root = mkdtempSync(join(tmpdir(), 'csharp-checks-'));
  const runtime = new SharedRuntime('csharp');
  for (const job of jobs)
    writeUnit(job.model, `${SHARED}.${job.namespace}`, join(root, 'units', job.namespace), job.options ?? {}, { runtime, namespace: SHARED });
  mkdirSync(join(root, 'runtime'), { recursive: true });
  for (const [name, content] of runtime.entries()) writeFileSync(join(root, 'runtime', name), content);
  writeFileSync(join(root, 'Agree.cs'), `${AGREE}\n${fallback}\n${fastReads(root, jobs)}\n`);
  writeFileSync(join(root, 'Agree.csproj'), projectFile('Exe'));
  await dotnetBuild(join(root, 'Agree.csproj'));
  return root;
}

function run(root: string, ...args: string[]): string {
  return execFileSync('dotnet', [join(root, 'out', 'Agree.dll'), ...args], { encoding: 'utf8', env: DOTNET_ENV, maxBuffer: 64 * 1024 * 1024 });
}

/**
 * The harness of the fast readers: every converter of the jobs' code that has a TryRead and a
 * validator of its own (a shared base type's dispatch has neither: its variants' readers are
 * compared), found in the rendered sources, with how to read a value both ways.
 */
function fastReads(root: string, jobs: readonly Job[]): string {
  const pairs: string[] = [];
  for (const job of jobs) {
    const ns = `${SHARED}.${job.namespace}`;
    for (const file of readdirSync(join(root, 'units', job.namespace))) {
      // Converters, and aliases (static classes with the same four members).
      for (const unit of readFileSync(join(root, 'units', job.namespace, file), 'utf8').split(/(?=internal sealed class |public static class )/)) {
        const m = /^(?:internal sealed class (\w+) : SchemaConverter<(\w+)>|public static class (\w+))\n\{\n/.exec(unit);
        const owner = m?.[1] ?? m?.[3];
        if (
          owner !== undefined &&
          unit.includes('    internal static readonly SchemaValidation validator = ') &&
          unit.includes('internal static bool TryRead(')
        )
          pairs.push(
            `[${JSON.stringify(`${ns}|${m![2] ?? owner}`)}] = Make(${ns}.${owner}.TryRead, ${ns}.${owner}.FromJson, ${ns}.${owner}.WriteJson, ${ns}.${owner}.validator),`,
          );
      }
    }
  }
  return `
#pragma warning disable CS0618 // the schemas' deprecated declarations are read too
internal static class FastReads
{
    private interface IPair
    {
        /** Whether the fast reader took the value, and then the JSON it wrote (or why it is wrong). */
        (bool Taken, string? Json) Fast(byte[] utf8);
        /** The JSON binding from the element writes, or null when the validator refuses it. */
        string? Slow(JsonElement value);
    }

    private sealed class Pair<T> : IPair
    {
        private readonly SchemaReader<T> read;
        private readonly Func<JsonElement, T> bind;
        private readonly Action<Utf8JsonWriter, T> write;
        private readonly SchemaValidation validation;

        internal Pair(SchemaReader<T> read, Func<JsonElement, T> bind, Action<Utf8JsonWriter, T> write, SchemaValidation validation)
        {
            this.read = read;
            this.bind = bind;
            this.write = write;
            this.validation = validation;
        }

        public (bool Taken, string? Json) Fast(byte[] utf8)
        {
            var reader = new Utf8JsonReader(utf8);
            reader.Read();
            if (!SchemaRuntime.TryFast(read, ref reader, out var value)) return (false, null);
            return reader.Read() ? (true, "the reader stopped before the value's end") : (true, Written(value));
        }

        // JSON null, where the declaration allows it, a converter reads as null (ReadNullable) without FromJson, and writes it itself.
        public string? Slow(JsonElement value) => validation.Validator.IsValid(value) ? Written(value.ValueKind == JsonValueKind.Null ? default! : bind(value)) : null;

        /** The JSON the value writes (or why it cannot: a number read as infinity, 1e400, on either path). */
        private string Written(T value)
        {
            try
            {
                using var stream = new MemoryStream();
                using (var writer = new Utf8JsonWriter(stream))
                {
                    if (value is null) writer.WriteNullValue();
                    else write(writer, value);
                }
                var shape = new System.Text.StringBuilder();
                Shape(value, shape, 0);
                return System.Text.Encoding.UTF8.GetString(stream.ToArray()) + " as " + shape;
            }
            catch (ArgumentException e)
            {
                return "unwritable: " + e.Message;
            }
        }
    }

    /** The classes a bound value holds, each union's variant among them (two variants can write the same JSON). */
    private static void Shape(object? value, System.Text.StringBuilder into, int depth)
    {
        if (value == null || depth > 64) return;
        var type = value.GetType();
        if (type.IsPrimitive || type.IsEnum || value is string || value is JsonElement || value is System.Numerics.BigInteger)
        {
            into.Append(type.Name).Append(' ');
            return;
        }
        if (value is System.Collections.IDictionary map)
        {
            foreach (System.Collections.DictionaryEntry e in map) Shape(e.Value, into, depth + 1);
            return;
        }
        if (value is System.Collections.IEnumerable list)
        {
            foreach (var e in list) Shape(e, into, depth + 1);
            return;
        }
        into.Append(type.Name).Append('{');
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0) continue;
            object? held;
            try
            {
                held = property.GetValue(value);
            }
            catch (TargetInvocationException)
            {
                into.Append("! ");
                continue;
            }
            Shape(held, into, depth + 1);
        }
        into.Append("} ");
    }

    private static IPair Make<T>(SchemaReader<T> read, Func<JsonElement, T> bind, Action<Utf8JsonWriter, T> write, SchemaValidation validation) =>
        new Pair<T>(read, bind, write, validation);

    private static readonly Dictionary<string, IPair> Pairs = new()
    {
${pairs.map((p) => `        ${p}`).join('\n')}
    };

    internal static string Run(string jobFile)
    {
        using var job = JsonDocument.Parse(File.ReadAllText(jobFile));
        var found = new List<string>();
        long tried = 0, taken = 0, accepted = 0;
        var readers = new List<string>();
        foreach (var c in job.RootElement.GetProperty("cases").EnumerateArray())
        {
            var ns = c.GetProperty("namespace").GetString()!;
            foreach (var (key, pair) in Pairs)
            {
                if (!key.StartsWith(ns + "|", StringComparison.Ordinal)) continue;
                readers.Add(key);
                foreach (var text in c.GetProperty("values").EnumerateArray())
                {
                    tried++;
                    var json = text.GetString()!;
                    using var document = JsonDocument.Parse(json);
                    var slow = pair.Slow(document.RootElement);
                    if (slow != null) accepted++;
                    var (isTaken, fast) = pair.Fast(System.Text.Encoding.UTF8.GetBytes(json));
                    if (!isTaken) continue;
                    taken++;
                    if (fast != slow && found.Count < 20) found.Add(key + " " + json + ": fast " + fast + ", validate and bind " + (slow ?? "(invalid)"));
                }
            }
        }
        return JsonSerializer.Serialize(new Dictionary<string, object> { ["tried"] = tried, ["taken"] = taken, ["accepted"] = accepted, ["readers"] = readers, ["found"] = found });
    }
}`;
}

/** Runs the fast readers of the built jobs over their values: disagreements, pairs tried, values taken fast and accepted by the validator, and the readers found. */
function fastAgree(root: string, jobs: readonly Job[]): { found: string[]; tried: number; taken: number; accepted: number; readers: string[] } {
  const file = join(root, `fast-${jobs[0]!.namespace}.json`);
  writeFileSync(file, JSON.stringify({ cases: jobs.map((job) => ({ namespace: `${SHARED}.${job.namespace}`, values: job.values })) }));
  return JSON.parse(run(root, 'fast', file)) as { found: string[]; tried: number; taken: number; accepted: number; readers: string[] };
}

/** Runs Agree over the built jobs: the disagreements found and how many (check, value) pairs were tried. */
function agree(root: string, jobs: readonly Job[]): { found: string[]; tried: number } {
  const cases = jobs.map((job) => {
    const checks = compileChecks(job.model, job.options?.['formats'] === 'assert').checks;
    const items = job.model.declarations
      .filter((d) => checks.has(d.id))
      .map((d) => ({ name: d.schemaName, uri: schemaUriOf(job.model, d), check: checks.get(d.id)! }));
    return { namespace: `${SHARED}.${job.namespace}`, items, values: job.values };
  });
  const file = join(root, `job-${jobs[0]!.namespace}.json`);
  writeFileSync(file, JSON.stringify({ cases }));
  return JSON.parse(run(root, file)) as { found: string[]; tried: number };
}

const schema = (defs: object): string => JSON.stringify({ $schema: 'https://json-schema.org/draft/2020-12/schema', $defs: defs });

const GOLDEN: readonly Job[] = allSchemas().map((c, i) => ({
  namespace: `Golden${i}`,
  model: loadModel(c.schemaPath),
  values: texts([...c.valid, ...c.invalid].flatMap((vector) => mutations(vector.json as JsonValue))),
}));

/** The shared vocabulary, and a name both required and additional; values with a name written twice (JsonElement keeps both, the last counts for properties). */
const VOCABULARY_JOB: Job = {
  namespace: 'Vocabulary',
  model: modelFromText(
    schema({ ...VOCABULARY, RequiredExtra: { type: 'object', required: ['total'], additionalProperties: { type: 'integer' } } }),
    'vocabulary.json',
  ),
  values: [
    ...POOL,
    ...[
      '{"total": "x", "total": 1}',
      '{"total": 1, "total": "x"}',
      '{"a": 1, "a": "x"}',
      '{"id": 1, "id": "i"}',
      '{"id": "i", "id": 1}',
      '{"x-a": 1, "x-a": "v"}',
      '{"type": "stop", "type": "start"}',
    ],
    ...texts(POOL.flatMap((text) => mutations(JSON.parse(text) as JsonValue, 1))),
  ],
};

/**
 * Every shape a fast reader reads (generator/targets/csharp/readers.ts), members that may be null
 * in both of the schema's spellings, required and optional, and values at their edges.
 */
const FAST_JOB: Job = {
  namespace: 'Fast',
  model: modelFromText(
    schema({
      Kind: { type: 'string', enum: ['a', 'b'] },
      Inner: { type: 'object', properties: { n: { type: 'integer', minimum: -3, maximum: 3 } }, required: ['n'] },
      Holder: {
        type: 'object',
        properties: {
          s: { anyOf: [{ type: 'string', maxLength: 2 }, { type: 'null' }] },
          i: { type: ['integer', 'null'], minimum: 0 },
          d: { anyOf: [{ type: 'null' }, { type: 'number' }] },
          b: { type: ['boolean', 'null'] },
          k: { anyOf: [{ $ref: '#/$defs/Kind' }, { type: 'null' }] },
          o: { anyOf: [{ $ref: '#/$defs/Inner' }, { type: 'null' }] },
          list: { type: 'array', items: { $ref: '#/$defs/Inner' }, minItems: 1, maxItems: 2 },
          big: { type: 'integer' },
        },
        required: ['s', 'k'],
      },
      Circle: { type: 'object', properties: { shape: { const: 'circle' }, r: { type: 'number' } }, required: ['shape', 'r'] },
      Square: { type: 'object', properties: { shape: { const: 'square' }, side: { type: 'integer' } }, required: ['shape'] },
      Shape: { anyOf: [{ $ref: '#/$defs/Circle' }, { $ref: '#/$defs/Square' }] },
      Events: { type: 'array', items: { $ref: '#/$defs/Shape' } },
      // Unions told apart by the kind of value, then by tags on two levels, or tags not required.
      Voice: { anyOf: [{ type: 'string' }, { type: 'string', enum: ['alloy', 'ash'] }] },
      Tokens: { oneOf: [{ type: 'integer', minimum: 1 }, { const: 'inf' }] },
      Mixed: { oneOf: [{ type: 'string', maxLength: 3 }, { $ref: '#/$defs/Inner' }, { type: 'array', items: { type: 'integer' } }, { type: 'boolean' }] },
      Strings: { oneOf: [{ type: 'string', maxLength: 2 }, { type: 'string', minLength: 4 }, { type: 'integer' }] },
      Said: {
        type: 'object',
        properties: { type: { const: 'message' }, role: { const: 'user' }, text: { type: 'string' } },
        required: ['type', 'role', 'text'],
      },
      Answered: {
        type: 'object',
        properties: { type: { const: 'message' }, role: { const: 'assistant' }, parts: { type: 'array', items: { type: 'string' } } },
        required: ['type', 'role'],
      },
      Called: { type: 'object', properties: { type: { const: 'call' }, name: { type: 'string' } }, required: ['type', 'name'] },
      Item: { anyOf: [{ $ref: '#/$defs/Said' }, { $ref: '#/$defs/Answered' }, { $ref: '#/$defs/Called' }] },
      Format: {
        anyOf: [
          { type: 'object', properties: { type: { type: 'string', enum: ['pcm'] }, rate: { type: 'integer', enum: [24000, 16000] } } },
          { type: 'object', properties: { type: { type: 'string', enum: ['mu'] } } },
        ],
      },
      Closed: {
        type: 'object',
        properties: { code: { type: 'string', pattern: '^[a-z]+\\d$' }, on: { type: 'boolean' } },
        required: [],
        additionalProperties: false,
      },
      Detect: {
        anyOf: [
          {
            oneOf: [
              { type: 'object', required: ['type'], properties: { type: { const: 'server' }, t: { type: 'number' } } },
              { type: 'object', required: ['type'], properties: { type: { const: 'semantic' }, e: { enum: ['low', 'high'] } } },
            ],
            discriminator: { propertyName: 'type' },
          },
          { type: 'null' },
        ],
      },
      // More tags than are compared one by one: looked up (SchemaTags), escaped ones too.
      ...Object.fromEntries(
        Array.from({ length: 10 }, (_, i) => [
          `Tagged${i}`,
          { type: 'object', properties: { kind: { const: i === 9 ? 'é' : `t${i}` }, n: { type: 'integer' } }, required: ['kind'] },
        ]),
      ),
      Many: { anyOf: Array.from({ length: 10 }, (_, i) => ({ $ref: `#/$defs/Tagged${i}` })) },
      // Objects composed with allOf: each part's members; a name in two parts (both schemas hold) or a typed rest read through FromJson.
      Base: { type: 'object', properties: { id: { type: 'string' }, n: { type: 'integer' } }, required: ['id'] },
      Extended: { allOf: [{ $ref: '#/$defs/Base' }, { type: 'object', properties: { value: { type: 'string' } }, required: ['value'] }] },
      Nested: { allOf: [{ $ref: '#/$defs/Extended' }, { properties: { extra: { type: 'boolean' } } }] },
      Doubled: { allOf: [{ $ref: '#/$defs/Base' }, { properties: { id: { type: 'string', maxLength: 2 } } }] },
      TypedRest: { allOf: [{ $ref: '#/$defs/Base' }, { additionalProperties: { type: 'integer' } }] },
      Free: { type: 'object', properties: { v: {} }, required: ['v'] },
      // Strings that hold the readers' placeholders ($local, $localKey): literals, never replaced.
      Dollar: {
        type: 'object',
        properties: {
          tag: { const: '$local' },
          note: { const: '$local' },
          mode: { enum: ['$local!', '$localKey'] },
          price: { type: 'string', pattern: '^\\$local' },
          costs: { type: 'object', propertyNames: { pattern: '^\\$local!' }, additionalProperties: { type: 'integer' } },
        },
        required: ['tag'],
      },
      Meta: { anyOf: [{ type: 'object', additionalProperties: { type: 'string', maxLength: 3 } }, { type: 'null' }] },
      Mapped: {
        type: 'object',
        properties: {
          voice: { $ref: '#/$defs/Voice' },
          tokens: { $ref: '#/$defs/Tokens' },
          mixed: { $ref: '#/$defs/Mixed' },
          items: { type: 'array', items: { $ref: '#/$defs/Item' } },
          format: { $ref: '#/$defs/Format' },
          meta: { $ref: '#/$defs/Meta' },
          schema: { type: 'object' },
          notes: { anyOf: [{ type: 'object' }, { type: 'null' }] },
          inners: { type: 'object', additionalProperties: { $ref: '#/$defs/Inner' } },
          day: { type: 'string', format: 'date' },
          seven: { type: 'integer', const: 7 },
          closed: { $ref: '#/$defs/Closed' },
          detect: { $ref: '#/$defs/Detect' },
          many: { type: 'array', items: { $ref: '#/$defs/Many' } },
          anything: {},
          free: { $ref: '#/$defs/Free' },
          extended: { $ref: '#/$defs/Extended' },
          nested: { $ref: '#/$defs/Nested' },
          ratio: { type: 'number', minimum: 0, maximum: 1 },
          speed: { type: 'number', minimum: 0.1, exclusiveMaximum: 1.5, format: 'double' },
        },
        required: ['voice'],
      },
    }),
    'fast.json',
  ),
  values: [
    ...[
      '{"s": null, "k": null}',
      '{"s": "ab", "k": "a", "i": null, "d": null, "b": null, "o": null}',
      '{"s": "abc", "k": "a"}',
      '{"s": "\\ud83d\\ude00x", "k": "b", "i": 0, "d": 1e308, "b": true, "o": {"n": 3}, "list": [{"n": -3}], "big": 9223372036854775807}',
      '{"s": null, "k": "b", "d": 1e400, "big": 9223372036854775808}',
      '{"s": null, "k": "c"}',
      '{"s": null, "k": "a", "i": 1.0, "list": []}',
      '{"s": null, "k": "a", "list": [{"n": 1}, {"n": 2}, {"n": 3}], "x": [1, {"y": null}]}',
      '{"s": null, "k": "a", "o": {"n": 4}}',
      '{"s": null, "s": "a", "k": "a"}',
      '[{"shape": "circle", "r": 1.5}, {"shape": "square", "side": 2}, {"shape": "square"}, {"r": 1, "shape": "circle"}]',
      '[{"shape": "circle"}, {"shape": "triangle"}]',
      '[{"shape": "circl\\u0065", "r": 2}, {"sh\\u0061pe": "square"}, {"shape": "squar\\u0065", "side": 1}]',
      '{"shape": "square", "side": 2.5}',
      '{"voice": "alloy", "tokens": "inf", "mixed": "abc", "format": {"type": "pcm", "rate": 24000}, "meta": null, "day": "today", "seven": 7}',
      '{"voice": "verse", "tokens": 4096, "mixed": {"n": 1}, "format": {"type": "mu"}, "meta": {"a": "x", "b": "yz"}, "schema": {"type": "object", "x": [1]}, "notes": null}',
      '{"voice": "ash", "tokens": 0, "mixed": [1, 2], "format": {"rate": 16000}, "meta": {"a": "long"}, "notes": {"a": 1}, "inners": {"p": {"n": 1}, "q": {"n": 2}}, "seven": 7.0}',
      '{"voice": 1, "tokens": 1.0, "mixed": true, "format": {"type": "pcm", "rate": 8000}, "meta": {"a": "x", "a": "y"}, "inners": {"p": {"n": 9}}, "seven": 8}',
      '{"voice": "x", "items": [{"type": "message", "role": "user", "text": "hi"}, {"type": "message", "role": "assistant", "parts": ["a"]}, {"type": "call", "name": "f"}]}',
      '{"voice": "x", "items": [{"role": "assistant", "type": "message"}, {"type": "message", "role": "system", "text": "x"}, {"type": "message", "text": "x"}]}',
      '{"voice": "x", "items": [{"type": "message", "role": "user"}, {"type": "call"}, {"type": "message", "role": "user", "text": "a", "role": "assistant"}]}',
      ...[
        '0',
        '1',
        '1.0',
        '0.9999999999999999',
        '1.00000000000000001',
        '0.99999999999999999999',
        '-0',
        '-0.0000000000000000000001',
        '1e-400',
        '2',
        '0.5e1',
      ].map((n) => `{"voice": "x", "ratio": ${n}}`),
      ...[
        '0.1',
        '0.1000000000000000000001',
        '0.09999999999999999999999',
        '0.09999999999999999',
        '1.4999999999999998',
        '1.49999999999999999999',
        '1.5',
        '1e308',
        '1e400',
      ].map((n) => `{"voice": "x", "speed": ${n}}`),
      ...['{}', '{"code": "ab1", "on": true}', '{"code": "ab\u0661"}', '{"code": "ab"}', '{"on": false, "x": 1}', '{"code": "a1", "code": "b2"}'].map(
        (closed) => `{"voice": "x", "closed": ${closed}}`,
      ),
      '{"voice": "x", "extended": {"id": "a", "value": "v"}, "nested": {"id": "b", "value": "w", "extra": true, "x": 1}}',
      '{"tag": "$local", "note": "$local", "mode": "$local!", "price": "$local9", "costs": {"$local!a": 1}}',
      '{"tag": "$local", "mode": "$localKey", "costs": {}}',
      '{"tag": "m0", "note": "m1"}',
      '{"tag": "$local", "note": "m1", "mode": "m2!", "price": "m3", "costs": {"m4Key": 1}}',
      '{"voice": "x", "extended": {"id": "a"}, "nested": {"value": "w", "extra": "no"}}',
      '{"voice": "x", "extended": {"id": "a", "n": 1.5, "value": "v"}, "nested": {"id": "b", "value": "w", "n": 2}}',
      '{"voice": "x", "anything": null, "free": {"v": [1, {"a": null}]}}',
      '{"voice": "x", "anything": {"deep": [true, 1e400, "\\u00e9"]}, "free": {"v": null}}',
      '{"voice": "x", "anything": 1.0, "free": {}}',
      '{"id": "ab", "value": "v", "z": 1}',
      '{"id": "abc", "z": "s"}',
      '{"voice": "x", "many": [{"kind": "t3", "n": 1}, {"n": 2, "kind": "t0"}, {"kind": "t\\u0038"}, {"kind": "\\u00e9"}, {"kind": "é", "n": 3}]}',
      '{"voice": "x", "many": [{"kind": "t10"}, {"kind": ""}, {"kind": "t"}, {"kind": "t3", "n": "x"}, {"kind": 3}]}',
      ...[
        'null',
        '{"type": "server", "t": 0.5}',
        '{"type": "semantic", "e": "low"}',
        '{"type": "semantic", "e": "mid"}',
        '{"t": 1, "type": "server"}',
        '{"type": "other"}',
        '{}',
      ].map((detect) => `{"voice": "x", "detect": ${detect}}`),
      '"ab"',
      '"abc"',
      '"abcd"',
      '3',
      '3.0',
      'true',
      '[1, 2.5]',
      '{"n": 0}',
      '24000',
      '16000',
      '24000.0',
      '"inf"',
      '{"type": "pcm"}',
    ].flatMap((text) => [text, ...texts(mutations(JSON.parse(text) as JsonValue, 1))]),
  ],
};

/** What the checks leave to the interpreter: unevaluated*, a number no double holds, an asserted format (formats assert here). */
const FALLBACK_JOB: Job = {
  namespace: 'Fallback',
  model: modelFromText(
    schema({
      Plain: { type: 'object', properties: { a: { type: 'string', pattern: '^a' } } },
      Closed: { type: 'object', properties: { a: { type: 'string' } }, unevaluatedProperties: false },
      Huge: { type: 'integer', maximum: 18446744073709551616 },
      UsesHuge: { type: 'object', properties: { h: { $ref: '#/$defs/Huge' } } },
      Day: { type: 'string', format: 'date' },
    }),
    'what.json',
  ),
  values: [],
  options: { formats: 'assert' },
};

/** Reads through the fallback job's converters: whether each read passed, and the interpreter's message where it did not. */
const FALLBACK = `
internal static class Fallbacks
{
    private static string Ok<T>(string text)
    {
        try
        {
            JsonSerializer.Deserialize<T>(text);
            return "true";
        }
        catch (SchemaValidationException e)
        {
            return "false " + e.Message.Replace("\\n", " ");
        }
    }

    internal static string Run() => string.Join("\\n",
        Ok<${SHARED}.Fallback.Plain>("{\\"a\\": \\"ab\\"}"), Ok<${SHARED}.Fallback.Plain>("{\\"a\\": \\"b\\"}"),
        Ok<${SHARED}.Fallback.Closed>("{\\"a\\": \\"x\\"}"), Ok<${SHARED}.Fallback.Closed>("{\\"b\\": 1}"),
        Ok<${SHARED}.Fallback.UsesHuge>("{\\"h\\": 18446744073709551616}"), Ok<${SHARED}.Fallback.UsesHuge>("{\\"h\\": 18446744073709551617}"));
}`;

let root = '';
beforeAll(async () => {
  root = await build([...GOLDEN, VOCABULARY_JOB, FALLBACK_JOB, FAST_JOB], FALLBACK);
}, 300_000);

describe('compiled checks agree with the interpreter', () => {
  it('on every golden case and the canonical schema, every declaration compiles and agrees on the samples and their mutations', () => {
    for (const job of GOLDEN) {
      const checks = compileChecks(job.model, false).checks;
      expect(job.model.declarations.filter((d) => !checks.has(d.id)).map((d) => `${job.namespace} ${d.schemaName}`)).toEqual([]);
    }
    const { found, tried } = agree(root, GOLDEN);
    expect(found).toEqual([]);
    expect(tried).toBeGreaterThan(100_000);
  }, 300_000);

  it('a fast reader takes only values the validator accepts, binds them as FromJson does and stops at their end', () => {
    const { found, tried, taken, accepted, readers } = fastAgree(root, [...GOLDEN, VOCABULARY_JOB, FAST_JOB]);
    expect(found).toEqual([]);
    // The canonical events and their union read fast; so do a share of what the validator accepts.
    const named = ['ConversationItemTruncatedResponse', 'ConversationItemTruncateRequest', 'IServerEvent', 'IClientEvent', 'Holder', 'Events', 'Shape'];
    named.push(
      'Mapped',
      'Voice',
      'Tokens',
      'Mixed',
      'Item',
      'Format',
      'Meta',
      'Closed',
      'IDetectValue',
      'Detect',
      'Many',
      'Extended',
      'Nested',
      'Free',
      'Dollar',
    );
    // The OpenAI spec's shapes (test/cases/openai-shapes): one-value enum tags, model ids, declarations that allow null, 3.0's nullable beside a $ref, a oneOf of tagged objects.
    named.push('Run', 'ModelIds', 'IFormat', 'Quality', 'IncompleteDetails', 'Unit', 'RunTruncationStrategy', 'ToolCallResource', 'RunStep');
    // Trees (a plan counting on the declaration it is planning), through a static $dynamicRef too; a map bounded in keys and size; a member two parts declare differently.
    named.push('Tree', 'FilterTree', 'Search', 'Attributes', 'CallOutputResource');
    // A union reading the values no variant's reader takes as a JsonElement (TryReadOther), and what holds it.
    named.push('Instructions', 'Prompt', 'DrawingLayer');
    expect(named.filter((name) => !readers.some((r) => r.endsWith(`|${name}`)))).toEqual([]);
    expect(tried).toBeGreaterThan(10_000);
    expect(taken).toBeGreaterThan(1_000);
    expect(accepted).toBeGreaterThan(taken);
  }, 300_000);
});

describe('every keyword the compiler writes', () => {
  it('compiles every declaration with warnings as errors and answers as the interpreter on the pool and its mutations', () => {
    const { model } = VOCABULARY_JOB;
    const checks = compileChecks(model, false);
    // The schema false is no fast path: its models go straight to the interpreter, which reports.
    expect(model.declarations.filter((d) => !checks.checks.has(d.id)).map((d) => d.schemaName)).toEqual(['Never']);
    // The tags: one string switch, a branch's own check when the tag leaves one branch.
    expect(checks.code).toMatch(/switch \(t\.GetString\(\)\)\n\s+\{\n\s+case "start":\n\s+return Check\d+\(x\);/);
    const { found, tried } = agree(root, [VOCABULARY_JOB]);
    expect(found).toEqual([]);
    expect(tried).toBeGreaterThan(50_000);
  }, 300_000);

  it('leaves to the interpreter what it does not compile, and a converter reports the interpreter`s errors', () => {
    const { model } = FALLBACK_JOB;
    const compiled = (formats: boolean): string[] => {
      const checks = compileChecks(model, formats).checks;
      return model.declarations.filter((d) => checks.has(d.id)).map((d) => d.schemaName);
    };
    expect(compiled(false)).toEqual(['Plain', 'Day']);
    expect(compiled(true)).toEqual(['Plain']);
    const lines = run(root, 'fallback').trim().split('\n');
    expect(lines[0]).toBe('true');
    // The compiled check fails; the interpreter reports where and why.
    expect(lines[1]).toMatch(/^false .*\/a.*pattern/s);
    expect(lines.slice(2).map((l) => l.split(' ')[0])).toEqual(['true', 'false', 'true', 'false']);
  }, 300_000);
});
