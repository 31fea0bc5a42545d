// The Java target's compiled checks (generator/targets/java/checks.ts), the fast path of validate()
// on a model read from JSON, answer exactly what the shipped interpreter answers on the tree
// Validation builds from the same JsonValue. For every golden case and the canonical schema (each
// in a package of its own, one runtime), and for a schema using every keyword the compiler writes,
// the classes are compiled with the tests' javac flags (-Xlint:all -Werror) and one JVM compares,
// for each compiled declaration, its check with the interpreter on the samples and their
// mutations (test/helpers/mutations.ts), read by Jackson as the models read them (a number beyond
// a double is an infinity, which the validator reads as a string). validate() still reports the
// interpreter's errors, and what does not compile falls back to it. The official suite goes
// through validate() too (test/runtime/java-suite.test.ts).

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadModel, modelFromText, renderModel } from '../generator/index.js';
import type { JsonValue, Model } from '../generator/model/ir.js';
import { schemaUriOf } from '../generator/model/validation.js';
import { compileChecks } from '../generator/targets/java/checks.js';
import { allSchemas, targetDefaults } from './helpers/cases.js';
import { mutations } from './helpers/mutations.js';
import { JAVAC_FLAGS } from './runners/java.js';

const JARS = ['jackson-core', 'jackson-databind', 'jackson-annotations'].map((j) => `/usr/share/java/${j}.jar`);

/** Compares, in one JVM, each job's compiled checks with the interpreter on its values (JSON texts). */
const AGREE = `
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.openai.core.JsonValue;
import com.openai.core.ObjectMappers;
import com.openai.core.Validation;
import com.openai.validation.SchemaValidator;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

public final class Agree {
    public static void main(String[] args) throws Exception {
        ObjectMapper mapper = ObjectMappers.jsonMapper();
        JsonNode job = new ObjectMapper().readTree(Files.readAllBytes(Paths.get(args[0])));
        List<String> found = new ArrayList<>();
        long tried = 0;
        for (JsonNode c : job.get("cases")) {
            String pkg = c.get("package").textValue();
            Method validator = Class.forName(pkg + ".ValidationSchema").getDeclaredMethod("validator", String.class);
            validator.setAccessible(true);
            List<JsonValue> values = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            for (JsonNode text : c.get("values")) {
                texts.add(text.textValue());
                values.add(mapper.readValue(text.textValue(), JsonValue.class));
            }
            for (JsonNode item : c.get("items")) {
                String[] check = item.get("check").textValue().split("::");
                Method compiled = Class.forName(pkg + "." + check[0]).getDeclaredMethod(check[1], JsonValue.class);
                compiled.setAccessible(true);
                SchemaValidator reference = (SchemaValidator) validator.invoke(null, item.get("uri").textValue());
                for (int i = 0; i < values.size(); i++) {
                    tried++;
                    boolean mine = (Boolean) compiled.invoke(null, values.get(i));
                    boolean theirs = Validation.accepts(reference, values.get(i));
                    if (mine != theirs && found.size() < 20) {
                        found.add(pkg + " " + item.get("name").textValue() + " " + texts.get(i) + ": check " + mine + ", interpreter " + theirs);
                    }
                }
            }
        }
        System.out.println(new ObjectMapper().createObjectNode().put("tried", tried).set("found", new ObjectMapper().valueToTree(found)));
    }
}
`;

interface Job {
  readonly package: string;
  readonly model: Model;
  readonly values: readonly string[];
  readonly options?: Record<string, JsonValue>;
}

