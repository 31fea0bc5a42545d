// Java objects with more properties than a JVM constructor takes (issue 18: real ESLint and
// Renovate config schemas have ~300). Up to 252 properties the class has final fields and a
// constructor taking the values as one array, called by its own deserializer; above, Jackson sets the fields through
// a no-argument constructor, and equals/toString take arrays (javac overflows its stack on a chain
// of thousands of && or +). 252 and 253 (the two shapes at the limit, MAX_JAVA_CONSTRUCTOR_PROPERTIES),
// 300 and 2,000 properties of every kind are compiled with the project's
// javac flags and run: parse, validate, serialize equal, unknown fields kept, the builder, lenient
// reading. The limit, 3,500 (limits.ts: equals' code size), compiles in the same javac run, and one
// more property is a SchemaError.

import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { SchemaError, modelFromText, renderModel } from '../generator/index.js';
import { targetDefaults } from './helpers/cases.js';
import { MAX_JAVA_CONSTRUCTOR_PROPERTIES, MAX_JAVA_PROPERTIES } from '../generator/targets/java/limits.js';
import { JAVA_FLAGS, JAVAC_FLAGS } from './runners/java.js';

const run = promisify(execFile);
const JARS = ['jackson-core', 'jackson-databind', 'jackson-annotations'].map((j) => `/usr/share/java/${j}.jar`);
const MINUTES = 60_000;

/** One property of each kind, in turn: typed, raw, optional, nullable, nested, constant. */
const KINDS: readonly { schema: object; value: (i: number) => unknown }[] = [
  { schema: { type: 'string', minLength: 1 }, value: (i) => `s${i}` },
  { schema: { type: 'integer' }, value: (i) => i },
  { schema: { type: 'number' }, value: (i) => i + 0.5 },
  { schema: { type: 'boolean' }, value: (i) => i % 3 === 0 },
  { schema: { type: ['string', 'null'] }, value: () => null },
  { schema: { type: 'array', items: { type: 'string' } }, value: (i) => [`a${i}`] },
  { schema: { type: 'object', additionalProperties: { type: 'integer' } }, value: (i) => ({ k: i }) },
  { schema: { const: 'fixed' }, value: () => 'fixed' },
  { schema: { $ref: '#/$defs/Small' }, value: (i) => ({ name: `n${i}` }) },
  { schema: {}, value: (i) => ({ any: [i] }) },
];

/** An object `Big` of n properties p_0... (every other one required), and a valid instance with an unknown member. */
function wide(n: number): { schema: string; sample: Record<string, unknown> } {
  const properties: Record<string, object> = {};
  const sample: Record<string, unknown> = {};
  for (let i = 0; i < n; i++) {
    properties[`p_${i}`] = KINDS[i % KINDS.length]!.schema;
    sample[`p_${i}`] = KINDS[i % KINDS.length]!.value(i);
  }
  const required = Object.keys(properties).filter((_, i) => i % 2 === 0);
  const defs = { Big: { type: 'object', properties, required }, Small: { type: 'object', properties: { name: { type: 'string' } }, required: ['name'] } };
  return { schema: JSON.stringify({ $schema: 'https://json-schema.org/draft/2020-12/schema', $defs: defs }), sample: { ...sample, extra_member: { kept: [1, 2] } } };
}

const render = (schema: string, pkg: string): Map<string, string> =>
  renderModel(modelFromText(schema, 'wide.schema.json'), { targets: ['java'], options: { java: { ...targetDefaults('java'), package: pkg } }, templates: null });

const bigSource = (files: Map<string, string>, pkg: string): string => files.get(`java/src/main/java/${pkg.replace(/\./g, '/')}/Big.java`)!;

