// The runtime benchmark's Java runner: node test/bench/runtime/java.mjs MANIFEST [--quick]
// (the contract: the orchestrator test/bench/runtime/runtime.mjs runs it; README "Performance").
//
// Compiles with javac (JDK 17, --release 8 as the generated code promises, the Jackson jars of
// /usr/share/java) and runs in ONE JVM for every input (test/bench/runtime/java/Bench.java):
// - floor: Jackson's ObjectMapper.readTree;
// - peer: Jackson databind to quicktype-core's plain classes (generated at bench time from the
//   input's standalone schema; what openai-java does: bind, no validation);
// - ours: an ObjectReader of the models' mapper for the declaration's class, then validate()
//   (parse, validate, bind, as a user of the generated code does; the peer's converter reads
//   through an ObjectReader too, so both pay the same Jackson entry point: the mapper's
//   readValue(String, Class) looks the type and its deserializer up on every call), validate() on an already bound value (the work of
//   a built model's first call: the model written to JSON, read back exactly, then its compiled
//   check, else the validator; a model read without loss checks the JSON it was read from instead), the
//   validator alone on a parsed JsonNode (an extra row), and serialize back.
// Each output folder's generated Java is compiled into its own class folder and loaded by its own
// class loader (two inputs generated from one schema declare the same classes), with an adapter
// per input in the declaration's package (it reaches the package-private ValidationSchema). A
// second run with the same sources does not recompile (a hash of every source). No JMH: it is not
// available offline; Bench.java is a System.nanoTime loop with a sink, warmed up first (check the
// rounds' spread in roundsOpsPerSec). Build logs go to stderr; stdout gets one JSON document.

import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brokenInput, checkedOutput, filesUnder, freshDir, hashOf, quicktypeFiles, readManifest, step, write } from './csharp/common.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
export const JACKSON_JARS = ['jackson-core', 'jackson-databind', 'jackson-annotations'].map((j) => `/usr/share/java/${j}.jar`);
/** A fixed heap: no resizing mid-run (G1, the default collector). */
const JVM_ARGS = ['-Xms2g', '-Xmx2g'];

const { manifest, timing } = readManifest(process.argv);
const root = join(manifest.workDir, 'java');
for (const jar of JACKSON_JARS) if (!existsSync(jar)) throw new Error(`${jar} is missing (Debian's libjackson2-databind-java: bash .ci/setup-system.sh)`);

/** Where the generated Java declares a class, its package, its validator's URI, its compiled check and the runtime's package. */
function ourEntryPoints(sourceDir, name) {
  const files = filesUnder(sourceDir, '.java');
  const declaring = files.find((f) => f.endsWith(`${sep}${name}.java`) && new RegExp(`^public (?:final |abstract )*(?:class|enum|interface) ${name}\\b`, 'm').test(readFileSync(f, 'utf8')));
  if (declaring === undefined) throw new Error(`${sourceDir}: no public class ${name}`);
  const text = readFileSync(declaring, 'utf8');
  const pkg = /^package ([\w.]+);/m.exec(text)?.[1];
  const uri = /ValidationSchema\.validator\(("(?:[^"\\]|\\.)*")\)/.exec(text)?.[1];
  if (pkg === undefined || uri === undefined) throw new Error(`${declaring}: no package or no validator`);
  // The compiled check its validate() tries first (none when its schema did not compile); a
  // validate() not found fails here, rather than the adapter measuring another path.
  const call = /Validation\.check\(ValidatorHolder\.VALIDATOR, this, this\._?source(?:, (Checks\d+::check\d+))?\)/.exec(text);
  if (call === null) throw new Error(`${declaring}: no validate() call of Validation.check found`);
  const check = call[1] ?? null;
  const mappers = files.find((f) => f.endsWith(`${sep}core${sep}ObjectMappers.java`));
  if (mappers === undefined) throw new Error(`${sourceDir}: no core/ObjectMappers.java (the runtime)`);
  const runtime = relative(sourceDir, dirname(dirname(mappers))).split(sep).join('.');
  return { pkg, uri, check, runtime, files };
}

