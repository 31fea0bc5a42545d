package com.openai.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.openai.validation.Keywords;
import com.openai.validation.PatternSearch;
import com.openai.validation.SchemaException;
import com.openai.validation.SchemaValidator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What the models' compiled checks (the generated Checks classes) call: each JSON Schema keyword
 * on a {@link JsonValue} as read, meaning exactly what the interpreter's keyword means on the tree
 * {@link Validation} builds from that value (numbers exact, a double as its Double.toString, a
 * double that is not finite a string, a JsonMissing member absent). Each keyword holds for values
 * of the other types, as in JSON Schema. Where the fast path cannot decide (a tie between a double
 * and a decimal bound, an enum of objects, a decimal divisor) it asks the interpreter's own test
 * (validation.Keywords), so a compiled check and the interpreter never differ.
 */
public final class JsonChecks {
    private JsonChecks() {}

    /** The check of the schema {@code true}. */
    public static boolean always(JsonValue value) {
        return true;
    }

    /** The check of the schema {@code false}. */
    public static boolean never(JsonValue value) {
        return false;
    }

    // ---- types, as the validator's tree has them --------------------------------------------

    /** The string the validator reads, or null: a JSON string, or a double that is not finite (which the tree writes as its text). */
    public static String text(JsonValue value) {
        if (value instanceof JsonString) {
            return ((JsonString) value).value();
        }
        if (value instanceof JsonNumber && !finite(((JsonNumber) value).value())) {
            return String.valueOf(((JsonNumber) value).value().doubleValue());
        }
        return null;
    }

    public static boolean isString(JsonValue value) {
        return text(value) != null;
    }

    public static boolean isNumber(JsonValue value) {
        return value instanceof JsonNumber && finite(((JsonNumber) value).value());
    }

    /** A number whose exact value is whole (1 and 1.0 are, 1.5 is not). */
    public static boolean isInteger(JsonValue value) {
        if (!(value instanceof JsonNumber)) {
            return false;
        }
        Number n = ((JsonNumber) value).value();
        if (isLong(n) || n instanceof BigInteger) {
            return true;
        }
        if (n instanceof Double || n instanceof Float) {
            double d = n.doubleValue();
            if (!finite(n) || Math.rint(d) != d) {
                return false;
            }
        }
        BigDecimal exact = decimal(n);
        return exact.signum() == 0 || exact.stripTrailingZeros().scale() <= 0;
    }

    public static boolean isBoolean(JsonValue value, boolean expected) {
        return value instanceof JsonBoolean && ((JsonBoolean) value).value() == expected;
    }

    // ---- members (a JsonMissing member is absent, as the tree leaves it out) ----------------

    /** The member, or null when the object has none of that name. */
    public static JsonValue member(Map<String, JsonValue> members, String name) {
        JsonValue value = members.get(name);
        return value instanceof JsonMissing ? null : value;
    }

    public static boolean has(Map<String, JsonValue> members, String name) {
        return member(members, name) != null;
    }

    /** The number of members. */
    public static int size(Map<String, JsonValue> members) {
        int size = 0;
        for (JsonValue value : members.values()) {
            if (!(value instanceof JsonMissing)) {
                size++;
            }
        }
        return size;
    }

    // ---- numbers ------------------------------------------------------------------------------

    /** Not a number to the validator (a keyword about numbers holds). */
    private static final int NOT_A_NUMBER = 2;

    public static boolean maximum(JsonValue value, long bound) {
        int c = compare(value, bound);
        return c == NOT_A_NUMBER || c <= 0;
    }

    public static boolean maximum(JsonValue value, double bound, String exact) {
        int c = compare(value, bound, exact);
        return c == NOT_A_NUMBER || c <= 0;
    }

    public static boolean exclusiveMaximum(JsonValue value, long bound) {
        int c = compare(value, bound);
        return c == NOT_A_NUMBER || c < 0;
    }

    public static boolean exclusiveMaximum(JsonValue value, double bound, String exact) {
        int c = compare(value, bound, exact);
        return c == NOT_A_NUMBER || c < 0;
    }