/** Renders each job's models (package `<job>.models`) and one runtime into a folder, compiles them with the harness; returns the classes' folder and javac's output. */
function build(jobs: readonly Job[]): { classes: string; javac: string; root: string } {
  const root = mkdtempSync(join(tmpdir(), 'java-checks-'));
  const sources = join(root, 'src');
  const paths = new Set<string>();
  for (const job of jobs) {
    const options = { ...targetDefaults('java'), ...job.options, package: `${job.package}.models`, runtimePackage: 'com.openai' };
    for (const [path, content] of renderModel(job.model, { targets: ['java'], options: { java: options }, templates: null })) {
      if (!path.startsWith('java/src/main/java/') || !path.endsWith('.java')) continue;
      const file = join(sources, path.slice('java/src/main/java/'.length));
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, content);
      paths.add(file);
    }
  }
  writeFileSync(join(sources, 'Agree.java'), AGREE);
  paths.add(join(sources, 'Agree.java'));
  const classes = join(root, 'classes');
  mkdirSync(classes);
  let javac = '';
  try {
    javac = execFileSync('javac', [...JAVAC_FLAGS, '-cp', JARS.join(':'), '-d', classes, ...paths], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    javac = `${e.stdout ?? ''}${e.stderr ?? ''}` || String(error);
  }
  return { classes, javac, root };
}

