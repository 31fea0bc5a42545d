// The Java runtime benchmark's program (compiled and run by test/bench/runtime/java.mjs). One JVM,
// every input. Per input, our generated code (compiled into a folder of its own per output folder,
// loaded by a class loader of its own: two inputs generated from one schema declare the same
// classes) is reached through an adapter class java.mjs writes into the declaration's package
// (implementing Ours); quicktype's plain classes through a BenchPlain class in their package
// (implementing Plain). First the checks (each subject does the work: ours accepts the input and
// rejects its broken copy, ours' serialization reads back equal as a JsonNode tree, quicktype's
// classes bind the input), then each subject timed: a warm-up, then rounds of a System.nanoTime
// loop, batches sized so that a round holds many batches; every result goes into a sink. No JMH
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
        /** Parse, validate, bind: the models' mapper reads the declaration's class, then validate(). */
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

    /** The sink: every result is folded into it, so that the JIT cannot drop the work. */
    private static volatile Object sink;

    private static long sinkCount;

    public static void main(String[] args) {
        try {
            run(args[0]);
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
            Object bound = ours.parse(text);
            if (!ours.validate(bound)) throw new AssertionError(name + ": ours' validate() rejects the input");
            Object tree = ours.readTree(text);
            if (!ours.validateTree(tree)) throw new AssertionError(name + ": ours' validator rejects the input");
            if (ours.validateTree(ours.readTree(broken))) throw new AssertionError(name + ": ours' validator accepts the broken copy");
            boolean rejected;
            try {
                ours.parse(broken);
                rejected = false;
            } catch (Exception e) {
                // validate()'s OpenAIInvalidDataException; anything else (a binding error) is no rejection by the validator
                if (!e.getClass().getSimpleName().equals("OpenAIInvalidDataException")) throw e;
                rejected = true;
            }
            if (!rejected) throw new AssertionError(name + ": ours' parse + validate() accepts the broken copy");
            String serialized = ours.serialize(bound);
            if (!JACKSON.readTree(serialized).equals(expected)) {
                throw new AssertionError(name + ": ours' serialization does not read back equal to the input:\n" + head(serialized));
            }
            Object plainValue = plain.parse(text);
            if (plainValue == null) throw new AssertionError(name + ": quicktype's classes bind the input to null");
            if (!JACKSON.readTree(plain.serialize(plainValue)).equals(expected)) {
                notes.add(name + ": quicktype's Jackson classes bind the input, but their serialization is not equal to it (they need not round-trip)");
            }
            int serializedBytes = serialized.getBytes(StandardCharsets.UTF_8).length;

            // --- timing ---
            time(results, name, "floor", "Jackson readTree", "parse", bytes.length, () -> JACKSON.readTree(text), false, warmupMs, roundMs, rounds);
            time(results, name, "peer", "Jackson databind plain classes (quicktype)", "parse+bind", bytes.length, () -> plain.parse(text), false, warmupMs, roundMs, rounds);
            time(results, name, "ours", "schema-codegen", "parse+validate+bind", bytes.length, () -> ours.parse(text), false, warmupMs, roundMs, rounds);
            time(results, name, "ours", "schema-codegen", "validate", bytes.length, () -> ours.validate(bound) ? bound : fail(), false, warmupMs, roundMs, rounds);
            time(results, name, "ours", "schema-codegen validator on a parsed JsonNode", "validate", bytes.length, () -> ours.validateTree(tree) ? tree : fail(), true, warmupMs, roundMs, rounds);
            time(results, name, "ours", "schema-codegen", "serialize", serializedBytes, () -> ours.serialize(bound), false, warmupMs, roundMs, rounds);
        }

        ObjectNode doc = JACKSON.createObjectNode();
        doc.put("language", "java");
        doc.put("runtime", "java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")");
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

    private static void time(ArrayNode results, String input, String subject, String label, String operation, long bytes, Op op, boolean extra, int warmupMs, int roundMs, int rounds)
            throws Exception {
        System.err.println("java: " + input + ": " + subject + " " + label + " " + operation);
        double[] perRound = measure(op, warmupMs, roundMs, rounds);
        double[] sorted = perRound.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        ObjectNode row = results.addObject();
        row.put("input", input);
        row.put("subject", subject);
        row.put("name", label);
        row.put("operation", operation);
        row.put("opsPerSec", median);
        row.put("bytesPerSec", median * bytes);
        ArrayNode list = row.putArray("roundsOpsPerSec");
        for (double r : perRound) list.add(r);
        // Beyond the contract's subjects: shown, but not for the ratios and targets.
        if (extra) row.put("extra", true);
    }

    /** Operations per second in each round, after the warm-up. */
    private static double[] measure(Op op, int warmupMs, int roundMs, int rounds) throws Exception {
        // The batch grows until one takes about a 50th of a round: reading the clock costs nothing
        // next to the work, and a round still holds many batches.
        long batch = 1;
        long warmupEnd = System.nanoTime() + warmupMs * 1_000_000L;
        while (System.nanoTime() < warmupEnd) {
            long started = System.nanoTime();
            for (long i = 0; i < batch; i++) keep(op.run());
            if (System.nanoTime() - started < roundMs * 1_000_000L / 50) batch *= 2;
        }
        double[] rates = new double[rounds];
        for (int round = 0; round < rounds; round++) {
            long count = 0;
            long started = System.nanoTime();
            long end = started + roundMs * 1_000_000L;
            long now;
            do {
                for (long i = 0; i < batch; i++) keep(op.run());
                count += batch;
                now = System.nanoTime();
            } while (now < end);
            rates[round] = count / ((now - started) / 1e9);
        }
        return rates;
    }

    private static void keep(Object value) {
        sink = value;
        sinkCount++;
    }

    private static String head(String text) {
        return text.length() <= 2000 ? text : text.substring(0, 2000) + "...";
    }
}
