package com.openai.core;

import com.fasterxml.jackson.core.type.TypeReference;
import com.openai.errors.OpenAIInvalidDataException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Unit tests of the Java runtime (templates/java/runtime/), without JUnit: each check prints
 * "ok <name>" or "FAIL <name>: <why>", and the process exits 1 when any check failed. It lives in
 * com.openai.core so it can reach the package-private parts (the pattern deadline, the mapper).
 */
public final class RuntimeTest {
    private static int passed;
    private static final List<String> failed = new ArrayList<>();

    private RuntimeTest() {}

    interface Check {
        void run() throws Exception;
    }

    private static void check(String name, Check body) {
        try {
            body.run();
            passed++;
            System.out.println("ok " + name);
        } catch (Throwable e) {
            failed.add(name);
            System.out.println("FAIL " + name + ": " + e);
        }
    }

    private static void expect(boolean condition, String what) {
        if (!condition) {
            throw new AssertionError(what);
        }
    }

    private static void same(Object expected, Object actual) {
        if (expected == null ? actual != null : !expected.equals(actual)) {
            throw new AssertionError("expected <" + expected + "> but was <" + actual + ">");
        }
    }

    private static JsonValue read(String json) throws Exception {
        return ObjectMappers.JSON_MAPPER.readValue(json, JsonValue.class);
    }

    private static String write(Object value) throws Exception {
        return ObjectMappers.JSON_MAPPER.writeValueAsString(value);
    }

    private static List<Schema.Issue> issues(Schema schema, JsonValue value) {
        List<Schema.Issue> found = new ArrayList<>();
        schema.check(value, "", found);
        return found;
    }

    /** The issues as "pointer keyword" lines, in order. */
    private static List<String> where(Schema schema, JsonValue value) {
        List<String> shown = new ArrayList<>();
        for (Schema.Issue issue : issues(schema, value)) {
            shown.add(issue.pointer + " " + issue.keyword);
        }
        return shown;
    }

