package com.openai.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The validation vocabulary (and `format` when it asserts): each keyword checks only the
 * instances of its type (`check` the scalar ones, `array` and `object` run by Members). On the fast path (no error list) the first failure returns at once and
 * no message is built.
 */
final class Assertions {
    private Assertions() {}

    static boolean check(Evaluator e, Schema s, JsonNode instance, Path ip, Path kp) {
        boolean valid = true;
        if (s.types != 0 && !Json.hasType(instance, s.types)) {
            if (e.errors == null) return false;
            e.error(ip, kp.add("type"), s.typeMessage);
            valid = false;
        }
        if (s.enumValues != null && !oneOf(s.enumValues, instance)) {
            if (e.errors == null) return false;
            e.error(ip, kp.add("enum"), "must be equal to one of the allowed values");
            valid = false;
        }
        if (s.constValue != null && !Json.equal(s.constValue, instance)) {
            if (e.errors == null) return false;
            e.error(ip, kp.add("const"), "must be equal to constant");
            valid = false;
        }
        if (instance.isNumber() && !number(e, s, instance, ip, kp)) {
            if (e.errors == null) return false;
            valid = false;
        }
        if (instance.isTextual() && !string(e, s, instance.textValue(), ip, kp)) {
            if (e.errors == null) return false;
            valid = false;
        }
        return valid;
    }

    private static boolean oneOf(JsonNode[] values, JsonNode instance) {
        for (JsonNode value : values) if (Json.equal(value, instance)) return true;
        return false;
    }

    private static boolean number(Evaluator e, Schema s, JsonNode n, Path ip, Path kp) {
        boolean valid = true;
        if (s.multipleOf != null && !multipleOf(n, s.multipleOf)) {
            if (e.errors == null) return false;
            e.error(ip, kp.add("multipleOf"), "must be multiple of " + s.multipleOfText);
            valid = false;
        }
        if (s.maximum != null && Json.compare(n, s.maximum) > 0) {
            if (e.errors == null) return false;
            e.error(ip, kp.add("maximum"), "must be <= " + s.maximumText);
            valid = false;
        }
        if (s.exclusiveMaximum != null && Json.compare(n, s.exclusiveMaximum) >= 0) {
            if (e.errors == null) return false;
            e.error(ip, kp.add("exclusiveMaximum"), "must be < " + s.exclusiveMaximumText);
            valid = false;
        }
        if (s.minimum != null && Json.compare(n, s.minimum) < 0) {
            if (e.errors == null) return false;
            e.error(ip, kp.add("minimum"), "must be >= " + s.minimumText);
            valid = false;
        }
        if (s.exclusiveMinimum != null && Json.compare(n, s.exclusiveMinimum) <= 0) {
            if (e.errors == null) return false;
            e.error(ip, kp.add("exclusiveMinimum"), "must be > " + s.exclusiveMinimumText);
            valid = false;
        }
        return valid;
    }

    /**
     * Exact for every decimal literal (0.0075 is a multiple of 0.0001) and every exponent (1e308,
     * 1e100000): with v = a * 10^-p and d = b * 10^-q (trailing zeros stripped), v is a multiple
     * of d iff p <= q and a * 10^(q-p) mod b == 0, and 10^(q-p) mod b is a modPow, so no number
     * is ever written out in full.
     */
    static boolean multipleOf(JsonNode n, BigDecimal divisor) {
        BigDecimal value = Json.decimal(n);
        if (value == null || divisor.signum() == 0) return false;
        if (value.signum() == 0) return true;
        BigDecimal v = value.stripTrailingZeros();
        BigDecimal d = divisor.stripTrailingZeros();
        if (v.scale() > d.scale()) return false; // v/d would keep a factor 10^-1: v's last digit is not 0
        BigInteger b = d.unscaledValue().abs();
        if (b.equals(BigInteger.ONE)) return true;
        BigInteger scale = BigInteger.TEN.modPow(BigInteger.valueOf((long) d.scale() - v.scale()), b);
        return v.unscaledValue().abs().mod(b).multiply(scale).mod(b).signum() == 0;
    }

