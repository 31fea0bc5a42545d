package com.openai.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Unit tests of the schema interpreter's own decisions the suite does not cover, without JUnit
 * (as com.openai.core.RuntimeTest): the pattern budget, and OpenAPI's discriminator, which never
 * changes validity but chooses the errors a failing oneOf/anyOf reports (ARCHITECTURE.md).
 */
public final class ValidatorTest {
    private static int passed;
    private static final List<String> failed = new ArrayList<>();

    private ValidatorTest() {}

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

    private static void same(Object expected, Object actual) {
        if (expected == null ? actual != null : !expected.equals(actual)) {
            throw new AssertionError("expected <" + expected + "> but was <" + actual + ">");
        }
    }

    private static void expect(boolean condition, String what) {
        if (!condition) {
            throw new AssertionError(what);
        }
    }

    /** A union of two tagged objects, $ref'd from $defs: {"type": "a", "n": integer} and {"type": "b", "s": string}. */
    private static final String UNION = "{\"$defs\":{"
        + "\"A\":{\"type\":\"object\",\"properties\":{\"type\":{\"const\":\"a\"},\"n\":{\"type\":\"integer\"}},\"required\":[\"type\",\"n\"]},"
        + "\"B\":{\"$ref\":\"#/$defs/B2\"},"
        + "\"B2\":{\"type\":\"object\",\"properties\":{\"type\":{\"enum\":[\"b\",\"bee\"]},\"s\":{\"type\":\"string\"}},\"required\":[\"type\",\"s\"]}},"
        + "\"type\":\"object\",\"%s\":[{\"$ref\":\"#/$defs/A\"},{\"$ref\":\"#/$defs/B\"}],\"discriminator\":{\"propertyName\":\"type\"%s}}";

    private static SchemaValidator validator(String schema) throws Exception {
        return new SchemaValidator(new HashMap<String, JsonNode>(), "file:///test.json", SchemaValidator.readJson(schema), new HashMap<String, String>(), false);
    }

    /** Every error as "instance keywordLocation: message"; checks that isValid agrees. */
    private static List<String> errors(SchemaValidator validator, String json) throws Exception {
        JsonNode instance = SchemaValidator.readJson(json);
        List<String> shown = new ArrayList<>();
        for (ValidationError error : validator.validate(instance)) shown.add(error.toString());
        same(shown.isEmpty(), validator.isValid(instance));
        return shown;
    }

    public static void main(String[] args) {
        check("discriminator: the tag chooses the variant, whose own errors are reported", () -> {
            SchemaValidator union = validator(String.format(UNION, "oneOf", ""));
            same(Arrays.asList(), errors(union, "{\"type\":\"a\",\"n\":1}"));
            same(Arrays.asList("/n /oneOf/0/$ref/properties/n/type: must be integer"), errors(union, "{\"type\":\"a\",\"n\":\"1\"}"));
            // through the variant's $refs to its enum
            same(Arrays.asList(" /oneOf/1/$ref/$ref/required: must have required property 's'"), errors(union, "{\"type\":\"bee\"}"));
        });

        check("discriminator: a missing or non-string tag is one error at the discriminator", () -> {
            SchemaValidator union = validator(String.format(UNION, "oneOf", ""));
            same(Arrays.asList(" /discriminator: tag \"type\" must be string"), errors(union, "{\"n\":1}"));
            same(Arrays.asList(" /discriminator: tag \"type\" must be string"), errors(union, "{\"type\":1}"));
        });

        check("discriminator: a tag no variant has is one error naming oneOf or anyOf", () -> {
            same(Arrays.asList(" /discriminator: value of tag \"type\" must be in oneOf"), errors(validator(String.format(UNION, "oneOf", "")), "{\"type\":\"c\"}"));
            same(Arrays.asList(" /discriminator: value of tag \"type\" must be in anyOf"), errors(validator(String.format(UNION, "anyOf", "")), "{\"type\":\"c\"}"));
            same(Arrays.asList("/s /anyOf/1/$ref/$ref/properties/s/type: must be string"), errors(validator(String.format(UNION, "anyOf", "")), "{\"type\":\"b\",\"s\":2}"));
        });

        check("discriminator: mapping comes first, by the variant's $ref", () -> {
            // "b" is B's enum value, but the mapping sends it to A
            SchemaValidator mapped = validator(String.format(UNION, "oneOf", ",\"mapping\":{\"b\":\"#/$defs/A\"}"));
            same(Arrays.asList(" /oneOf/0/$ref/required: must have required property 'n'", "/type /oneOf/0/$ref/properties/type/const: must be equal to constant"),
                errors(mapped, "{\"type\":\"b\",\"s\":2}"));
        });

        check("discriminator: several variants passing is the usual oneOf error; validity never changes", () -> {
            String loose = "{\"type\":\"object\",\"oneOf\":[{\"properties\":{\"k\":{\"const\":\"x\"}}},{\"required\":[\"k\"]}],\"discriminator\":{\"propertyName\":\"k\"}}";
            same(Arrays.asList(" /oneOf: must match exactly one schema in oneOf"), errors(validator(loose), "{\"k\":\"x\"}"));
            // not an object: the discriminator does not apply
            same(Arrays.asList(" /type: must be object", " /oneOf: must match exactly one schema in oneOf"), errors(validator(String.format(UNION, "oneOf", "")), "3"));
        });

        check("pattern: a pattern that backtracks past its budget is no match, in bounded time", () -> {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < 40; i++) {
                text.append('a');
            }
            text.append('!');
            // java.util.regex memoizes ^(a+)+$ since Java 9; one more nesting level still backtracks exponentially
            long started = System.nanoTime();
            boolean found = Regexes.find(Pattern.compile("^((a+)+)+$"), text.toString());
            long millis = (System.nanoTime() - started) / 1_000_000;
            expect(!found, "no match");
            expect(millis >= 900 && millis < 10_000, "took " + millis + " ms, expected about the 1 s budget");
        });

        check("pattern: a search past its budget is answered at once for the same pattern and text, as the interpreter asks after the check", () -> {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < 40; i++) {
                text.append('b');
            }
            text.append('!');
            long started = System.nanoTime();
            expect(!Regexes.find(Pattern.compile("^((b+)+)+$"), text.toString()), "a spent budget is no match");
            long first = (System.nanoTime() - started) / 1_000_000;
            expect(first >= 900, "returned after " + first + " ms: the budget was not the reason");
            started = System.nanoTime();
            expect(!Regexes.find(Pattern.compile("^((b+)+)+$"), new String(text.toString().toCharArray())), "the same text, another pattern object: no match");
            long second = (System.nanoTime() - started) / 1_000_000;
            expect(second < 500, "searched again for " + second + " ms");
            expect(Regexes.find(Pattern.compile("^((b+)+)+$"), "bbb"), "another text is searched");
        });

        check("pattern: the search is unanchored", () -> {
            expect(Regexes.find(Pattern.compile("b+"), "abbc"), "b+ is found in abbc");
            expect(!Regexes.find(Pattern.compile("b+"), "ac"), "b+ is not in ac");
        });

        System.out.println("validator checks passed: " + passed + ", failed: " + failed.size());
        if (!failed.isEmpty()) {
            System.exit(1);
        }
    }
}
