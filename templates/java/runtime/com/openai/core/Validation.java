package com.openai.core;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.openai.errors.OpenAIInvalidDataException;
import com.openai.validation.SchemaValidator;
import com.openai.validation.ValidationError;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

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

    /** Whether {@code value} (a model or a JsonValue) follows the schema. */
    public static boolean accepts(SchemaValidator validator, Object value) {
        return validator.isValid(tree(value));
    }

    /**
     * The value as the validator reads it: written by the models' mapper and read back exactly
     * (BigDecimal, BigInteger), so that 0.1 stays 0.1 and a big integer stays whole.
     */
    static JsonNode tree(Object value) {
        try {
            return SchemaValidator.readJson(ObjectMappers.JSON_MAPPER.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new OpenAIInvalidDataException("the value cannot be written as JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new OpenAIInvalidDataException("the value cannot be read back as JSON: " + e.getMessage(), e);
        }
    }
}
