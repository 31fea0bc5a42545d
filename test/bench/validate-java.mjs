// Validation throughput of the Java output on the canonical events: the schema's two examples,
// read through their union classes (RealtimeClientEvent, RealtimeServerEvent) with the models'
// mapper, per second, on one warmed-up JVM:
// - parse: mapper.readValue(text, Union.class) alone (binding);
// - parse+isValid: the same, then isValid() on the fresh value (the model's validator);
// - invalid validate: an event with a wrong type, validate() collecting its errors.
// Compiles generated/java (or that of a git ref, to compare with a commit) and a small Bench class
// with javac, runs it, prints one JSON line. Usage:
//   node test/bench/validate-java.mjs [--ref main] [--seconds 3]

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const JARS = ['jackson-core', 'jackson-databind', 'jackson-annotations'].map((j) => `/usr/share/java/${j}.jar`).join(':');
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const ref = option('--ref', null);
const seconds = Number(option('--seconds', '3'));

const work = mkdtempSync(join(tmpdir(), 'bench-java-'));
let sources = join(ROOT, 'generated', 'java');
if (ref !== null) {
  execFileSync('sh', ['-c', `git -C "${ROOT}" archive "${ref}" generated/java | tar -x -C "${work}"`]);
  sources = join(work, 'generated', 'java');
}

const schema = JSON.parse(readFileSync(join(ROOT, 'schema', 'realtime-events.schema.json'), 'utf8'));
const example = (name) => JSON.stringify(schema.$defs[name].examples[0]);
const client = example('RealtimeClientEventConversationItemTruncate');
const server = example('RealtimeServerEventConversationItemTruncated');
const invalid = JSON.stringify({ ...JSON.parse(client), content_index: 'first' });
const literal = (text) => JSON.stringify(text);

const bench = `
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.openai.core.ObjectMappers;
import com.openai.errors.OpenAIInvalidDataException;
import com.openai.models.realtime.RealtimeClientEvent;
import com.openai.models.realtime.RealtimeServerEvent;

public final class Bench {
    interface Op { boolean run() throws Exception; }

    static final JsonMapper MAPPER = ObjectMappers.jsonMapper();
    static final String CLIENT = ${literal(client)};
    static final String SERVER = ${literal(server)};
    static final String INVALID = ${literal(invalid)};

    /** Operations per second over about ms milliseconds (each op handles both events, so counts 2). */
    static double rate(Op op, long ms, int events) throws Exception {
        long deadline = System.nanoTime() + ms * 1_000_000L;
        long count = 0;
        long started = System.nanoTime();
        while (System.nanoTime() < deadline) {
            for (int i = 0; i < 100; i++) if (!op.run()) throw new AssertionError("unexpected result");
            count += 100;
        }
        return count * events / ((System.nanoTime() - started) / 1e9);
    }

    public static void main(String[] args) throws Exception {
        long ms = Long.parseLong(args[0]);
        Op parse = () -> MAPPER.readValue(CLIENT, RealtimeClientEvent.class) != null && MAPPER.readValue(SERVER, RealtimeServerEvent.class) != null;
        Op valid = () -> MAPPER.readValue(CLIENT, RealtimeClientEvent.class).isValid() && MAPPER.readValue(SERVER, RealtimeServerEvent.class).isValid();
        Op bad = () -> {
            try {
                MAPPER.readValue(INVALID, RealtimeClientEvent.class).validate();
                return false;
            } catch (OpenAIInvalidDataException e) {
                return e.getMessage().contains("/content_index");
            }
        };
        // warm-up: the JIT, and the validators compiled once
        rate(parse, ms / 2, 2);
        rate(valid, ms / 2, 2);
        rate(bad, ms / 2, 1);
        System.out.printf("{\\"parse\\": %.0f, \\"parse+isValid\\": %.0f, \\"invalid validate\\": %.0f}%n", rate(parse, ms, 2), rate(valid, ms, 2), rate(bad, ms, 1));
    }
}
`;

const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (name.endsWith('.java')) files.push(path);
  }
};
walk(join(sources, 'src', 'main', 'java'));
writeFileSync(join(work, 'Bench.java'), bench);
const classes = join(work, 'classes');
mkdirSync(classes);
execFileSync('javac', ['--release', '8', '-nowarn', '-proc:none', '-encoding', 'UTF-8', '-cp', JARS, '-d', classes, ...files, join(work, 'Bench.java')]);
const out = execFileSync('java', ['-cp', `${classes}:${JARS}`, 'Bench', String(seconds * 1000)], { encoding: 'utf8' });
process.stdout.write(`${JSON.stringify({ ref: ref ?? 'working tree', eventsPerSecond: JSON.parse(out) })}\n`);
