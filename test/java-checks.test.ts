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
import { className, javaNames } from '../generator/targets/java/names.js';
import { allSchemas, targetDefaults } from './helpers/cases.js';
import { POOL, VOCABULARY, texts } from './helpers/check-vocabulary.js';
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

/**
 * Reads each value into each job's classes with a fast reader (java/readers.ts) twice: from a
 * String (the fast reader, where it decides) and from a Reader (always the tree); the two models
 * must be equal, write the same JSON, print the same and answer validate() alike. The same from
 * bytes, as the middle item of an array, and (one value in 16) as the last item of an array in a
 * String over 32K characters, which Jackson reads through a StringReader.
 */
const FAST_AGREE = `
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.openai.core.ObjectMappers;
import com.openai.core.Validation;
import java.io.StringReader;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

public final class FastAgree {
    public static void main(String[] args) throws Exception {
        ObjectMapper mapper = ObjectMappers.jsonMapper();
        JsonNode job = new ObjectMapper().readTree(Files.readAllBytes(Paths.get(args[0])));
        List<String> found = new ArrayList<>();
        long tried = 0;
        long taken = 0;
        com.fasterxml.jackson.databind.node.ObjectNode takenBy = new ObjectMapper().createObjectNode();
        for (JsonNode c : job.get("cases")) {
            for (JsonNode name : c.get("classes")) {
                Class<?> type = Class.forName(c.get("package").textValue() + "." + name.textValue());
                Method validate = type.getMethod("validate");
                Field validated = type.getDeclaredField("validated");
                validated.setAccessible(true);
                for (JsonNode text : c.get("values")) {
                    tried++;
                    String json = text.textValue();
                    String fast = read(mapper, type, json, "string", validate, validated);
                    String tree = read(mapper, type, json, "reader", validate, validated);
                    // From bytes (offsets in bytes, not characters), and as the middle item of an array Jackson reads (the value's offset inside its input).
                    String bytes = read(mapper, type, json, "bytes", validate, validated);
                    String inArray = read(mapper, type, json, "array", validate, validated);
                    if (!bytes.equals(fast) && found.size() < 20) {
                        found.add(name.textValue() + " " + json + ": from a String " + fast + " / from bytes " + bytes);
                    }
                    if (!inArray.equals(tree.startsWith("threw ") ? "threw" : tree) && found.size() < 20) {
                        found.add(name.textValue() + " " + json + ": in an array " + inArray + " / tree " + tree);
                    }
                    // One value in 16 also as the last item of a String of over 32K characters (which Jackson reads through a StringReader, and which is read again from its offset where a reader aborts).
                    if (tried % 16 == 0) {
                        String inLarge = read(mapper, type, json, "large", validate, validated);
                        if (!inLarge.equals(tree.startsWith("threw ") ? "threw" : tree) && found.size() < 20) {
                            found.add(name.textValue() + " " + json + ": in a large String " + inLarge + " / tree " + tree);
                        }
                    }
                    if (fast.startsWith("taken ")) {
                        taken++;
                        takenBy.put(type.getName(), takenBy.path(type.getName()).asLong() + 1);
                        fast = fast.substring(6);
                    }
                    if (!fast.equals(tree) && found.size() < 20) {
                        found.add(name.textValue() + " " + json + ": fast " + fast + " / tree " + tree);
                    }
                }
            }
        }
        System.out.println(new ObjectMapper().createObjectNode().put("tried", tried).put("taken", taken).<com.fasterxml.jackson.databind.node.ObjectNode>set("takenBy", takenBy).set("found", new ObjectMapper().valueToTree(found)));
    }

    /** What reading the JSON gives: the model's JSON, text and validity ("taken " first where the fast reader validated it), or the exception. */
    static String read(ObjectMapper mapper, Class<?> type, String json, String from, Method validate, Field validated) throws Exception {
        Object model;
        try {
            switch (from) {
                case "reader":
                    model = mapper.readValue(new StringReader(json), type);
                    break;
                case "bytes":
                    model = mapper.readValue(json.getBytes(StandardCharsets.UTF_8), type);
                    break;
                case "array":
                    // The value three times, as a list of the model read by Jackson: the middle one.
                    String items = "[" + json + ", " + json + ", " + json + "]";
                    model = mapper.<List<Object>>readValue(items.getBytes(StandardCharsets.UTF_8), mapper.getTypeFactory().constructCollectionType(List.class, type)).get(1);
                    break;
                case "large":
                    StringBuilder large = new StringBuilder("[").append(json);
                    while (large.length() <= 0x8000) {
                        large.append(", ").append(json);
                    }
                    List<Object> all = mapper.readValue(large.append(']').toString(), mapper.getTypeFactory().constructCollectionType(List.class, type));
                    model = all.get(all.size() - 1);
                    break;
                default:
                    model = mapper.readValue(json, type);
            }
        } catch (Exception e) {
            return from.equals("array") || from.equals("large") ? "threw" : "threw " + e.getClass().getName();
        }
        if (model == null) {
            return "null";
        }
        if (from.equals("array") || from.equals("large")) {
            // Its fast reader is not asked which way it read (the tree's answer is the reference).
            validated.setBoolean(model, false);
        }
        boolean fast = validated.getBoolean(model);
        boolean valid = Validation.succeeds(() -> {
            try {
                validate.invoke(model);
            } catch (ReflectiveOperationException e) {
                throw (RuntimeException) e.getCause();
            }
        });
        return (fast ? "taken " : "") + mapper.writeValueAsString(model) + " " + model + " " + model.hashCode() + " " + valid + " equals " + equalsTree(mapper, type, json, model);
    }

    /** Whether the model equals the one the tree reads from the same JSON (false when that throws: the other read throws then). */
    static boolean equalsTree(ObjectMapper mapper, Class<?> type, String json, Object model) {
        try {
            return model.equals(mapper.readValue(new StringReader(json), type));
        } catch (Exception e) {
            return false;
        }
    }
}
`;