const harness = new Map(); // path under build/harness -> text
const outputs = new Map(); // outDir -> { key, sources: Map(path under build/<key>/src -> text) }
const plan = { ...timing, inputs: [] };

harness.set(join('schemacodegen', 'bench', 'Bench.java'), readFileSync(join(HERE, 'java', 'Bench.java'), 'utf8'));

for (const [i, input] of manifest.inputs.entries()) {
  const sourceDir = join(input.outDir, 'java', 'src', 'main', 'java');
  if (!existsSync(sourceDir)) throw new Error(`${input.name}: no Java output at ${sourceDir}`);
  const name = input.names?.java;
  if (typeof name !== 'string') throw new Error(`${input.name}: the manifest names no Java class`);
  const ours = ourEntryPoints(sourceDir, name);

  let output = outputs.get(input.outDir);
  if (output === undefined) {
    output = { key: `output${outputs.size}`, sources: new Map() };
    outputs.set(input.outDir, output);
    for (const path of ours.files) output.sources.set(relative(sourceDir, path), readFileSync(path, 'utf8'));
  }
  const adapter = `SchemaCodegenBenchAdapter${i}`;
  output.sources.set(
    join(...ours.pkg.split('.'), `${adapter}.java`),
    `// The benchmark's entry points into input ${JSON.stringify(input.name)}'s generated code (${name}).
package ${ours.pkg};

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;

public final class ${adapter} implements schemacodegen.bench.Bench.Ours {
    private static final JsonMapper MAPPER = ${ours.runtime}.core.ObjectMappers.jsonMapper();
    /** The entry point quicktype's converter reads its classes through (Jackson's ObjectReader, made once). */
    private static final ObjectReader READER = MAPPER.readerFor(${name}.class);
    private static final ${ours.runtime}.validation.SchemaValidator VALIDATOR = ValidationSchema.validator(${ours.uri});

    @Override
    public Object parse(String json) throws Exception {
        return READER.<${name}>readValue(json).validate();
    }

    @Override
    public boolean validate(Object bound) {
        // What ${name}.validate() does on its first call on a built value (later calls return at once).
        return ${ours.runtime}.core.Validation.accepts(VALIDATOR, bound${ours.check === null ? '' : `, ${ours.check}`});
    }

    @Override
    public Object readTree(String json) throws Exception {
        return ${ours.runtime}.validation.SchemaValidator.readJson(json);
    }

    @Override
    public boolean validateTree(Object tree) {
        return VALIDATOR.isValid((JsonNode) tree);
    }

    @Override
    public String serialize(Object bound) throws Exception {
        return MAPPER.writeValueAsString(bound);
    }
}
`,
  );

  // quicktype's plain classes (Jackson) in a package of their own, and the adapter to them.
  const qtPackage = `quicktype.input${i}`;
  const qt = await quicktypeFiles(input.schema, 'BenchDocument', 'java', { package: qtPackage });
  let converter = qt.get('Converter.java');
  const topLevel = converter && /public static (.+) fromJsonString\(String json\)/.exec(converter)?.[1];
  if (topLevel === undefined) throw new Error(`${input.name}: quicktype's Java has no Converter.fromJsonString`);
  // Debian's jackson-databind 2.14 declares ObjectWriter.writeValueAsString to throw IOException too.
  converter = converter.replace(/(public static String toJsonString\(.+\)) throws JsonProcessingException \{/, '$1 throws IOException {');
  if (topLevel.includes('<')) {
    // quicktype 26 reads a top-level array as a raw List (readerFor(List.class)): maps, not its
    // classes. Bind the declared element type instead, as its fromJsonString promises.
    const raw = topLevel.slice(0, topLevel.indexOf('<'));
    const reference = `new com.fasterxml.jackson.core.type.TypeReference<${topLevel}>() {}`;
    const patched = converter.replace(`readerFor(${raw}.class)`, `readerFor(${reference})`).replace(`writerFor(${raw}.class)`, `writerFor(${reference})`);
    if (patched === converter) throw new Error(`${input.name}: quicktype's Converter.java has no readerFor(${raw}.class) to type`);
    converter = patched;
  }
  qt.set('Converter.java', converter);
  for (const [file, text] of qt) harness.set(join(...qtPackage.split('.'), file), text);
  harness.set(
    join(...qtPackage.split('.'), 'BenchPlain.java'),
    `package ${qtPackage};

import java.util.*;

public final class BenchPlain implements schemacodegen.bench.Bench.Plain {
    @Override
    public Object parse(String json) throws Exception {
        return Converter.fromJsonString(json);
    }

    @Override
    @SuppressWarnings("unchecked")
    public String serialize(Object value) throws Exception {
        return Converter.toJsonString((${topLevel}) value);
    }
}
`,
  );

  // The copy every validator must reject.
  const { broken: brokenPath, removed } = brokenInput(input, root);
  plan.inputs.push({
    name: input.name,
    file: input.file,
    broken: brokenPath,
    removed,
    classes: join(root, 'build', output.key, 'classes'),
    adapter: `${ours.pkg}.${adapter}`,
    plain: `${qtPackage}.BenchPlain`,
  });
}

// Compile only when a source changed (every source's hash, and the JDK's version).
const javacVersion = execFileSync('javac', ['-version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
const all = [...[...harness].map(([p, t]) => [join('harness', p), t]), ...[...outputs.values()].flatMap((o) => [...o.sources].map(([p, t]) => [join(o.key, p), t])), ['javac', javacVersion]];
const hash = hashOf(all);
const build = join(root, 'build');
const hashFile = join(build, 'sources.sha256');
// javac on C1 with the serial collector: half the CPU of a compile (test/runners/java.ts); the
// class files are the same, and the benchmark's own JVM keeps the defaults.
const javac = ['--release', '8', '-nowarn', '-proc:none', '-encoding', 'UTF-8', '-J-Xss16m', '-J-XX:TieredStopAtLevel=1', '-J-XX:+UseSerialGC'];
if (existsSync(hashFile) && readFileSync(hashFile, 'utf8') === hash) {
  process.stderr.write(`java: the build in ${build} is up to date\n`);
} else {
  freshDir(build);
  const harnessSources = [...harness].map(([path, text]) => (write(join(build, 'harness', 'src', path), text), join(build, 'harness', 'src', path)));
  process.stderr.write(`java: javac the harness and quicktype's classes (${harnessSources.length} files)\n`);
  step('javac', [...javac, '-cp', JACKSON_JARS.join(':'), '-d', join(build, 'harness', 'classes'), ...harnessSources]);
  for (const output of outputs.values()) {
    const sources = [...output.sources].map(([path, text]) => (write(join(build, output.key, 'src', path), text), join(build, output.key, 'src', path)));
    process.stderr.write(`java: javac ${output.key} (${sources.length} files)\n`);
    write(join(build, `${output.key}.sources`), sources.join('\n'));
    step('javac', [...javac, '-cp', [...JACKSON_JARS, join(build, 'harness', 'classes')].join(':'), '-d', join(build, output.key, 'classes'), `@${join(build, `${output.key}.sources`)}`]);
  }
  write(hashFile, hash);
}

const planPath = join(root, 'plan.json');
write(planPath, `${JSON.stringify(plan, null, 2)}\n`);
let out;
try {
  out = execFileSync('java', [...JVM_ARGS, '-cp', [join(build, 'harness', 'classes'), ...JACKSON_JARS].join(':'), 'schemacodegen.bench.Bench', planPath], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 * 1024 * 1024,
  });
} catch (error) {
  process.stderr.write(`java: the benchmark failed (exit ${error.status})\n${error.stdout ?? ''}\n`);
  process.exit(1);
}
const doc = checkedOutput(out, 'java', manifest.inputs);
process.stdout.write(`${JSON.stringify(doc)}\n`);
