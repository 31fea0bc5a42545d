package com.openai.core;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.openai.errors.OpenAIInvalidDataException;
import com.openai.validation.SchemaException;
import com.openai.validation.SchemaValidator;
import com.openai.validation.ValidationError;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * How a model validates: its JSON (as the model writes it, every number exact) through the JSON
 * Schema validator of its declaration, which each model compiles once (see ValidationSchema in
 * the models' package). isValid first, the fast path; the errors are collected only when invalid.
 */
public final class Validation {
    private Validation() {}

    /** Throws {@link OpenAIInvalidDataException} with every violation when {@code value} does not follow the schema. */
    public static void check(SchemaValidator validator, Object value) {
        JsonNode json = tree(value);
        if (validator.isValid(json)) {
            return;
        }
        List<OpenAIInvalidDataException.Violation> violations = new ArrayList<>();
        for (ValidationError error : validator.validate(json)) {
            violations.add(new OpenAIInvalidDataException.Violation(error.instanceLocation(), error.keywordLocation(), error.message()));
        }
        throw OpenAIInvalidDataException.of(violations);
    }

    /**
     * As {@link #check(SchemaValidator, Object)}, given the JSON the model was read from when it
     * writes back as that JSON (the same values; members possibly in another order): when that
     * JSON is valid, so is the model, and the model need not be written out to know it. Order
     * matters only to the errors, which come from the model as written, as without a source.
     */
    public static void check(SchemaValidator validator, Object value, JsonValue source) {
        if (source != null) {
            try {
                if (validator.isValid(tree(source))) {
                    return;
                }
            } catch (SchemaException e) {
                // Decided below, on the model as written, as when it was built.
            }
        }
        check(validator, value);
    }

    /**
     * As {@link #check(SchemaValidator, Object, JsonValue)}, trying first the compiled check of the
     * model's schema (a generated Checks class) on the JSON read, or for a built model on the JSON
     * it writes, read back as a parsed model's is: the check holds only where the validator holds,
     * so a value it accepts is valid without a tree or the validator. Where it does not hold (or
     * cannot run: a pattern that does not compile, JSON nested deeper than the stack), the
     * validator decides and reports, as without it.
     */
    public static void check(SchemaValidator validator, Object value, JsonValue source, Predicate<JsonValue> compiled) {
        if (passes(compiled, source != null ? source : written(value))) {
            return;
        }
        check(validator, value, source);
    }

    /** Whether a model follows the schema, as its validate() finds on its first call: the compiled check, else the validator. */
    public static boolean accepts(SchemaValidator validator, Object value, Predicate<JsonValue> compiled) {
        return passes(compiled, written(value)) || accepts(validator, value);
    }

    /** Whether the compiled check holds on the JSON (false when there is none, or when it cannot run: the validator decides). */
    private static boolean passes(Predicate<JsonValue> compiled, JsonValue json) {
        if (json == null) {
            return false;
        }
        try {
            return compiled.test(json);
        } catch (SchemaException | StackOverflowError e) {
            return false;
        }
    }

    /**
     * The JSON a value writes, read back as a parsed model's is (every number exact): what the
     * compiled checks read. Null when it cannot be written; the validator then reports why.
     */
    private static JsonValue written(Object value) {
        try {
            return ObjectMappers.JSON_MAPPER.readValue(ObjectMappers.JSON_MAPPER.writeValueAsString(value), JsonValue.class);
        } catch (IOException e) {
            return null;
        }
    }

    /** Whether {@code validate} (a model's validate()) returns: a model's isValid(). */
    public static boolean succeeds(Runnable validate) {
        try {
            validate.run();
            return true;
        } catch (OpenAIInvalidDataException e) {
            return false;
        }
    }

    /** Whether {@code value} (a model or a JsonValue) follows the schema. */
    public static boolean accepts(SchemaValidator validator, Object value) {
        return validator.isValid(tree(value));
    }

    /**
     * The value as the validator reads it: written by the models' mapper and read back exactly
     * (BigDecimal, BigInteger), so that 0.1 stays 0.1 and a big integer stays whole.
     */
    static JsonNode tree(Object value) {
        if (value instanceof JsonValue) {
            try {
                return tree((JsonValue) value);
            } catch (IllegalStateException e) {
                // A JsonMissing, which writes nothing: failed below as writing it fails.
            }
        }
        try {
            return SchemaValidator.readJson(ObjectMappers.JSON_MAPPER.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new OpenAIInvalidDataException("the value cannot be written as JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new OpenAIInvalidDataException("the value cannot be read back as JSON: " + e.getMessage(), e);
        }
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /**
     * The tree {@link SchemaValidator#readJson} reads from the JSON this value writes, built
     * without the text: numbers as JsonNumber writes them and readJson reads them back (integers
     * as BigInteger; other numbers as the BigDecimal of their text, a double's being
     * Double.toString; a double that is not finite written as a string), missing members left out.
     */
    static JsonNode tree(JsonValue json) {
        if (json instanceof JsonString) {
            return NODES.textNode(((JsonString) json).value());
        }
        if (json instanceof JsonObject) {
            Map<String, JsonValue> members = ((JsonObject) json).values();
            // Sized for its members: no rehashing as they are added.
            ObjectNode node = new ObjectNode(NODES, new LinkedHashMap<String, JsonNode>(members.size() * 4 / 3 + 1));
            for (Map.Entry<String, JsonValue> member : members.entrySet()) {
                if (!member.getValue().isMissing()) {
                    node.set(member.getKey(), tree(member.getValue()));
                }
            }
            return node;
        }
        if (json instanceof JsonNumber) {
            return number(((JsonNumber) json).value());
        }
        if (json instanceof JsonArray) {
            List<JsonValue> items = ((JsonArray) json).values();
            ArrayNode node = NODES.arrayNode(items.size());
            for (JsonValue item : items) {
                node.add(tree(item));
            }
            return node;
        }
        if (json instanceof JsonBoolean) {
            return NODES.booleanNode(((JsonBoolean) json).value());
        }
        if (json instanceof JsonNull) {
            return NODES.nullNode();
        }
        throw new IllegalStateException("JsonMissing cannot be serialized");
    }

    private static JsonNode number(Number value) {
        if (value instanceof BigInteger) {
            return NODES.numberNode((BigInteger) value);
        }
        if (value instanceof BigDecimal) {
            BigDecimal decimal = (BigDecimal) value;
            // Its text (toString) has no point nor exponent at scale 0: an integer to the reader.
            return decimal.scale() == 0 ? NODES.numberNode(decimal.unscaledValue()) : NODES.numberNode(decimal);
        }
        if (value instanceof Double || value instanceof Float) {
            double d = value.doubleValue();
            return Double.isNaN(d) || Double.isInfinite(d) ? NODES.textNode(String.valueOf(d)) : NODES.numberNode(new BigDecimal(Double.toString(d)));
        }
        return NODES.numberNode(BigInteger.valueOf(value.longValue()));
    }
}