/**
 * A schema of the shapes the fast readers read: a union told apart on two levels (`type`, then
 * `role`) whose variants hold nested objects, lists of them and members that may be null, a
 * closed object, bounds, an `allOf` object (a variant too), unions of objects and other kinds of
 * value, a discriminated union, a batch (an alias of an array of a union).
 */
const READER_SHAPES = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $defs: {
    Point: { type: 'object', properties: { x: { type: 'integer', minimum: 0 }, y: { type: 'number', maximum: 1.5 } }, required: ['x'] },
    Closed: { type: 'object', properties: { name: { type: 'string', maxLength: 3 } }, additionalProperties: false },
    Developer: {
      type: 'object',
      properties: { type: { const: 'message' }, role: { const: 'developer' }, text: { type: 'string' } },
      required: ['type', 'role', 'text'],
    },
    User: {
      type: 'object',
      properties: {
        type: { type: 'string', enum: ['message'] },
        role: { type: 'string', enum: ['user'] },
        at: { $ref: '#/$defs/Point' },
        path: { type: 'array', items: { $ref: '#/$defs/Point' }, minItems: 1, maxItems: 3 },
        closed: { anyOf: [{ $ref: '#/$defs/Closed' }, { type: 'null' }] },
      },
      required: ['type', 'role'],
    },
    Call: {
      type: 'object',
      properties: { type: { const: 'call' }, id: { type: 'string', pattern: '^c_' }, ok: { type: 'boolean' } },
      required: ['type', 'id'],
    },
    Base: { type: 'object', properties: { id: { type: 'string' }, n: { type: 'integer', minimum: 0 } }, required: ['id'] },
    // An allOf object: a base, and members of its own; \`n\` is in both parts, each with its bound.
    Tool: {
      allOf: [
        { $ref: '#/$defs/Base' },
        { type: 'object', properties: { type: { const: 'tool' }, n: { type: 'integer', maximum: 9 }, at: { $ref: '#/$defs/Point' } }, required: ['type'] },
      ],
    },
    // Requires a member it does not define (any value; OpenAI's audio transcript events), and the same where unknown members are refused (no value: no reader).
    Audio: { type: 'object', properties: { type: { const: 'audio' }, delta: { type: 'string' } }, required: ['type', 'delta', 'response_id'] },
    ClosedAudio: { type: 'object', properties: { delta: { type: 'string' } }, required: ['delta', 'response_id'], additionalProperties: false },
    // Unions of objects and values that are never objects: an object is read by the object variants (by their tags, or the one there is).
    Choice: { anyOf: [{ type: 'string', enum: ['auto', 'none'] }, { $ref: '#/$defs/Call' }, { $ref: '#/$defs/Tool' }, { $ref: '#/$defs/Hosted' }] },
    // A variant whose tag is one of a few strings.
    Hosted: { type: 'object', properties: { type: { type: 'string', enum: ['search', 'browse'] } }, required: ['type'] },
    Single: { oneOf: [{ type: 'string' }, { $ref: '#/$defs/Point' }, { type: 'array', items: { type: 'integer' } }] },
    Holder: { type: 'object', properties: { choice: { $ref: '#/$defs/Choice' }, single: { $ref: '#/$defs/Single' } } },
    // A branch that may be an object too: no reader.
    Mixed: { anyOf: [{ $ref: '#/$defs/Point' }, { minProperties: 1 }] },
    Item: { anyOf: [{ $ref: '#/$defs/Developer' }, { $ref: '#/$defs/User' }, { $ref: '#/$defs/Call' }, { $ref: '#/$defs/Tool' }] },
    Event: {
      type: 'object',
      oneOf: [{ $ref: '#/$defs/Added' }, { $ref: '#/$defs/Done' }],
      discriminator: { propertyName: 'type' },
    },
    Added: { type: 'object', properties: { type: { const: 'added' }, item: { $ref: '#/$defs/Item' } }, required: ['type', 'item'] },
    Done: { type: 'object', properties: { type: { const: 'done' }, items: { type: 'array', items: { $ref: '#/$defs/Item' } } }, required: ['type'] },
    Batch: { type: 'array', items: { $ref: '#/$defs/Event' }, maxItems: 4 },
  },
};