/** Main.java's checks for one package's Big (p_0 a required string, p_1 an integer, p_7 a constant; required first, then by name). */
const checks = (pkg: string, n: number): string => `
    static void check${n}(String dir) throws Exception {
        String json = new String(Files.readAllBytes(Paths.get(dir, "${n}.json")), StandardCharsets.UTF_8);
        ${pkg}.Big big = MAPPER.readValue(json, ${pkg}.Big.class);
        check("${n}: validates", big.validate() == big && big.isValid());
        check("${n}: serializes equal, the unknown member kept", MAPPER.readTree(MAPPER.writeValueAsString(big)).equals(MAPPER.readTree(json)));
        check("${n}: unknown member", big._additionalProperties().get("extra_member").equals(MAPPER.readValue("{\\"kept\\":[1,2]}", JsonValue.class)));
        check("${n}: typed getters", big.p0().equals("s0") && big.p1().get() == 1L && big.p7().get().equals("fixed"));
        ${pkg}.Big copy = big.toBuilder().build();
        check("${n}: toBuilder, equals and hashCode", copy.equals(big) && copy.hashCode() == big.hashCode() && copy != big);
        ${pkg}.Big changed = big.toBuilder().p1(-1).build();
        check("${n}: a change is unequal", !changed.equals(big) && changed.p1().get() == -1L && big.p1().get() == 1L);
        check("${n}: toString", big.toString().startsWith("Big{p0=s0, p10=s10, ") && big.toString().contains(", p1=1, ") && big.toString().endsWith(", additionalProperties=" + big._additionalProperties() + "}"));
        ${pkg}.Big empty = MAPPER.readValue("{\\"p_1\\":\\"one\\"}", ${pkg}.Big.class);
        check("${n}: absent stays absent, a wrong type is kept", MAPPER.writeValueAsString(empty).equals("{\\"p_1\\":\\"one\\"}") && !empty.isValid());
        expectThrows("${n}: a missing required getter", "\`p_0\` is not set", empty::p0);
        expectThrows("${n}: a mistyped getter", "\`p_1\` is invalid, received one", empty::p1);
        expectThrows("${n}: validate", "must have required property 'p_0'", empty::validate);
        expectThrows("${n}: build checks required", "\`p0\` is required, but was not set", () -> ${pkg}.Big.builder().build());
    }
`;

const main = (units: readonly { pkg: string; n: number }[]): string => `
import com.fasterxml.jackson.databind.ObjectMapper;
import com.openai.core.JsonValue;
import com.openai.core.ObjectMappers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;

public final class Main {
    static final ObjectMapper MAPPER = ObjectMappers.jsonMapper();

    interface Action {
        void run() throws Exception;
    }

    static void check(String name, boolean ok) {
        if (!ok) {
            throw new AssertionError("check failed: " + name);
        }
        System.out.println("ok " + name);
    }

    static void expectThrows(String name, String part, Action action) {
        try {
            action.run();
        } catch (Exception e) {
            check(name + " (" + e.getMessage() + ")", e.getMessage().contains(part));
            return;
        }
        throw new AssertionError("check failed: " + name + ": nothing thrown");
    }
${units.map((u) => checks(u.pkg, u.n)).join('')}
    public static void main(String[] args) throws Exception {
${units.map((u) => `        check${u.n}(args[0]);`).join('\n')}
        System.out.println("done");
    }
}
`;