    public static boolean minimum(JsonValue value, long bound) {
        int c = compare(value, bound);
        return c == NOT_A_NUMBER || c >= 0;
    }

    public static boolean minimum(JsonValue value, double bound, String exact) {
        int c = compare(value, bound, exact);
        return c == NOT_A_NUMBER || c >= 0;
    }

    public static boolean exclusiveMinimum(JsonValue value, long bound) {
        int c = compare(value, bound);
        return c == NOT_A_NUMBER || c > 0;
    }

    public static boolean exclusiveMinimum(JsonValue value, double bound, String exact) {
        int c = compare(value, bound, exact);
        return c == NOT_A_NUMBER || c > 0;
    }

    /** A whole divisor above 0. */
    public static boolean multipleOf(JsonValue value, long divisor) {
        if (!isNumber(value)) {
            return true;
        }
        Number n = ((JsonNumber) value).value();
        if (isLong(n)) {
            return n.longValue() % divisor == 0;
        }
        return Keywords.multipleOf(Validation.tree(value), BigDecimal.valueOf(divisor));
    }

    /** A divisor above 0 (a constant of the checks: {@link #decimal}). */
    public static boolean multipleOf(JsonValue value, BigDecimal divisor) {
        return !isNumber(value) || Keywords.multipleOf(Validation.tree(value), divisor);
    }

    /** A decimal constant of the checks. */
    public static BigDecimal decimal(String text) {
        return new BigDecimal(text);
    }

    /**
     * -1, 0 or 1 as the value compares with a whole bound (which a double holds exactly), or
     * NOT_A_NUMBER. A double that is not equal to the bound compares as doubles do: both round to
     * doubles monotonically, so the order of the exact values is the order of the doubles.
     */
    private static int compare(JsonValue value, long bound) {
        if (!(value instanceof JsonNumber)) {
            return NOT_A_NUMBER;
        }
        Number n = ((JsonNumber) value).value();
        if (isLong(n)) {
            return Long.compare(n.longValue(), bound);
        }
        if (!finite(n)) {
            return NOT_A_NUMBER;
        }
        if (n instanceof Double || n instanceof Float) {
            double d = n.doubleValue();
            if (d < bound) {
                return -1;
            }
            if (d > bound) {
                return 1;
            }
        }
        return decimal(n).compareTo(BigDecimal.valueOf(bound));
    }

    /** As {@link #compare(JsonValue, long)}, given the double nearest the bound and the bound's exact text. */
    private static int compare(JsonValue value, double bound, String exact) {
        if (!(value instanceof JsonNumber)) {
            return NOT_A_NUMBER;
        }
        Number n = ((JsonNumber) value).value();
        if (!finite(n)) {
            return NOT_A_NUMBER;
        }
        if (isLong(n) || n instanceof Double || n instanceof Float) {
            double d = n.doubleValue();
            if (d < bound) {
                return -1;
            }
            if (d > bound) {
                return 1;
            }
        }
        return decimal(n).compareTo(new BigDecimal(exact));
    }

    private static boolean isLong(Number n) {
        return n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte;
    }

    private static boolean finite(Number n) {
        if (n instanceof Double || n instanceof Float) {
            double d = n.doubleValue();
            return !Double.isNaN(d) && !Double.isInfinite(d);
        }
        return true;
    }

    /** The exact value the validator reads (Validation.tree): a double as its Double.toString. */
    private static BigDecimal decimal(Number n) {
        if (n instanceof BigDecimal) {
            return (BigDecimal) n;
        }
        if (n instanceof BigInteger) {
            return new BigDecimal((BigInteger) n);
        }
        if (n instanceof Double || n instanceof Float) {
            return new BigDecimal(Double.toString(n.doubleValue()));
        }
        return BigDecimal.valueOf(n.longValue());
    }

    // ---- strings, arrays, objects -------------------------------------------------------------

    /** At most {@code limit} characters (code points). */
    public static boolean maxLength(JsonValue value, long limit) {
        String text = text(value);
        return text == null || text.length() <= limit || text.codePointCount(0, text.length()) <= limit;
    }

    public static boolean minLength(JsonValue value, long limit) {
        String text = text(value);
        return text == null || (text.length() >= limit && text.codePointCount(0, text.length()) >= limit);
    }