    public static void main(String[] args) {
        check("JSON value round trip keeps order, numbers and unicode", () -> {
            String text = "{\"b\":1,\"a\":[true,null,1.5,\"\\u00e9\\ud83d\\ude00\"],\"big\":18446744073709552001,\"o\":{}}";
            JsonValue value = read(text);
            same(text.replace("\\u00e9", "\u00e9").replace("\\ud83d\\ude00", "\ud83d\ude00"), write(value));
            same(Arrays.asList("b", "a", "big", "o"), new ArrayList<>(value.asObject().get().keySet()));
            same(value, read(write(value)));
        });

        check("JsonValue.from converts maps, lists and null", () -> {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("n", 3);
            map.put("l", Arrays.asList("x", null));
            JsonValue value = JsonValue.from(map);
            same("{\"n\":3,\"l\":[\"x\",null]}", write(value));
            expect(JsonValue.from(null).isNull(), "null is JsonNull");
            expect(!JsonValue.from(null).isMissing(), "null is not missing");
        });

        check("JsonMissing is absent and cannot be written", () -> {
            expect(JsonMissing.of().isMissing(), "missing");
            try {
                write(JsonMissing.of());
                throw new AssertionError("JsonMissing was written");
            } catch (com.fasterxml.jackson.databind.JsonMappingException e) {
                expect(String.valueOf(e.getMessage()).contains("JsonMissing cannot be serialized"), e.getMessage());
            }
        });

        check("numbers: 1.0 is integral, 1.5 is not, equal across representations", () -> {
            expect(((JsonNumber) read("1.0")).isIntegral(), "1.0 integral");
            expect(!((JsonNumber) read("1.5")).isIntegral(), "1.5 not integral");
            expect(JsonNumber.of(1e300).isIntegral(), "1e300 integral");
            same(Arrays.asList(), where(Schema.integer(), read("2.0")));
            same(Arrays.asList(" type"), where(Schema.integer(), read("2.5")));
        });

        check("convert: a value of the wrong JSON shape converts to null", () -> {
            same(Long.valueOf(7), read("7").convert(Long.class));
            same(null, read("\"7\"").convert(Long.class));
            same(null, read("7.5").convert(Long.class));
            same(Arrays.asList("a", "b"), read("[\"a\",\"b\"]").convert(new TypeReference<List<String>>() {}));
            same(null, read("[\"a\",1]").convert(new TypeReference<List<String>>() {}));
        });

        check("JsonField: known, unknown and missing", () -> {
            JsonField<String> known = JsonField.of("x");
            same("x", known.getRequired("name"));
            same("\"x\"", write(known.toJsonValue()));
            JsonField<String> missing = JsonField.missing();
            expect(missing.isMissing(), "missing");
            expect(!missing.getOptional("name").isPresent(), "optional missing is empty");
            try {
                missing.getRequired("name");
                throw new AssertionError("no exception");
            } catch (OpenAIInvalidDataException e) {
                same("`name` is not set", e.getMessage());
            }
            JsonField<String> raw = JsonField.ofJson(read("5"));
            expect(raw.asUnknown().isPresent() && !raw.asKnown().isPresent(), "raw is unknown");
            try {
                raw.getOptional("name");
                throw new AssertionError("no exception");
            } catch (OpenAIInvalidDataException e) {
                same("`name` is invalid, received 5", e.getMessage());
            }
        });

        check("string: lengths count code points", () -> {
            Schema schema = Schema.string().minLength(2).maxLength(2);
            same(Arrays.asList(), where(schema, JsonValue.from("\ud83d\ude00\ud83d\ude00")));
            same(Arrays.asList(" minLength"), where(schema, JsonValue.from("\ud83d\ude00")));
            same(Arrays.asList(" maxLength"), where(schema, JsonValue.from("abc")));
            same(Arrays.asList(" type"), where(schema, read("12")));
        });

        check("string: the pattern is searched, not anchored, and named in the message", () -> {
            Schema schema = Schema.string().pattern("b+", "b+");
            same(Arrays.asList(), where(schema, JsonValue.from("abbc")));
            List<Schema.Issue> found = issues(schema, JsonValue.from("ac"));
            same(1, found.size());
            same("pattern", found.get(0).keyword);
            same("must match pattern \"b+\"", found.get(0).message);
        });

        check("string: a pattern that backtracks past its budget is no match, in bounded time", () -> {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < 40; i++) {
                text.append('a');
            }
            text.append('!');
            // java.util.regex memoizes ^(a+)+$ since Java 9; one more nesting level still backtracks exponentially
            Schema schema = Schema.string().pattern("^((a+)+)+$", "^((a+)+)+$");
            long started = System.nanoTime();
            List<String> found = where(schema, JsonValue.from(text.toString()));
            long millis = (System.nanoTime() - started) / 1_000_000;
            same(Arrays.asList(" pattern"), found);
            expect(millis >= 900 && millis < 10_000, "took " + millis + " ms, expected about the 1 s budget");
        });

        check("string: the deadline gives up once spent", () -> {
            StringSchema.Deadline spent = new StringSchema.Deadline("abc", System.nanoTime() - 1);
            try {
                for (int i = 0; i < 0x2000; i++) {
                    spent.charAt(i % 3);
                }
                throw new AssertionError("the deadline never gave up");
            } catch (StringSchema.BudgetSpent e) {
                same("pattern match budget spent", e.getMessage());
            }
            StringSchema.Deadline live = new StringSchema.Deadline("abc", System.nanoTime() + StringSchema.MATCH_BUDGET_NANOS);
            same("bc", live.subSequence(1, 3).toString());
            same('c', live.charAt(2));
        });

        check("number: bounds, exclusive bounds and messages as JSON writes them", () -> {
            NumberSchema schema = Schema.number().minimum(0).exclusiveMaximum(10);
            same(Arrays.asList(), where(schema, read("0")));
            same(Arrays.asList(" exclusiveMaximum"), where(schema, read("10")));
            List<Schema.Issue> found = issues(schema, read("-0.5"));
            same("minimum", found.get(0).keyword);
            same("must be >= 0", found.get(0).message);
            same(Arrays.asList(" type"), where(schema, read("\"1\"")));
        });

        check("object: required, nested pointers with RFC 6901 escaping, additionalProperties", () -> {
            Schema schema = Schema.object()
                .property("id", true, Schema.string())
                .property("a/b~c", false, Schema.object().property("n", true, Schema.integer().maximum(3)))
                .noAdditionalProperties();
            same(Arrays.asList(), where(schema, read("{\"id\":\"x\"}")));
            same(Arrays.asList(" required"), where(schema, read("{}")));
            same(Arrays.asList("/a~1b~0c/n maximum"), where(schema, read("{\"id\":\"x\",\"a/b~c\":{\"n\":4}}")));
            same(Arrays.asList(" additionalProperties"), where(schema, read("{\"id\":\"x\",\"z\":1}")));
            same(Arrays.asList(" type"), where(schema, read("[]")));
        });