describe(`Java objects above the ${MAX_JAVA_CONSTRUCTOR_PROPERTIES} properties a constructor takes`, () => {
  // The constructor shape at its limit, the fields shape from one more.
  const sizes = [MAX_JAVA_CONSTRUCTOR_PROPERTIES, MAX_JAVA_CONSTRUCTOR_PROPERTIES + 1, 300, 2_000];
  const work = mkdtempSync(join(tmpdir(), 'java-large-'));
  let javacOutput = '';
  let stdout = '';

  beforeAll(async () => {
    const sources = new Map<string, string>();
    for (const [i, n] of [...sizes, MAX_JAVA_PROPERTIES].entries()) {
      const pkg = `com.openai.models.wide.w${n}`;
      const { schema, sample } = wide(n);
      for (const [path, text] of render(schema, pkg)) if (path.endsWith('.java') && (i === 0 || path.includes('/models/'))) sources.set(path, text);
      writeFileSync(join(work, `${n}.json`), JSON.stringify(sample));
    }
    sources.set('java/Main.java', main(sizes.map((n) => ({ pkg: `com.openai.models.wide.w${n}`, n }))));
    const paths = [...sources].map(([path, text]) => {
      const file = join(work, 'src', path);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, text);
      return file;
    });
    const classes = join(work, 'classes');
    mkdirSync(classes);
    const output = (error: unknown): string => {
      const e = error as { stdout?: string; stderr?: string; message: string };
      return `${e.stdout ?? ''}${e.stderr ?? ''}`.slice(-8000) || e.message;
    };
    try {
      const out = await run('javac', [...JAVAC_FLAGS, '-cp', JARS.join(':'), '-d', classes, ...paths], { maxBuffer: 64 * 1024 * 1024 });
      javacOutput = `${out.stdout}${out.stderr}`;
    } catch (error) {
      javacOutput = output(error);
      return;
    }
    try {
      stdout = (await run('java', [...JAVA_FLAGS, '-cp', [classes, ...JARS].join(':'), 'Main', work], { maxBuffer: 16 * 1024 * 1024 })).stdout;
    } catch (error) {
      stdout = output(error);
    }
  }, 5 * MINUTES);

  it(`compiles ${sizes.join(', ')} and ${MAX_JAVA_PROPERTIES} properties with javac --release 8 -Xlint:all -Werror, 0 warnings`, () => {
    expect(javacOutput).toBe('');
  });

  it.each(sizes)('%i properties: parse, validate, serialize equal, unknown kept, builder, lenient reading', (n) => {
    const oks = stdout.split('\n').filter((l) => l.startsWith(`ok ${n}: `));
    expect(oks, stdout).toHaveLength(12);
    expect(stdout).toContain('done\n');
  });

  it(`keeps the constructor shape up to ${MAX_JAVA_CONSTRUCTOR_PROPERTIES} properties, and sets fields from one more`, () => {
    const pkg = 'com.openai.models.realtime';
    const at = bigSource(render(wide(MAX_JAVA_CONSTRUCTOR_PROPERTIES).schema, pkg), pkg);
    expect(at).toContain('@JsonDeserialize(using = Big.Deserializer.class)\npublic final class Big extends ObjectModel {\n');
    expect(at).toContain('    private Big(Object[] values) {\n        super((Map<String, JsonValue>) values[252]);\n        this.p0 = (JsonField<String>) values[0];\n');
    expect(at).not.toContain('@JsonCreator');
    expect(at).toContain('    private final JsonField<String> p0;\n');
    expect(at).toContain('    static final class Deserializer extends ObjectDeserializer<Big> {');
    const above = bigSource(render(wide(MAX_JAVA_CONSTRUCTOR_PROPERTIES + 1).schema, pkg), pkg);
    expect(above).toContain('    @JsonProperty("p_0")\n    private JsonField<String> p0;\n');
    expect(above).toContain('    @JsonCreator\n    private Big() {\n        super(new LinkedHashMap<String, JsonValue>());\n        this.p0 = JsonField.missing();\n');
    expect(above).toContain('        this.p7 = JsonMissing.of();\n');
    expect(above).toContain('        public Big build() {\n            Utils.checkRequired("p0", this.p0);\n');
    expect(above).toContain('            Utils.checkRequired("p98", this.p98);\n            return new Big(this, Utils.toImmutable(this.additionalProperties));\n');
  });

  it(`refuses ${MAX_JAVA_PROPERTIES + 1} properties with a SchemaError naming the object`, () => {
    const error = (() => {
      try {
        render(wide(MAX_JAVA_PROPERTIES + 1).schema, 'com.openai.models.realtime');
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(SchemaError);
    expect((error as SchemaError).pointer).toBe('/$defs/Big/properties');
    expect((error as SchemaError).message).toContain(`Big has ${MAX_JAVA_PROPERTIES + 1} properties; a Java class takes at most ${MAX_JAVA_PROPERTIES}`);
  });
});
