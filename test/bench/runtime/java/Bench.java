// The Java runtime benchmark's program (compiled and run by test/bench/runtime/java.mjs). One JVM,
// every input. Per input, our generated code (compiled into a folder of its own per output folder,
// loaded by a class loader of its own: two inputs generated from one schema declare the same
// classes) is reached through an adapter class java.mjs writes into the declaration's package
// (implementing Ours); quicktype's plain classes through a BenchPlain class in their package
// (implementing Plain). First the checks (each subject does the work: ours accepts the input and
// rejects its broken copy, ours' serialization reads back equal as a JsonNode tree, quicktype's
// classes bind the input), then each subject's warm-up, then rounds of a System.nanoTime loop
// taken in turn across the input's subjects (a machine that slows down mid-way shifts them alike),
// batches sized so that a round holds many batches; every result goes into a sink. No JMH
// (not available offline). Prints one JSON document on stdout; progress goes to stderr.

package schemacodegen.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

public final class Bench {
    /** Our generated code's entry points for one input (an adapter in the declaration's package). */
    public interface Ours {
        /** Parse, validate, bind: an ObjectReader of the models' mapper reads the declaration's class, then validate(). */
        Object parse(String json) throws Exception;

        /** The model's validate() on a bound value (without its once-only flag): whether it is valid. */
        boolean validate(Object bound);

        /** The JSON tree the validator reads (numbers exact). */
        Object readTree(String json) throws Exception;

        /** The declaration's validator on a parsed tree. */
        boolean validateTree(Object tree);

        /** The bound value written back as JSON text by the models' mapper. */
        String serialize(Object bound) throws Exception;
    }

    /** quicktype's plain classes for one input (Jackson databind, no validation). */
    public interface Plain {
        Object parse(String json) throws Exception;

        String serialize(Object value) throws Exception;
    }

    /** One operation of a subject. */
    interface Op {
        Object run() throws Exception;
    }

    private static final ObjectMapper JACKSON = new ObjectMapper();

    /** JSON equality with numbers compared by value (IntNode 60 equals DoubleNode 60.0). */
    private static final java.util.Comparator<JsonNode> NUMERIC = (a, b) -> {
        if (a.equals(b)) return 0;
        if (a.isNumber() && b.isNumber()) return a.decimalValue().compareTo(b.decimalValue());
        return 1;
    };

    /** The sink: every result is folded into it, so that the JIT cannot drop the work. */
    private static volatile Object sink;

    private static long sinkCount;

