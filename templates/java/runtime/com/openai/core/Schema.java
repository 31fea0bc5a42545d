package com.openai.core;

import com.openai.errors.OpenAIInvalidDataException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * JSON Schema (draft 2020-12) checks over JSON trees, making the decisions Ajv makes: lengths
 * count code points, 1.0 is an integer, unknown properties are allowed unless denied. The models'
 * {@code validate()} methods check their own JSON with these.
 */
public interface Schema {
    /** Adds the issues of {@code value}, found at {@code pointer}, to {@code issues}. */
    void check(JsonValue value, String pointer, List<Issue> issues);

    /** Throws {@link OpenAIInvalidDataException} with the first issue of {@code value} as JSON. */
    default void validate(Object value) {
        List<Issue> issues = new ArrayList<>();
        check(JsonValue.from(value), "", issues);
        if (!issues.isEmpty()) {
            Issue first = issues.get(0);
            throw OpenAIInvalidDataException.atPointer(first.pointer, first.keyword, first.message);
        }
    }

    /** True when {@code value} has no issue. */
    default boolean accepts(JsonValue value) {
        List<Issue> issues = new ArrayList<>();
        check(value, "", issues);
        return issues.isEmpty();
    }

    /** One reason a value does not follow the schema. */
    final class Issue {
        public final String pointer;
        public final String keyword;
        public final String message;

        Issue(String pointer, String keyword, String message) {
            this.pointer = pointer;
            this.keyword = keyword;
            this.message = message;
        }
    }

    static Schema any() {
        return (value, pointer, issues) -> { };
    }

    static Schema nullValue() {
        return (value, pointer, issues) -> {
            if (!value.isNull()) {
                issues.add(new Issue(pointer, "type", "must be null"));
            }
        };
    }

    static Schema bool() {
        return (value, pointer, issues) -> {
            if (!value.asBoolean().isPresent()) {
                issues.add(new Issue(pointer, "type", "must be boolean"));
            }
        };
    }

    static StringSchema string() {
        return new StringSchema();
    }

    static NumberSchema integer() {
        return new NumberSchema(true);
    }

    static NumberSchema number() {
        return new NumberSchema(false);
    }

    static Schema constant(JsonValue expected) {
        return (value, pointer, issues) -> {
            if (!expected.equals(value)) {
                issues.add(new Issue(pointer, "const", "must be equal to constant " + show(expected)));
            }
        };
    }

    static Schema enumeration(JsonValue... values) {
        List<JsonValue> allowed = Arrays.asList(values);
        return (value, pointer, issues) -> {
            if (!allowed.contains(value)) {
                List<String> shown = new ArrayList<>();
                for (JsonValue v : allowed) {
                    shown.add(show(v));
                }
                issues.add(new Issue(pointer, "enum", "must be equal to one of the allowed values: " + String.join(", ", shown)));
            }
        };
    }

    static Schema nullable(Schema inner) {
        return (value, pointer, issues) -> {
            if (!value.isNull()) {
                inner.check(value, pointer, issues);
            }
        };
    }

    /** A schema defined elsewhere, looked up when first used (so declarations may refer to each other). */
    static Schema lazy(Supplier<Schema> supplier) {
        return (value, pointer, issues) -> supplier.get().check(value, pointer, issues);
    }

    static ArraySchema array(Schema items) {
        return new ArraySchema(items);
    }

    static Schema map(Schema values) {
        return (value, pointer, issues) -> {
            if (!value.asObject().isPresent()) {
                issues.add(new Issue(pointer, "type", "must be object"));
                return;
            }
            for (Map.Entry<String, JsonValue> entry : value.asObject().get().entrySet()) {
                values.check(entry.getValue(), child(pointer, entry.getKey()), issues);
            }
        };
    }

    static ObjectSchema object() {
        return new ObjectSchema();
    }

    static Schema oneOf(Schema... variants) {
        return new VariantsSchema("oneOf", variants);
    }

    static Schema anyOf(Schema... variants) {
        return new VariantsSchema("anyOf", variants);
    }

    static DiscriminatedSchema discriminated(String propertyName) {
        return new DiscriminatedSchema(propertyName);
    }

    /** The pointer of a member or item (RFC 6901 escaping). */
    static String child(String pointer, String token) {
        return pointer + "/" + token.replace("~", "~0").replace("/", "~1");
    }

    /** A value as JSON text, for messages. */
    static String show(JsonValue value) {
        try {
            return ObjectMappers.JSON_MAPPER.writeValueAsString(value);
        } catch (java.io.IOException e) {
            return String.valueOf(value);
        }
    }

    /** A bound as JSON would write it: 0, not 0.0. */
    static String show(double bound) {
        return bound == Math.rint(bound) && Math.abs(bound) < 1e15 ? String.valueOf((long) bound) : String.valueOf(bound);
    }
}