const READER_VALUES: JsonValue[] = [
  { role: 'user', at: { x: 3 }, type: 'message', path: [{ x: 1, y: 0.5 }] },
  { type: 'call', ok: false, id: 'c_9' },
  { type: 'tool', id: 't_1', n: 5, at: { x: 1 } },
  { type: 'audio', delta: 'aGk=', response_id: 'resp_1' },
  'auto',
  [1, 2],
  { x: 4, y: 1 },
  { choice: { type: 'browse' } },
  { type: 'search', more: [1] },
  { choice: { type: 'scan' } },
  { type: 'other', id: 'c_0' },
  { choice: 'none', single: { x: 2 } },
  { single: 'text', choice: { type: 'call', id: 'c_2' } },
  { choice: { type: 'tool', id: 't_4', n: 10 }, single: [3] },
  { single: { x: -1 } },
  { response_id: { at: [1, null] }, delta: '', type: 'audio', more: true },
  { n: 12, type: 'tool', id: 't_2' },
  { type: 'added', item: { id: 't_3', type: 'tool', n: 0, more: 'kept' } },
  { type: 'added', item: { role: 'developer', type: 'message', text: 'hi' } },
  { item: { type: 'message', role: 'user', at: { x: 1, y: 1.5 }, path: [{ x: 0 }, { x: 2, y: -1, z: true }], closed: null, extra: [1] }, type: 'added' },
  { type: 'added', item: { type: 'message', role: 'user', closed: { name: 'abc' } } },
  {
    type: 'done',
    items: [
      { type: 'call', id: 'c_1', ok: true },
      { id: 'c_2', type: 'call' },
      { type: 'message', role: 'developer', text: '' },
    ],
  },
  [{ type: 'done' }, { type: 'added', item: { type: 'call', id: 'c_3' } }],
  [
    { type: 'done', items: [] },
    { type: 'done', items: [{ type: 'message', role: 'user', path: [{ x: 1 }, { x: 1 }, { x: 1 }] }] },
  ],
];

describe('fast readers agree with the tree', () => {
  it('on every golden case and the canonical schema: the same models, JSON and validity from the samples and their mutations', () => {
    const jobs: Job[] = [
      ...allSchemas().map((c, i) => ({
        package: `fast${i}`,
        model: loadModel(c.schemaPath),
        values: texts([...c.valid, ...c.invalid].flatMap((vector) => mutations(vector.json as JsonValue))),
      })),
      // The shapes the readers take, each value read into every class with a reader.
      { package: 'fastshapes', model: modelFromText(JSON.stringify(READER_SHAPES), 'shapes.json'), values: texts(READER_VALUES.flatMap((v) => mutations(v))) },
    ];
    const { classes, javac, root } = build(jobs);
    expect(javac).toBe('');
    const cases = jobs.map((job) => {
      const readers = compileChecks(job.model, false).readers;
      const names = javaNames(job.model);
      const read = job.model.declarations.filter((d) => readers.has(d.id)).map((d) => className(names, d.id));
      return { package: `${job.package}.models`, classes: read, values: job.values };
    });
    expect(cases.reduce((n, c) => n + c.classes.length, 0)).toBeGreaterThan(50);
    expect(cases.at(-1)!.classes.sort()).toEqual(['Added', 'Audio', 'Base', 'Batch', 'Call', 'Choice', 'Closed', 'Developer', 'Done', 'Event', 'Holder', 'Hosted', 'Item', 'Point', 'Single', 'Tool', 'User']);
    writeFileSync(join(root, 'FastAgree.java'), FAST_AGREE);
    execFileSync('javac', [...JAVAC_FLAGS, '-cp', [classes, ...JARS].join(':'), '-d', classes, join(root, 'FastAgree.java')], { encoding: 'utf8' });
    writeFileSync(join(root, 'fast.json'), JSON.stringify({ cases }));
    const out = execFileSync('java', ['-Xss8m', '-cp', [classes, ...JARS].join(':'), 'FastAgree', join(root, 'fast.json')], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const { found, tried, taken, takenBy } = JSON.parse(out) as { found: string[]; tried: number; taken: number; takenBy: Record<string, number> };
    expect(found).toEqual([]);
    // Each shape is read fast somewhere: a union on two levels of tags, a discriminated union, a batch, an allOf object.
    for (const name of ['Item', 'Event', 'Batch', 'User', 'Closed', 'Tool', 'Audio', 'Choice', 'Single', 'Holder'])
      expect(takenBy[`fastshapes.models.${name}`] ?? 0, `${name}: ${JSON.stringify(takenBy)}`).toBeGreaterThan(0);
    expect(tried).toBeGreaterThan(10_000);
    // The fast readers decide a share of the values (the valid ones their declarations read), the tree the rest.
    expect(taken).toBeGreaterThan(1_000);
    expect(taken).toBeLessThan(tried);
  }, 300_000);
});

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
