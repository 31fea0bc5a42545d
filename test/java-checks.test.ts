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
import { READER_SHAPES, READER_TEXTS, READER_VALUES } from './helpers/reader-shapes.js';
import { JAVA_FLAGS, JAVAC_FLAGS } from './runners/java.js';

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
  const out = execFileSync('java', [...JAVA_FLAGS, '-Xss8m', '-cp', [classes, ...JARS].join(':'), 'Agree', join(root, 'job.json')], {
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
 * bytes, as the middle item of an array, and (one value in 4) as the last item of an array in a
 * String over 32K characters, which Jackson reads through a StringReader, placed to span two of its reads.
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
                    // What every read's model must equal: the tree's, read once more (null where that throws: the other reads throw then).
                    Object reference = treeModel(mapper, type, json);
                    String fast = read(mapper, type, json, "string", validate, validated, reference);
                    String tree = read(mapper, type, json, "reader", validate, validated, reference);
                    // From bytes (offsets in bytes, not characters), and as the middle item of an array Jackson reads (the value's offset inside its input).
                    String bytes = read(mapper, type, json, "bytes", validate, validated, reference);
                    String inArray = read(mapper, type, json, "array", validate, validated, reference);
                    if (!bytes.equals(fast) && found.size() < 20) {
                        found.add(name.textValue() + " " + json + ": from a String " + fast + " / from bytes " + bytes);
                    }
                    if (!inArray.equals(tree.startsWith("threw ") ? "threw" : tree) && found.size() < 20) {
                        found.add(name.textValue() + " " + json + ": in an array " + inArray + " / tree " + tree);
                    }
                    // One value in 4 also as the last item of a String of over 32K characters (which Jackson reads through a StringReader, and which is read again from its offset where a reader aborts).
                    if (tried % 4 == 0) {
                        String inLarge = read(mapper, type, json, "large", validate, validated, reference);
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
    static String read(ObjectMapper mapper, Class<?> type, String json, String from, Method validate, Field validated, Object reference) throws Exception {
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
                    // Two items, blanks, then the value, placed to start up to its length before
                    // the 36,000th character: past 32K, so Jackson reads the String through a
                    // StringReader, 4,000 characters at a time, and most values then span two reads.
                    StringBuilder large = new StringBuilder("[").append(json).append(", ").append(json).append(", ");
                    int start = 9 * 4000 - Math.floorMod(json.hashCode(), json.length() + 2);
                    while (large.length() < start) {
                        large.append(' ');
                    }
                    List<Object> all = mapper.readValue(large.append(json).append(']').toString(), mapper.getTypeFactory().constructCollectionType(List.class, type));
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
        return (fast ? "taken " : "") + mapper.writeValueAsString(model) + " " + model + " " + model.hashCode() + " " + valid + " equals " + model.equals(reference);
    }

    /** The model the tree reads from the JSON, or null where that throws. */
    static Object treeModel(ObjectMapper mapper, Class<?> type, String json) {
        try {
            return mapper.readValue(new StringReader(json), type);
        } catch (Exception e) {
            return null;
        }
    }
}
`;

describe('fast readers agree with the tree', () => {
  it('on every golden case and the canonical schema: the same models, JSON and validity from the samples and their mutations', () => {
    const jobs: Job[] = [
      ...allSchemas().map((c, i) => ({
        package: `fast${i}`,
        model: loadModel(c.schemaPath),
        values: texts([...c.valid, ...c.invalid].flatMap((vector) => mutations(vector.json as JsonValue))),
      })),
      // The shapes the readers take, each value read into every class with a reader.
      {
        package: 'fastshapes',
        model: modelFromText(JSON.stringify(READER_SHAPES), 'shapes.json'),
        values: [...texts(READER_VALUES.flatMap((v) => mutations(v))), ...READER_TEXTS],
      },
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
    expect(cases.at(-1)!.classes.sort()).toEqual([
      'Added',
      'Audio',
      'Base',
      'Batch',
      'Call',
      'Choice',
      'Closed',
      'Developer',
      'Done',
      'Event',
      'Holder',
      'Hosted',
      'Item',
      'Point',
      'Single',
      'Tool',
      'User',
    ]);
    writeFileSync(join(root, 'FastAgree.java'), FAST_AGREE);
    execFileSync('javac', [...JAVAC_FLAGS, '-cp', [classes, ...JARS].join(':'), '-d', classes, join(root, 'FastAgree.java')], { encoding: 'utf8' });
    writeFileSync(join(root, 'fast.json'), JSON.stringify({ cases }));
    const out = execFileSync('java', [...JAVA_FLAGS, '-Xss8m', '-cp', [classes, ...JARS].join(':'), 'FastAgree', join(root, 'fast.json')], {
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
    const lines = execFileSync('java', [...JAVA_FLAGS, '-cp', [classes, ...JARS].join(':'), 'Fallback'], { encoding: 'utf8' })
      .trim()
      .split('\n');
    expect(lines[0]).toBe('true');
    // The compiled check fails; the interpreter reports where and why.
    expect(lines[1]).toMatch(/^false .*\/a.*pattern/s);
    expect(lines.slice(2).map((l) => l.split(' ')[0])).toEqual(['true', 'false', 'true', 'false']);
    expect(readFileSync(join(root, 'src', 'fallback', 'models', 'Checks0.java'), 'utf8')).toContain('static boolean check');
  }, 300_000);
});
