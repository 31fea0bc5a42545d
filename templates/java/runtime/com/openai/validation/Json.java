package com.openai.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Map;

/**
 * JSON values as the validator reads them: numbers by value (1 equals 1.0, 1.0 is an integer),
 * exact as BigDecimal (read instances with USE_BIG_DECIMAL_FOR_FLOATS and
 * USE_BIG_INTEGER_FOR_INTS so that nothing is rounded before it gets here), objects unordered,
 * string lengths in code points.
 */
final class Json {
    private Json() {}

    static final int NULL = 1;
    static final int BOOLEAN = 2;
    static final int OBJECT = 4;
    static final int ARRAY = 8;
    static final int NUMBER = 16;
    static final int STRING = 32;
    static final int INTEGER = 64;

    /** The bit of a type name, 0 for an unknown name. */
    static int typeBit(String name) {
        switch (name) {
            case "null": return NULL;
            case "boolean": return BOOLEAN;
            case "object": return OBJECT;
            case "array": return ARRAY;
            case "number": return NUMBER;
            case "string": return STRING;
            case "integer": return INTEGER;
            default: return 0;
        }
    }

    /** The bits of the types a value has: an integral number is both NUMBER and INTEGER. */
    static int typeBits(JsonNode node) {
        if (node.isTextual()) return STRING;
        if (node.isNumber()) return isInteger(node) ? NUMBER | INTEGER : NUMBER;
        if (node.isObject()) return OBJECT;
        if (node.isArray()) return ARRAY;
        if (node.isBoolean()) return BOOLEAN;
        return NULL;
    }

    /** Whether a value has one of the types (bits): integer-ness is computed only when asked. */
    static boolean hasType(JsonNode node, int types) {
        if (node.isNumber()) return (types & NUMBER) != 0 || ((types & INTEGER) != 0 && isInteger(node));
        return (typeBits(node) & types) != 0;
    }

    /** A hash agreeing with `equal`: numbers by value, objects regardless of member order. */
    static int hash(JsonNode node) {
        if (node.isNumber()) {
            BigDecimal d = decimal(node);
            if (d == null) return Double.hashCode(node.doubleValue());
            return d.signum() == 0 ? 0 : d.stripTrailingZeros().hashCode();
        }
        if (node.isTextual()) return node.textValue().hashCode();
        if (node.isArray()) {
            int h = 1;
            for (JsonNode item : node) h = 31 * h + hash(item);
            return h;
        }
        if (node.isObject()) {
            int h = 7;
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                h += field.getKey().hashCode() ^ hash(field.getValue());
            }
            return h;
        }
        return node.isBoolean() ? (node.booleanValue() ? 1231 : 1237) : 0;
    }

    /** The exact value of a number, or null for a non-finite double (only from a caller's own tree). */
    static BigDecimal decimal(JsonNode number) {
        if (number.isDouble() || number.isFloat()) {
            double d = number.doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) return null;
        }
        return number.decimalValue();
    }

    static boolean isInteger(JsonNode number) {
        if (number.isIntegralNumber()) return true;
        BigDecimal d = decimal(number);
        return d != null && (d.signum() == 0 || d.stripTrailingZeros().scale() <= 0);
    }

    /** -1, 0 or 1; non-finite doubles compare as their double values do. */
    static int compare(JsonNode number, BigDecimal bound) {
        BigDecimal d = decimal(number);
        return d != null ? d.compareTo(bound) : Double.compare(number.doubleValue(), bound.doubleValue());
    }

    static int codePoints(String s) {
        return s.codePointCount(0, s.length());
    }

    /** JSON equality: numbers by value, arrays in order, objects as unordered maps. */
    static boolean equal(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            BigDecimal x = decimal(a);
            BigDecimal y = decimal(b);
            return x != null && y != null ? x.compareTo(y) == 0 : a.doubleValue() == b.doubleValue();
        }
        if (a.getNodeType() != b.getNodeType()) return false;
        if (a.isTextual()) return a.textValue().equals(b.textValue());
        if (a.isArray()) {
            if (a.size() != b.size()) return false;
            for (int i = 0; i < a.size(); i++) if (!equal(a.get(i), b.get(i))) return false;
            return true;
        }
        if (a.isObject()) {
            if (a.size() != b.size()) return false;
            for (Iterator<Map.Entry<String, JsonNode>> it = a.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                JsonNode other = b.get(field.getKey());
                if (other == null || !equal(field.getValue(), other)) return false;
            }
            return true;
        }
        if (a.isBoolean()) return a.booleanValue() == b.booleanValue();
        return a.isNull();
    }

    /**
     * A number of the schema as error messages print it: the JSON text ECMAScript would write for
     * the same value (digits of the parsed decimal, exponent form beyond 1e21 and below 1e-6), so
     * that the messages read alike in every language.
     */
    static String numberText(JsonNode number) {
        BigDecimal d = decimal(number);
        if (d == null) return number.asText();
        if (d.signum() == 0) return "0";
        BigDecimal stripped = d.stripTrailingZeros();
        String digits = stripped.unscaledValue().abs().toString();
        int k = digits.length();
        int n = k - stripped.scale(); // the value is 0.digits * 10^n
        StringBuilder out = new StringBuilder();
        if (stripped.signum() < 0) out.append('-');
        if (k <= n && n <= 21) {
            out.append(digits);
            for (int i = k; i < n; i++) out.append('0');
        } else if (0 < n && n <= 21) {
            out.append(digits, 0, n).append('.').append(digits, n, k);
        } else if (-6 < n && n <= 0) {
            out.append("0.");
            for (int i = n; i < 0; i++) out.append('0');
            out.append(digits);
        } else {
            out.append(digits.charAt(0));
            if (k > 1) out.append('.').append(digits, 1, k);
            out.append('e').append(n - 1 >= 0 ? "+" : "-").append(Math.abs(n - 1));
        }
        return out.toString();
    }
}