    public static boolean pattern(JsonValue value, Regex regex) {
        String text = text(value);
        return text == null || regex.find(text);
    }

    public static boolean maxItems(JsonValue value, long limit) {
        return !(value instanceof JsonArray) || ((JsonArray) value).values().size() <= limit;
    }

    public static boolean minItems(JsonValue value, long limit) {
        return !(value instanceof JsonArray) || ((JsonArray) value).values().size() >= limit;
    }

    public static boolean uniqueItems(JsonValue value) {
        return !(value instanceof JsonArray) || ((JsonArray) value).values().size() < 2 || Keywords.unique(Validation.tree(value));
    }

    public static boolean maxProperties(JsonValue value, long limit) {
        return !(value instanceof JsonObject) || size(((JsonObject) value).values()) <= limit;
    }

    public static boolean minProperties(JsonValue value, long limit) {
        return !(value instanceof JsonObject) || size(((JsonObject) value).values()) >= limit;
    }

    // ---- enum and const -----------------------------------------------------------------------

    public static boolean textIs(JsonValue value, String expected) {
        return expected.equals(text(value));
    }

    /** Whether the value is one of the strings. */
    public static boolean in(JsonValue value, Strings strings) {
        String text = text(value);
        return text != null && strings.values.contains(text);
    }

    /** Whether the value equals one of the literals, by JSON equality (the interpreter's). */
    public static boolean in(JsonValue value, Literals literals) {
        JsonNode tree = Validation.tree(value);
        for (JsonNode literal : literals.values) {
            if (Keywords.equal(literal, tree)) {
                return true;
            }
        }
        return false;
    }

    /** A constant of the checks: the strings of a JSON array, its text given in pieces (a class constant holds 64 KB at most). */
    public static Strings strings(String... pieces) {
        Set<String> values = new HashSet<>();
        for (JsonNode item : read(pieces)) {
            values.add(item.textValue());
        }
        return new Strings(values);
    }

    /** A constant of the checks: the values of a JSON array, its text given in pieces, read as the validator reads the schema. */
    public static Literals literals(String... pieces) {
        JsonNode array = read(pieces);
        JsonNode[] values = new JsonNode[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = array.get(i);
        }
        return new Literals(values);
    }

    private static JsonNode read(String... pieces) {
        try {
            return SchemaValidator.readJson(String.join("", pieces));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A constant of the checks: a pattern, compiled as the interpreter compiles it. */
    public static Regex regex(String source, String translated) {
        return new Regex(source, translated, false);
    }

    /**
     * A constant of the checks: a pattern a backtracking engine could take exponential or
     * polynomial time on, on the linear-time matcher, its program (JSON text) read as the
     * interpreter reads it.
     */
    public static Regex linear(String source, String program) {
        return new Regex(source, program, true);
    }

    /** A set of strings, for an enum of more than a few. */
    public static final class Strings {
        private final Set<String> values;

        private Strings(Set<String> values) {
            this.values = values;
        }

        /** Whether the text is one of the strings (a member's name). */
        public boolean contains(String text) {
            return values.contains(text);
        }
    }

    /** JSON literals, for an enum or const of other values. */
    public static final class Literals {
        private final JsonNode[] values;

        private Literals(JsonNode[] values) {
            this.values = values;
        }
    }

    /**
     * A pattern's search, on java.util.regex or on the linear-time matcher; one that does not
     * compile fails where it is used, as the interpreter fails (SchemaException), and never when
     * the class of the checks loads.
     */
    public static final class Regex {
        private final PatternSearch search;
        private final SchemaException error;

        private Regex(String source, String text, boolean linear) {
            PatternSearch compiled = null;
            SchemaException failed = null;
            try {
                compiled = linear ? Keywords.linear(source, text) : Keywords.pattern(source, text);
            } catch (SchemaException e) {
                failed = e;
            }
            this.search = compiled;
            this.error = failed;
        }

        public boolean find(String text) {
            if (search == null) {
                throw new SchemaException(error.getMessage());
            }
            return search.find(text);
        }
    }
}
