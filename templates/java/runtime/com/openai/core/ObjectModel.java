package com.openai.core;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.openai.errors.OpenAIInvalidDataException;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;

/**
 * What every object model shares: the properties its schema does not declare (kept as read and
 * written back), isValid(), and equals, hashCode and toString over its fields. Each model
 * declares validate(), returning itself.
 */
public abstract class ObjectModel {
    /** Unmodifiable, but for a large model's: Jackson fills it through the model's any-setter. */
    protected final Map<String, JsonValue> additionalProperties;

    protected ObjectModel(Map<String, JsonValue> additionalProperties) {
        this.additionalProperties = additionalProperties;
    }

    /** Properties the schema does not declare, kept as read and written back. */
    @JsonAnyGetter
    @ExcludeMissing
    public final Map<String, JsonValue> _additionalProperties() {
        return Collections.unmodifiableMap(this.additionalProperties);
    }

    /** Checks this value against the schema, returning it; throws {@link OpenAIInvalidDataException} listing every violation. */
    public abstract ObjectModel validate();

    /** Whether {@link #validate()} succeeds. */
    public final boolean isValid() {
        return Validation.succeeds(this::validate);
    }

    /** The fields' names, additionalProperties last: what toString prints. */
    protected abstract String[] fieldNames();

    /** The fields' values, in {@link #fieldNames()}' order: what equals, hashCode and toString compare and print. */
    protected abstract Object[] fieldValues();

    @Override
    public final boolean equals(Object other) {
        return this == other || other != null && other.getClass() == getClass() && Arrays.equals(fieldValues(), ((ObjectModel) other).fieldValues());
    }

    @Override
    public final int hashCode() {
        return Arrays.hashCode(fieldValues());
    }

    @Override
    public final String toString() {
        return Utils.toString(getClass().getSimpleName(), fieldNames(), fieldValues());
    }
}