    /** A check that failed: the runner fails loudly, measuring nothing. */
    static final class CheckFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        CheckFailed(String message) {
            super(message);
        }
    }

    private static CheckFailed failed(String message) {
        return new CheckFailed("check failed: " + message);
    }

    public static void main(String[] args) {
        try {
            run(args[0]);
        } catch (CheckFailed e) {
            System.err.println(e.getMessage());
            System.exit(1);
        } catch (Throwable e) {
            System.err.println("java benchmark FAILED:");
            e.printStackTrace();
            System.exit(1);
        }
    }

    private static void run(String planPath) throws Exception {
        JsonNode plan = JACKSON.readTree(new File(planPath));
        int warmupMs = plan.get("warmupMs").asInt();
        int roundMs = plan.get("roundMs").asInt();
        int rounds = plan.get("rounds").asInt();
        ArrayNode results = JACKSON.createArrayNode();
        ArrayNode notes = JACKSON.createArrayNode();
        ArrayNode checks = JACKSON.createArrayNode();
        Map<String, ClassLoader> loaders = new HashMap<>();

        for (JsonNode input : plan.get("inputs")) {
            String name = input.get("name").asText();
            byte[] bytes = Files.readAllBytes(Paths.get(input.get("file").asText()));
            String text = new String(bytes, StandardCharsets.UTF_8);
            String broken = new String(Files.readAllBytes(Paths.get(input.get("broken").asText())), StandardCharsets.UTF_8);
            String classes = input.get("classes").asText();
            ClassLoader loader = loaders.get(classes);
            if (loader == null) {
                loader = new URLClassLoader(new URL[] {new File(classes).toURI().toURL()}, Bench.class.getClassLoader());
                loaders.put(classes, loader);
            }
            Ours ours = (Ours) Class.forName(input.get("adapter").asText(), true, loader).getDeclaredConstructor().newInstance();
            Plain plain = (Plain) Class.forName(input.get("plain").asText()).getDeclaredConstructor().newInstance();
            System.err.println("java: " + name + " (" + bytes.length + " bytes): checks");

            // --- checks: each subject does the work ---
            JsonNode expected = JACKSON.readTree(text);
            Object bound;
            try {
                bound = ours.parse(text);
            } catch (Exception e) {
                throw failed(name + ": ours rejects the input: " + e.getMessage());
            }
            if (!ours.validate(bound)) throw failed(name + ": ours' validate() rejects the input");
            Object tree = ours.readTree(text);
            if (!ours.validateTree(tree)) throw failed(name + ": ours' validator rejects the input");
            if (ours.validateTree(ours.readTree(broken))) throw failed(name + ": ours accepts the broken copy (the validator on the parsed JsonNode)");
            try {
                ours.parse(broken);
                throw failed(name + ": ours accepts the broken copy");
            } catch (CheckFailed e) {
                throw e;
            } catch (Exception e) {
                // validate()'s OpenAIInvalidDataException; anything else (a binding error) is no rejection by the validator
                if (!e.getClass().getSimpleName().equals("OpenAIInvalidDataException")) throw e;
            }
            String serialized = ours.serialize(bound);
            JsonNode written = JACKSON.readTree(serialized);
            // Equal as JSON: numbers by value (JSON Schema's equality: 60 and 60.0 are one number).
            boolean exact = written.equals(expected);
            if (!exact && !expected.equals(NUMERIC, written)) {
                throw failed(name + ": ours' serialization does not read back equal to the input: " + difference(expected, JACKSON.readTree(serialized), "") + "\n" + head(serialized));
            }
            ObjectNode oursCheck = checks.addObject();
            oursCheck.put("input", name);
            oursCheck.put("subject", "ours");
            oursCheck.put("accepts", true);
            oursCheck.put("rejectsInvalid", true);
            oursCheck.put("roundTrip", true);
            oursCheck.put("roundTripSameSpelling", exact);
            if (!exact) notes.add(name + ": ours' serialization is equal to the input as JSON, but spells a value differently (a string's escapes or a number's digits; "
                    + serialized.getBytes(StandardCharsets.UTF_8).length + " bytes written for " + bytes.length + " read): " + difference(expected, written, ""));
            // quicktype's classes: a binder, not a validator; binding the input is required, rejecting
            // the broken copy and round-tripping are recorded.
            Object plainValue;
            try {
                plainValue = plain.parse(text);
            } catch (Exception e) {
                throw failed(name + ": quicktype's classes do not bind the input: " + e.getMessage());
            }
            if (plainValue == null) throw failed(name + ": quicktype's classes bind the input to null");
            JsonNode plainWritten = JACKSON.readTree(plain.serialize(plainValue));
            boolean plainRoundTrips = expected.equals(NUMERIC, plainWritten);
            boolean plainRejects;
            try {
                plain.parse(broken);
                plainRejects = false;
            } catch (Exception e) {
                plainRejects = true;
            }
            ObjectNode plainCheck = checks.addObject();
            plainCheck.put("input", name);
            plainCheck.put("subject", "peer");
            plainCheck.put("name", "quicktype");
            plainCheck.put("accepts", true);
            plainCheck.put("rejectsInvalid", plainRejects);
            plainCheck.put("roundTrip", plainRoundTrips);
            if (!plainRoundTrips) {
                notes.add(name + ": quicktype's Jackson classes bind the input, but their serialization is not equal to it (they need not round-trip): "
                        + difference(expected, plainWritten, ""));
            }
            int serializedBytes = serialized.getBytes(StandardCharsets.UTF_8).length;

            // --- timing ---
            Subject[] subjects = {
                new Subject("floor", "Jackson readTree", "parse", bytes.length, () -> JACKSON.readTree(text), false),
                new Subject("peer", "Jackson databind plain classes (quicktype)", "parse+bind", bytes.length, () -> plain.parse(text), false),
                new Subject("ours", "schema-codegen", "parse+validate+bind", bytes.length, () -> ours.parse(text), false),
                new Subject("ours", "schema-codegen", "validate", bytes.length, () -> ours.validate(bound) ? bound : fail(), false),
                new Subject("ours", "schema-codegen validator on a parsed JsonNode", "validate", bytes.length, () -> ours.validateTree(tree) ? tree : fail(), true),
                new Subject("ours", "schema-codegen", "serialize", serializedBytes, () -> ours.serialize(bound), false),
            };
            time(results, name, subjects, warmupMs, roundMs, rounds);
        }

        ObjectNode doc = JACKSON.createObjectNode();
        doc.put("language", "java");
        doc.put("runtime", "java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")");
        doc.set("checks", checks);
        doc.set("results", results);
        doc.set("notes", notes);
        ObjectNode settings = doc.putObject("settings");
        settings.put("jvmArgs", String.join(" ", java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()));
        settings.put("warmupMs", warmupMs);
        settings.put("roundMs", roundMs);
        settings.put("rounds", rounds);
        settings.put("input", "a java.lang.String for every subject");
        settings.put("harness", "System.nanoTime loop with a volatile sink; no JMH (not available offline)");
        doc.put("sink", sinkCount);
        System.out.println(JACKSON.writeValueAsString(doc));
    }

    private static Object fail() {
        throw new AssertionError("invalid");
    }

    /** One timed subject of an input: what its row says, and the operation. */
    static final class Subject {
        final String subject;
        final String label;
        final String operation;
        final long bytes;
        final Op op;
        /** Beyond the contract's subjects: shown, but not for the ratios and targets. */
        final boolean extra;
        long batch;
        double warmupMs;
        boolean settled;

        Subject(String subject, String label, String operation, long bytes, Op op, boolean extra) {
            this.subject = subject;
            this.label = label;
            this.operation = operation;
            this.bytes = bytes;
            this.op = op;
            this.extra = extra;
        }
    }

    /**
     * An input's subjects timed: each one's warm-up, then the rounds taken in turn across the
     * subjects (round 1 of each, then round 2 of each, ...), so that a machine that slows down
     * mid-way shifts them alike, as the TypeScript and Python runners do; a row per subject, its
     * rate the median round.
     */
    private static void time(ArrayNode results, String input, Subject[] subjects, int warmupMs, int roundMs, int rounds) throws Exception {
        for (Subject s : subjects) {
            System.err.println("java: " + input + ": " + s.subject + " " + s.label + " " + s.operation + " (warm-up)");
            warmUp(s, warmupMs, roundMs);
        }
        System.err.println("java: " + input + ": " + rounds + " rounds of " + roundMs + " ms, in turn across " + subjects.length + " subjects");
        double[][] perRound = new double[subjects.length][rounds];
        for (int r = 0; r < rounds; r++) {
            for (int k = 0; k < subjects.length; k++) perRound[k][r] = round(subjects[k].op, subjects[k].batch, roundMs);
        }
        for (int k = 0; k < subjects.length; k++) {
            Subject s = subjects[k];
            double[] sorted = perRound[k].clone();
            Arrays.sort(sorted);
            int n = sorted.length;
            double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
            ObjectNode row = results.addObject();
            row.put("input", input);
            row.put("subject", s.subject);
            row.put("name", s.label);
            row.put("operation", s.operation);
            row.put("opsPerSec", median);
            row.put("bytesPerSec", median * s.bytes);
            ArrayNode list = row.putArray("roundsOpsPerSec");
            for (double rate : perRound[k]) list.add(rate);
            row.put("warmupMs", Math.round(s.warmupMs));
            // Whether two warm-up probes in a row agreed within 5% (else the warm-up stopped at its cap).
            row.put("warmupSettled", s.settled);
            if (s.extra) row.put("extra", true);
        }
    }

    /**
     * A subject's warm-up: warmupMs, then probes of half a round until two in a row agree within
     * 5% (C2 has compiled what it will), at most 10 probes. Sets its batch: it grows until one
     * takes about a 50th of a round (reading the clock costs nothing next to the work, and a round
     * still holds many batches).
     */
    private static void warmUp(Subject s, int warmupMs, int roundMs) throws Exception {
        long batch = 1;
        long warmupStart = System.nanoTime();
        long warmupEnd = warmupStart + warmupMs * 1_000_000L;
        while (System.nanoTime() < warmupEnd) {
            long started = System.nanoTime();
            for (long i = 0; i < batch; i++) keep(s.op.run());
            if (System.nanoTime() - started < roundMs * 1_000_000L / 50) batch *= 2;
        }
        double previous = round(s.op, batch, roundMs / 2);
        boolean settled = false;
        for (int probe = 0; probe < 10 && !settled; probe++) {
            double current = round(s.op, batch, roundMs / 2);
            settled = Math.abs(current - previous) <= 0.05 * Math.max(current, previous);
            previous = current;
        }
        s.batch = batch;
        s.warmupMs = (System.nanoTime() - warmupStart) / 1e6;
        s.settled = settled;
    }

    /** One round: batches until ms have passed; operations per second. */
    private static double round(Op op, long batch, int ms) throws Exception {
        long count = 0;
        long started = System.nanoTime();
        long end = started + ms * 1_000_000L;
        long now;
        do {
            for (long i = 0; i < batch; i++) keep(op.run());
            count += batch;
            now = System.nanoTime();
        } while (now < end);
        return count / ((now - started) / 1e9);
    }

    private static void keep(Object value) {
        sink = value;
        sinkCount++;
    }

    /** Where two trees first differ (a JSON pointer, and the two values there). */
    static String difference(JsonNode expected, JsonNode actual, String pointer) {
        if (expected.isObject() && actual.isObject()) {
            for (java.util.Iterator<String> it = expected.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                if (!actual.has(key)) return "at " + pointer + "/" + key + ": missing in the output (the input has " + head(expected.get(key).toString()) + ")";
                String inner = difference(expected.get(key), actual.get(key), pointer + "/" + key);
                if (inner != null) return inner;
            }
            for (java.util.Iterator<String> it = actual.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                if (!expected.has(key)) return "at " + pointer + "/" + key + ": the output adds " + head(actual.get(key).toString());
            }
            return null;
        }
        if (expected.isArray() && actual.isArray()) {
            for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
                String inner = difference(expected.get(i), actual.get(i), pointer + "/" + i);
                if (inner != null) return inner;
            }
            return expected.size() == actual.size() ? null : "at " + pointer + ": " + expected.size() + " items in the input, " + actual.size() + " in ours";
        }
        return expected.equals(actual) ? null : "at " + pointer + ": the input has " + head(expected.toString()) + ", the output " + head(actual.toString());
    }

    private static String head(String text) {
        return text.length() <= 2000 ? text : text.substring(0, 2000) + "...";
    }
}