        check("array and map: item and value pointers", () -> {
            same(Arrays.asList("/1 type"), where(Schema.array(Schema.integer()), read("[1,\"2\"]")));
            same(Arrays.asList(" minItems"), where(Schema.array(Schema.any()).minItems(1), read("[]")));
            same(Arrays.asList("/k type"), where(Schema.map(Schema.bool()), read("{\"k\":0}")));
        });

        check("const, enum and nullable", () -> {
            same(Arrays.asList(), where(Schema.constant(JsonValue.from("t")), read("\"t\"")));
            List<Schema.Issue> found = issues(Schema.enumeration(JsonValue.from("a"), JsonValue.from(1)), read("\"b\""));
            same("enum", found.get(0).keyword);
            same("must be equal to one of the allowed values: \"a\", 1", found.get(0).message);
            same(Arrays.asList(), where(Schema.nullable(Schema.integer()), read("null")));
            same(Arrays.asList(" type"), where(Schema.integer(), read("null")));
        });

        check("oneOf and anyOf", () -> {
            Schema oneOf = Schema.oneOf(Schema.number(), Schema.integer());
            same(Arrays.asList(), where(oneOf, read("1.5")));
            same(Arrays.asList(" oneOf"), where(oneOf, read("1")));
            same(Arrays.asList(), where(Schema.anyOf(Schema.number(), Schema.integer()), read("1")));
            same(Arrays.asList(" type", " type", " anyOf"), where(Schema.anyOf(Schema.string(), Schema.bool()), read("1")));
        });

        check("discriminated union: the tag picks the variant", () -> {
            Schema schema = Schema.discriminated("type")
                .variant("a", Schema.object().property("type", true, Schema.constant(JsonValue.from("a"))).property("n", true, Schema.integer()));
            same(Arrays.asList(), where(schema, read("{\"type\":\"a\",\"n\":1}")));
            same(Arrays.asList("/n type"), where(schema, read("{\"type\":\"a\",\"n\":\"1\"}")));
            same(Arrays.asList(" discriminator"), where(schema, read("{\"type\":\"b\"}")));
            same(Arrays.asList(" discriminator"), where(schema, read("{\"n\":1}")));
        });

        check("validate throws OpenAIInvalidDataException with the first issue's pointer and keyword", () -> {
            Schema schema = Schema.object().property("x", true, Schema.array(Schema.integer().minimum(1)));
            schema.validate(read("{\"x\":[1,2]}"));
            try {
                schema.validate(read("{\"x\":[1,0]}"));
                throw new AssertionError("no exception");
            } catch (OpenAIInvalidDataException e) {
                same("/x/1", e.pointer().get());
                same("minimum", e.keyword().get());
                same("/x/1: must be >= 1 (minimum)", e.getMessage());
            }
            try {
                Schema.integer().validate("s");
                throw new AssertionError("no exception");
            } catch (OpenAIInvalidDataException e) {
                same("(root): must be integer (type)", e.getMessage());
            }
            expect(!new OpenAIInvalidDataException("plain").pointer().isPresent(), "a plain message has no pointer");
        });

        check("Utils: checkRequired, getOrThrow, toImmutable", () -> {
            same("v", Utils.checkRequired("f", "v"));
            try {
                Utils.checkRequired("f", null);
                throw new AssertionError("no exception");
            } catch (IllegalStateException e) {
                same("`f` is required, but was not set", e.getMessage());
            }
            try {
                Utils.getOrThrow(null, "variant");
                throw new AssertionError("no exception");
            } catch (OpenAIInvalidDataException e) {
                same("`variant` is not present", e.getMessage());
            }
            Map<String, Integer> source = new LinkedHashMap<>();
            source.put("z", 1);
            source.put("a", 2);
            Map<String, Integer> copy = Utils.toImmutable(source);
            source.put("m", 3);
            same(Arrays.asList("z", "a"), new ArrayList<>(copy.keySet()));
            try {
                copy.put("q", 0);
                throw new AssertionError("the copy is modifiable");
            } catch (UnsupportedOperationException e) {
                // expected
            }
        });

        System.out.println("runtime checks passed: " + passed + ", failed: " + failed.size());
        if (!failed.isEmpty()) {
            System.exit(1);
        }
    }
}