    private static boolean string(Evaluator e, Schema s, String text, Path ip, Path kp) {
        boolean valid = true;
        if (s.maxLength >= 0 || s.minLength >= 0) {
            int length = Json.codePoints(text);
            if (s.maxLength >= 0 && length > s.maxLength) {
                if (e.errors == null) return false;
                e.error(ip, kp.add("maxLength"), "must NOT have more than " + s.maxLength + " characters");
                valid = false;
            }
            if (s.minLength >= 0 && length < s.minLength) {
                if (e.errors == null) return false;
                e.error(ip, kp.add("minLength"), "must NOT have fewer than " + s.minLength + " characters");
                valid = false;
            }
        }
        if (s.pattern != null && !s.pattern.find(text)) {
            if (e.errors == null) return false;
            e.error(ip, kp.add("pattern"), "must match pattern \"" + s.patternSource + "\"");
            valid = false;
        }
        if (s.format != null && !s.format.test(text)) {
            if (e.errors == null) return false;
            e.error(ip, kp.add("format"), "must match format \"" + s.formatName + "\"");
            valid = false;
        }
        return valid;
    }

    static boolean array(Evaluator e, Schema s, JsonNode array, Path ip, Path kp) {
        boolean valid = true;
        if (s.maxItems >= 0 && array.size() > s.maxItems) {
            if (e.errors == null) return false;
            e.error(ip, kp.add("maxItems"), "must NOT have more than " + s.maxItems + " items");
            valid = false;
        }
        if (s.minItems >= 0 && array.size() < s.minItems) {
            if (e.errors == null) return false;
            e.error(ip, kp.add("minItems"), "must NOT have fewer than " + s.minItems + " items");
            valid = false;
        }
        if (s.uniqueItems && !unique(array)) {
            if (e.errors == null) return false;
            e.error(ip, kp.add("uniqueItems"), "must NOT have duplicate items");
            valid = false;
        }
        return valid;
    }

    /** Pairs compared only within a hash bucket (Json.hash agrees with Json.equal): linear on distinct items. */
    static boolean unique(JsonNode array) {
        int n = array.size();
        if (n < 2) return true;
        if (n <= 8) {
            for (int i = 1; i < n; i++) for (int j = 0; j < i; j++) if (Json.equal(array.get(i), array.get(j))) return false;
            return true;
        }
        Map<Integer, List<JsonNode>> buckets = new HashMap<>();
        for (JsonNode item : array) {
            Integer hash = Json.hash(item);
            List<JsonNode> bucket = buckets.get(hash);
            if (bucket == null) buckets.put(hash, bucket = new ArrayList<>(1));
            for (JsonNode other : bucket) if (Json.equal(item, other)) return false;
            bucket.add(item);
        }
        return true;
    }

    static boolean object(Evaluator e, Schema s, JsonNode object, Path ip, Path kp) {
        boolean valid = true;
        if (s.maxProperties >= 0 && object.size() > s.maxProperties) {
            if (e.errors == null) return false;
            e.error(ip, kp.add("maxProperties"), "must NOT have more than " + s.maxProperties + " properties");
            valid = false;
        }
        if (s.minProperties >= 0 && object.size() < s.minProperties) {
            if (e.errors == null) return false;
            e.error(ip, kp.add("minProperties"), "must NOT have fewer than " + s.minProperties + " properties");
            valid = false;
        }
        if (s.required != null) {
            for (String name : s.required) {
                if (object.has(name)) continue;
                if (e.errors == null) return false;
                e.error(ip, kp.add("required"), "must have required property '" + name + "'");
                valid = false;
            }
        }
        if (s.dependentRequired != null) {
            for (int i = 0; i < s.dependentRequired.length; i++) {
                String key = s.dependentRequiredKeys[i];
                if (!object.has(key)) continue;
                for (String name : s.dependentRequired[i]) {
                    if (object.has(name)) continue;
                    if (e.errors == null) return false;
                    e.error(ip, kp.add("dependentRequired"), "must have property " + name + " when property " + key + " is present");
                    valid = false;
                }
            }
        }
        return valid;
    }
}