/** Compiles the jobs and runs Agree over them: javac's output, the disagreements found and how many (check, value) pairs were tried. */
function agree(jobs: readonly Job[]): { javac: string; found: string[]; tried: number } {
  const { classes, javac, root } = build(jobs);
  if (javac !== '') return { javac, found: [], tried: 0 };
  const cases = jobs.map((job) => {
    const checks = compileChecks(job.model, job.options?.['formats'] === 'assert').checks;
    const items = job.model.declarations
      .filter((d) => checks.has(d.id))
      .map((d) => ({ name: d.schemaName, uri: schemaUriOf(job.model, d), check: checks.get(d.id)! }));
    return { package: `${job.package}.models`, items, values: job.values };
  });
  writeFileSync(join(root, 'job.json'), JSON.stringify({ cases }));
  const out = execFileSync('java', ['-Xss8m', '-cp', [classes, ...JARS].join(':'), 'Agree', join(root, 'job.json')], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { javac, ...(JSON.parse(out) as { found: string[]; tried: number }) };
}

const texts = (values: readonly JsonValue[]): string[] => [...new Set(values.map((v) => JSON.stringify(v)))];

describe('compiled checks agree with the interpreter', () => {
  it('on every golden case and the canonical schema, every declaration compiles and agrees on the samples and their mutations', () => {
    const jobs: Job[] = allSchemas().map((c, i) => ({
      package: `golden${i}`,
      model: loadModel(c.schemaPath),
      values: texts([...c.valid, ...c.invalid].flatMap((vector) => mutations(vector.json as JsonValue))),
    }));
    for (const job of jobs) {
      const checks = compileChecks(job.model, false).checks;
      expect(job.model.declarations.filter((d) => !checks.has(d.id)).map((d) => `${job.package} ${d.schemaName}`)).toEqual([]);
    }
    const { javac, found, tried } = agree(jobs);
    expect(javac).toBe('');
    expect(found).toEqual([]);
    expect(tried).toBeGreaterThan(100_000);
  }, 300_000);
});

/** Every keyword the compiler writes code for, alone and together, and schemas whose keywords contradict their type. */
const VOCABULARY: Readonly<Record<string, object | boolean>> = {
  Mixed: { enum: [1, 'a', true, null, [1, 2], { k: 'v' }, 1.5] },
  ManyStrings: { enum: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'] },
  FewStrings: { enum: ['a', 'b'] },
  ConstObject: { const: { a: [1, { b: null }] } },
  ConstNumber: { const: 2 },
  ConstFloat: { const: 2.5 },
  ConstTrue: { const: true },
  NullMember: { type: 'object', properties: { n: { const: null } } },
  ConstNull: { const: null },
  Nothing: { type: 'null' },
  NullHolder: { type: 'object', properties: { n: { $ref: '#/$defs/Nothing' }, m: { type: 'array', items: { $ref: '#/$defs/ConstNull' } } } },
  Decimal: { type: 'number', multipleOf: 0.01, exclusiveMinimum: 0, maximum: 100 },
  Bounds: { type: 'number', minimum: 0.1, exclusiveMaximum: 99.99 },
  IntegerStep: { type: 'integer', multipleOf: 3, exclusiveMaximum: 30 },
  AnyStep: { multipleOf: 1.5 },
  Patterned: {
    type: 'object',
    properties: { id: { type: 'string' } },
    patternProperties: { '^x-': { type: 'string' }, '^n_[0-9]+$': { type: 'integer' }, '^never': false },
    additionalProperties: false,
  },
  Open: { type: 'object', properties: { a: {}, b: {}, c: {}, d: {}, e: {}, f: {}, g: {}, h: {} }, additionalProperties: { type: 'number' } },
  Names: { type: 'object', propertyNames: { pattern: '^[a-z]+$', maxLength: 4 } },
  NoNames: { propertyNames: false },
  Tuple: { type: 'array', prefixItems: [{ type: 'string' }, { type: 'integer' }], items: false },
  TupleRest: { prefixItems: [{ const: 'h' }, false], items: { type: 'number' }, minItems: 1, maxItems: 4 },
  Contains: { type: 'array', contains: { type: 'integer', minimum: 5 }, minContains: 2, maxContains: 3, uniqueItems: true },
  ContainsAny: { contains: true, maxContains: 2 },
  ContainsNone: { contains: false, minContains: 0 },
  Dependent: { type: 'object', dependentRequired: { a: ['b', 'c'] }, dependentSchemas: { d: { required: ['e'] }, f: false } },
  Conditional: {
    if: { properties: { kind: { const: 'n' } }, required: ['kind'] },
    then: { properties: { v: { type: 'number' } } },
    else: { properties: { v: { type: 'string' } } },
  },
  Negated: { not: { type: 'object', required: ['forbidden'] } },
  OneOfCount: { oneOf: [{ type: 'integer' }, { type: 'number', minimum: 2 }, { const: 'x' }] },
  AnyOfMixed: { anyOf: [{ type: 'null' }, { type: 'array', items: { type: 'boolean' } }, { $ref: '#/$defs/Strings' }] },
  Sized: { type: 'object', minProperties: 1, maxProperties: 2, required: ['a'] },
  Strings: { type: 'string', minLength: 2, maxLength: 3, pattern: 'b' },
  OneCodePoint: { type: 'string', minLength: 1, maxLength: 1 },
  Nullable: { type: ['string', 'null'] },
  Never: false,
  Everything: true,
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
  AnyEvent: {
    anyOf: [
      { $ref: '#/$defs/Start' },
      { $ref: '#/$defs/Stop' },
      { type: 'object', properties: { type: { const: 'stop' }, why: { type: 'string' } }, required: ['type', 'why'] },
    ],
  },
  TaggedWithStrings: {
    oneOf: [
      { enum: ['all', 'local'] },
      { type: 'object', properties: { vars: { const: 'all' } }, required: ['vars'] },
      { type: 'object', properties: { vars: { const: 'local' } } },
    ],
  },
  IntegerWithLength: { type: 'integer', maxLength: 5 },
  ConstAgainstType: { const: 5, type: 'string', minLength: 1 },
  IfElseEnum: { if: { minimum: 0 }, else: { enum: ['neg'] } },
  NamesEnum: { type: 'object', propertyNames: { enum: ['a', 1] } },
  ClosedEmpty: { type: 'object', additionalProperties: false },
  IfAlone: { if: { properties: { a: { type: 'string' } } } },
  Recursive: { type: 'object', properties: { next: { $ref: '#/$defs/Recursive' }, value: { type: 'integer' } }, required: ['value'] },
  // A tuple and patterns too many for one statement: grouped, so that javac takes each part (1,500 items were "code too large" in one).
  LongTuple: { type: 'array', prefixItems: Array.from({ length: 1500 }, (_, i) => ({ type: 'string', minLength: i % 3 })) },
  ManyPatterns: {
    type: 'object',
    patternProperties: Object.fromEntries(Array.from({ length: 120 }, (_, i) => [`^p${i}_`, { type: 'integer', maximum: i }])),
    additionalProperties: false,
  },
  // Enough members that the function is cut into parts (checks.ts: SPLIT_CHARS) and the groups of member statements show.
  Wide: {
    type: 'object',
    properties: Object.fromEntries(Array.from({ length: 150 }, (_, i) => [`member_${i}`, { type: 'string', maxLength: i + 1, pattern: `^m${i % 7}` }])),
    required: ['member_0'],
  },
};

/** Values as Jackson reads them: big integers exact, 1e400 an infinity (a string to the validator), -0.0 a double. */
const POOL: readonly string[] = [
  ...texts([
    '',
    'a',
    'b',
    'ab',
    'abc',
    'abcd',
    'h',
    'x',
    'all',
    'local',
    'neg',
    'start',
    'stop',
    '😀',
    '😀😀',
    'é',
    'Infinity',
    0,
    1,
    2,
    3,
    5,
    6,
    7,
    -1,
    1.5,
    2.5,
    0.07,
    0.1,
    0.3,
    3.0000001,
    99.99,
    100,
    100.001,
    30,
    1e308,
    true,
    false,
    null,
    [],
    [1],
    [1, 2],
    ['h'],
    ['h', 1],
    ['h', 2.5, 3],
    ['a', 1],
    ['a', 1, 2],
    [true, false],
    [true, 1],
    [5, 6],
    [5, 6, 7],
    [5, 5, 6],
    [5, 6, 7, 8],
    [1, '1'],
    [{ a: 1 }, { a: 1.0 }],
    {},
    { a: 1 },
    { a: 1, b: 2 },
    { a: 1, b: 2, c: 3 },
    { d: 1 },
    { d: 1, e: 2 },
    { f: 1 },
    { id: 'i' },
    { id: 1 },
    { 'x-a': 'v' },
    { 'x-a': 1 },
    { n_12: 3 },
    { n_12: 'v' },
    { never1: 1 },
    { other: 1 },
    { z: 1.5 },
    { abcde: 1 },
    { AB: 1 },
    { kind: 'n', v: 1 },
    { kind: 'n', v: 's' },
    { kind: 'm', v: 's' },
    { v: 1 },
    { forbidden: 1 },
    { type: 'start' },
    { type: 'start', at: 'later' },
    { type: 'stop' },
    { type: 'stop', at: 1 },
    { type: 'pause', at: 2 },
    { type: 'pause' },
    { type: 'other', code: 1 },
    { type: 7, code: 1 },
    { code: 1 },
    { type: 'stop', code: 1 },
    { type: 'stop', why: 'w' },
    { type: null },
    { vars: 'all' },
    { vars: 'local' },
    { vars: 1 },
    { k: 'v' },
    { a: [1, { b: null }] },
    { a: [1.0, { b: null }] },
    { value: 1, next: { value: 2, next: { value: 'x' } } },
    { value: 1, next: { value: 2 } },
    { member_0: 'm0' },
    { member_0: 'm0', member_8: 'm1xxxxxxxx' },
    { member_0: 'm0', member_149: 'm2' },
    { member_0: 'x' },
    { member_1: 'm1' },
  ]),
  '18446744073709551617',
  '1e400',
  '-1e400',
  '-0.0',
  '3.0',
  '2.50',
  '0.10',
  '99.990',
  '1E2',
  '[1.0, 2]',
  '{"a": 1.0}',
  '{"value": 1, "next": {"value": 18446744073709551617}}',
  '[5, 5.0, 6]',
  '123456789012345678901234567890',
  '0.1000000000000000055511151231257827',
  '30.000000000000001',
];

describe('every keyword the compiler writes', () => {
  const schema = (defs: object): string => JSON.stringify({ $schema: 'https://json-schema.org/draft/2020-12/schema', $defs: defs });

  it('compiles every declaration with javac -Xlint:all -Werror and answers as the interpreter on the pool and its mutations', () => {
    const model = modelFromText(schema(VOCABULARY), 'vocabulary.json');
    const checks = compileChecks(model, false);
    // The schema false is no fast path: its models go straight to the interpreter, which reports.
    expect(model.declarations.filter((d) => !checks.checks.has(d.id)).map((d) => d.schemaName)).toEqual(['Never']);
    const code = checks.classes.map((c) => c.code).join('\n');
    // The tags: one string switch, a branch's own check when the tag leaves one branch.
    expect(code).toMatch(/switch \(tag\) \{\n\s+case "start":\n\s+return check\d+\(x\);/);
    // A long function is cut into parts.
    expect(code).toMatch(/static boolean check\d+_1\(JsonValue x\)/);
    const values = [...POOL, ...texts(POOL.flatMap((text) => mutations(JSON.parse(text) as JsonValue, 1)))];
    const { javac, found, tried } = agree([{ package: 'vocabulary', model, values }]);
    expect(javac).toBe('');
    expect(found).toEqual([]);
    expect(tried).toBeGreaterThan(50_000);
  }, 300_000);

  it('leaves to the interpreter what it does not compile, and validate() reports the interpreter`s errors', () => {
    const defs = {
      Plain: { type: 'object', properties: { a: { type: 'string', pattern: '^a' } } },
      Closed: { type: 'object', properties: { a: { type: 'string' } }, unevaluatedProperties: false },
      Huge: { type: 'integer', maximum: 18446744073709551616 },
      UsesHuge: { type: 'object', properties: { h: { $ref: '#/$defs/Huge' } } },
      Day: { type: 'string', format: 'date' },
    };
    const model = modelFromText(schema(defs), 'what.json');
    const compiled = (formats: boolean): string[] => {
      const checks = compileChecks(model, formats).checks;
      return model.declarations.filter((d) => checks.has(d.id)).map((d) => d.schemaName);
    };
    expect(compiled(false)).toEqual(['Plain', 'Day']);
    expect(compiled(true)).toEqual(['Plain']);
    const { classes, javac, root } = build([{ package: 'fallback', model, values: [], options: { formats: 'assert' } }]);
    expect(javac).toBe('');
    const main = `
import com.openai.core.ObjectMappers;
import com.openai.errors.OpenAIInvalidDataException;
import fallback.models.*;
public final class Fallback {
    interface Parse { void run(String text) throws Exception; }
    static String ok(Parse parse, String text) {
        try { parse.run(text); return "true"; } catch (OpenAIInvalidDataException e) { return "false " + e.getMessage(); } catch (Exception e) { return "threw " + e; }
    }
    public static void main(String[] args) {
        com.fasterxml.jackson.databind.json.JsonMapper m = ObjectMappers.jsonMapper();
        Parse plain = t -> m.readValue(t, Plain.class).validate();
        Parse closed = t -> m.readValue(t, Closed.class).validate();
        Parse usesHuge = t -> m.readValue(t, UsesHuge.class).validate();
        System.out.println(String.join("\\n", ok(plain, "{\\"a\\": \\"ab\\"}"), ok(plain, "{\\"a\\": \\"b\\"}"), ok(closed, "{\\"a\\": \\"x\\"}"), ok(closed, "{\\"b\\": 1}"),
            ok(usesHuge, "{\\"h\\": 18446744073709551616}"), ok(usesHuge, "{\\"h\\": 18446744073709551617}")));
    }
}
`;
    writeFileSync(join(root, 'Fallback.java'), main);
    execFileSync('javac', [...JAVAC_FLAGS, '-cp', [classes, ...JARS].join(':'), '-d', classes, join(root, 'Fallback.java')], { encoding: 'utf8' });
    const lines = execFileSync('java', ['-cp', [classes, ...JARS].join(':'), 'Fallback'], { encoding: 'utf8' })
      .trim()
      .split('\n');
    expect(lines[0]).toBe('true');
    // The compiled check fails; the interpreter reports where and why.
    expect(lines[1]).toMatch(/^false .*\/a.*pattern/s);
    expect(lines.slice(2).map((l) => l.split(' ')[0])).toEqual(['true', 'false', 'true', 'false']);
    expect(readFileSync(join(root, 'src', 'fallback', 'models', 'Checks0.java'), 'utf8')).toContain('static boolean check');
  }, 300_000);
});
