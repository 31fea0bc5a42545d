package com.openai.core;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.openai.errors.OpenAIInvalidDataException;
import com.openai.validation.SchemaValidator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Unit tests of the Java runtime (templates/java/runtime/), without JUnit: each check prints
 * "ok <name>" or "FAIL <name>: <why>", and the process exits 1 when any check failed. It lives in
 * com.openai.core so it can reach the package-private parts (the mapper). The validator's own
 * checks (pattern budget, discriminator) are com.openai.validation.ValidatorTest.
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

    /** The validator of one schema document (no patterns, formats annotate). */
    private static SchemaValidator validator(String schema) throws Exception {
        return new SchemaValidator(new HashMap<String, JsonNode>(), "file:///test.json", SchemaValidator.readJson(schema), new HashMap<String, String>(), false);
    }

    public static void main(String[] args) {
        check("JSON value round trip keeps order, numbers and unicode", () -> {
            String text = "{\"b\":1,\"a\":[true,null,1.5,\"\\u00e9\\ud83d\\ude00\"],\"big\":18446744073709552001,\"o\":{}}";
            JsonValue value = read(text);
            same(text.replace("\\u00e9", "\u00e9").replace("\\ud83d\\ude00", "\ud83d\ude00"), write(value));
            same(Arrays.asList("b", "a", "big", "o"), new ArrayList<>(value.asObject().get().keySet()));
            same(value, read(write(value)));
        });

        check("VariantTags: the variants a tag leaves, those for an absent or other member, every variant for a non-object", () -> {
            // "a" leaves variants 0 and 2 (2 restricts nothing), "b" leaves 1 and 2; without the
            // member 0 and 2 (1 requires it); another value or string only 2.
            VariantTags tags = new VariantTags("type", new String[] {"a", "b"}, new int[][] {{0, 2}, {1, 2}}, new int[] {0, 2}, new int[] {2}, 3);
            same("[0, 2]", Arrays.toString(tags.of(read("{\"type\":\"a\",\"x\":1}"))));
            same("[1, 2]", Arrays.toString(tags.of(read("{\"type\":\"b\"}"))));
            same("[0, 2]", Arrays.toString(tags.of(read("{\"x\":\"a\"}"))));
            LinkedHashMap<String, JsonValue> missing = new LinkedHashMap<>();
            missing.put("type", JsonMissing.of()); // a missing member is absent, as the checks read it
            same("[0, 2]", Arrays.toString(tags.of(JsonObject.of(missing))));
            same("[2]", Arrays.toString(tags.of(read("{\"type\":\"c\"}"))));
            same("[2]", Arrays.toString(tags.of(read("{\"type\":1}"))));
            same("[0, 1, 2]", Arrays.toString(tags.of(read("[\"a\"]"))));
            same("[0, 1, 2]", Arrays.toString(tags.of(read("\"a\""))));
            same("[0, 1]", Arrays.toString(VariantTags.none(2).of(read("{\"type\":\"a\"}"))));
        });

        check("JsonMembers: an object's members in order, a repeated name in its first place with its last value, small and large alike", () -> {
            for (int count : new int[] {0, 1, JsonMembers.SCANNED, JsonMembers.SCANNED + 1, 100}) {
                StringBuilder text = new StringBuilder("{");
                LinkedHashMap<String, JsonValue> expected = new LinkedHashMap<>();
                for (int i = 0; i < count; i++) {
                    text.append(i == 0 ? "" : ",").append("\"m").append(i).append("\":").append(i);
                    expected.put("m" + i, JsonNumber.of(i));
                }
                if (count > 0) {
                    // Read again: Jackson's tree (and a LinkedHashMap) keep the first place and take the last value.
                    text.append(",\"m0\":\"again\"");
                    expected.put("m0", JsonString.of("again"));
                }
                Map<String, JsonValue> members = ((JsonObject) read(text.append("}").toString())).values();
                same(expected, members);
                same(expected.hashCode(), members.hashCode());
                same(expected.toString(), members.toString());
                same(new ArrayList<>(expected.keySet()), new ArrayList<>(members.keySet()));
                same(new ArrayList<>(expected.values()), new ArrayList<>(members.values()));
                same(JsonObject.of(expected), read(text.toString()));
                for (int i = 0; i < count; i++) {
                    // A name built at run time is another String than the one read: found by equality.
                    String name = new StringBuilder("m").append(i).toString();
                    same(expected.get(name), members.get(name));
                    expect(members.containsKey(name), "has " + name);
                }
                expect(members.get("m" + count) == null && !members.containsKey("absent") && members.get(null) == null, "no other member");
                try {
                    members.put("x", JsonNull.of());
                    throw new AssertionError("members could be changed");
                } catch (UnsupportedOperationException e) {
                    // unmodifiable, as before
                }
            }
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
            expect(Validation.accepts(validator("{\"type\":\"integer\"}"), read("2.0")), "2.0 is an integer to the validator");
            expect(!Validation.accepts(validator("{\"type\":\"integer\"}"), read("2.5")), "2.5 is not");
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

        check("validate throws OpenAIInvalidDataException with every violation: pointer, keyword location, keyword, message", () -> {
            SchemaValidator schema = validator("{\"type\":\"object\",\"properties\":{\"x\":{\"type\":\"array\",\"items\":{\"$ref\":\"#/$defs/p\"}}},"
                + "\"required\":[\"x\"],\"$defs\":{\"p\":{\"type\":\"integer\",\"minimum\":1}}}");
            Validation.check(schema, read("{\"x\":[1,2]}"));
            try {
                Validation.check(schema, read("{\"x\":[1,0,\"s\"]}"));
                throw new AssertionError("no exception");
            } catch (OpenAIInvalidDataException e) {
                same("/x/1", e.pointer().get());
                same("minimum", e.keyword().get());
                same("/properties/x/items/$ref/minimum", e.keywordLocation().get());
                same("/x/1: must be >= 1 (/properties/x/items/$ref/minimum) and 1 more", e.getMessage());
                same(2, e.violations().size());
                OpenAIInvalidDataException.Violation second = e.violations().get(1);
                same("/x/2", second.pointer());
                same("type", second.keyword());
                same("must be integer", second.message());
            }
            try {
                Validation.check(validator("{\"type\":\"integer\"}"), "s");
                throw new AssertionError("no exception");
            } catch (OpenAIInvalidDataException e) {
                same("(root): must be integer (/type)", e.getMessage());
            }
            try {
                Validation.check(validator("{\"additionalProperties\":false}"), read("{\"a~/b\":1}"));
                throw new AssertionError("no exception");
            } catch (OpenAIInvalidDataException e) {
                same("/a~0~1b", e.pointer().get());
                same("/additionalProperties", e.keywordLocation().get());
                same("additionalProperties", e.keyword().get());
            }
            expect(!new OpenAIInvalidDataException("plain").pointer().isPresent(), "a plain message has no pointer");
            expect(new OpenAIInvalidDataException("plain").violations().isEmpty(), "a plain message has no violations");
        });

        check("a built value (no JSON read) is checked by its compiled check on the JSON it writes; the errors stay the validator's", () -> {
            SchemaValidator schema = validator("{\"type\":\"object\",\"properties\":{\"x\":{\"type\":\"integer\",\"minimum\":1}},\"required\":[\"x\"]}");
            List<JsonValue> asked = new ArrayList<>();
            // A stand-in compiled check: records the JSON it is given and answers as the validator does.
            Predicate<JsonValue> compiled = json -> {
                asked.add(json);
                return schema.isValid(Validation.tree(json));
            };
            Map<String, Object> built = new LinkedHashMap<>();
            built.put("x", 2);
            Validation.check(schema, built, null, compiled);
            same(1, asked.size());
            same("{\"x\":2}", ObjectMappers.JSON_MAPPER.writeValueAsString(asked.get(0)));
            expect(Validation.accepts(schema, built, compiled), "accepts agrees");
            built.put("x", 0);
            try {
                Validation.check(schema, built, null, compiled);
                throw new AssertionError("no exception");
            } catch (OpenAIInvalidDataException e) {
                same("/x", e.pointer().get());
                same("minimum", e.keyword().get());
            }
            expect(!Validation.accepts(schema, built, compiled), "accepts agrees on the invalid one");
            // A check that cannot run leaves the decision to the validator.
            Predicate<JsonValue> undecided = json -> {
                throw new StackOverflowError();
            };
            built.put("x", 3);
            Validation.check(schema, built, null, undecided);
            expect(Validation.accepts(schema, built, undecided), "the validator accepts it");
        });

        check("the validator reads a model's JSON exactly: 0.1 stays 0.1, big integers stay whole", () -> {
            SchemaValidator tenth = validator("{\"multipleOf\":0.1}");
            expect(Validation.accepts(tenth, JsonValue.from(0.3)), "0.3 is a multiple of 0.1");
            expect(!Validation.accepts(tenth, JsonValue.from(0.35)), "0.35 is not");
            SchemaValidator big = validator("{\"type\":\"integer\",\"maximum\":18446744073709551616}");
            expect(Validation.accepts(big, read("18446744073709551616")), "2^64 is an integer at the bound");
            expect(!Validation.accepts(big, read("18446744073709551617")), "2^64 + 1 is above it");
            expect(Validation.accepts(validator("{\"type\":\"integer\"}"), read("1.0")), "1.0 is an integer");
        });

        check("the validator's tree of a JSON value is what readJson reads from its text, node for node", () -> {
            Object[] numbers = {0, 1, -1, Integer.MIN_VALUE, Long.MAX_VALUE, Long.MIN_VALUE, (short) 3, -0.0, 5.0, 1.5, 0.1, 1e-7, 1e21, 1e22, Double.MAX_VALUE, Double.MIN_VALUE,
                Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1.5f, new java.math.BigInteger("123456789012345678901234567890"), new java.math.BigDecimal("1.50"),
                new java.math.BigDecimal("1E+3"), new java.math.BigDecimal("100"), new java.math.BigDecimal("-0.000"), new java.math.BigDecimal("1E+400"), new java.math.BigDecimal("12345678901234567890.123456789")};
            List<JsonValue> values = new ArrayList<>();
            for (Object number : numbers) {
                values.add(JsonNumber.of((Number) number));
            }
            for (String text : new String[] {"{\"a\":[1,2.5,\"x\",null,true,{\"b\":{}}],\"c\":1e400,\"d\":-0,\"e\":1.0}", "[]", "\"s\"", "null", "[1e-5,12345678901234567890123,0.30000000000000004]"}) {
                values.add(read(text));
            }
            for (JsonValue value : values) {
                JsonNode expected = SchemaValidator.readJson(write(value));
                JsonNode actual = Validation.tree(value);
                expect(expected.equals(actual) && expected.getClass() == actual.getClass() && expected.toString().equals(actual.toString()), value + ": " + expected + " read, " + actual + " built");
            }
        });

        check("JsonValue reads from the parser as from the parser's tree: number types, duplicate keys, order", () -> {
            String text = "{\"i\":1,\"l\":12345678901,\"b\":123456789012345678901234567890,\"d\":1.5,\"x\":1e-400,\"dup\":1,\"o\":{\"k\":[]},\"dup\":[2]}";
            JsonValue direct = read(text);
            JsonValue viaTree = JsonValue.fromJsonNode(ObjectMappers.JSON_MAPPER.readTree(text));
            same(viaTree, direct);
            same(write(viaTree), write(direct));
            for (String key : viaTree.asObject().get().keySet()) {
                Object a = viaTree.asObject().get().get(key) instanceof JsonNumber ? ((JsonNumber) viaTree.asObject().get().get(key)).value().getClass() : null;
                Object b = direct.asObject().get().get(key) instanceof JsonNumber ? ((JsonNumber) direct.asObject().get().get(key)).value().getClass() : null;
                same(a, b);
            }
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

        check("Utils: a constant's typed getter returns it, or throws as getRequired/getOptional do", () -> {
            same("circle", Utils.requiredConstant(read("\"circle\""), "kind", "circle"));
            same(2L, Utils.requiredConstant(read("2.0"), "version", 2L));
            same(0.5, Utils.requiredConstant(read("0.5"), "ratio", 0.5));
            same(Boolean.TRUE, Utils.requiredConstant(read("true"), "flag", true));
            same(java.util.Optional.of("circle"), Utils.optionalConstant(read("\"circle\""), "kind", "circle"));
            same(java.util.Optional.empty(), Utils.optionalConstant(JsonMissing.of(), "kind", "circle"));
            same(java.util.Optional.empty(), Utils.optionalConstant(JsonNull.of(), "kind", "circle"));
            String[][] failures = {
                {"\"square\"", "`kind` is invalid, received square"},
                {"3", "`kind` is invalid, received 3"},
                {"null", "`kind` is null"},
            };
            for (String[] f : failures) {
                try {
                    Utils.requiredConstant(read(f[0]), "kind", "circle");
                    throw new AssertionError("no exception for " + f[0]);
                } catch (OpenAIInvalidDataException e) {
                    same(f[1], e.getMessage());
                }
            }
            try {
                Utils.requiredConstant(JsonMissing.of(), "kind", "circle");
                throw new AssertionError("no exception for a missing value");
            } catch (OpenAIInvalidDataException e) {
                same("`kind` is not set", e.getMessage());
            }
            try {
                Utils.optionalConstant(read("2.5"), "version", 2L);
                throw new AssertionError("no exception for another number");
            } catch (OpenAIInvalidDataException e) {
                same("`version` is invalid, received 2.5", e.getMessage());
            }
        });

        check("Utils.toString: a large model's toString, as the smaller ones concatenate it", () -> {
            same("Big{a=1, b=null, additionalProperties={}}", Utils.toString("Big", new String[] {"a", "b", "additionalProperties"}, new Object[] {1L, null, new LinkedHashMap<String, JsonValue>()}));
            same("Empty{}", Utils.toString("Empty", new String[0], new Object[0]));
        });

        System.out.println("runtime checks passed: " + passed + ", failed: " + failed.size());
        if (!failed.isEmpty()) {
            System.exit(1);
        }
    }
}
