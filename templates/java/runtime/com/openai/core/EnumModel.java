package com.openai.core;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.openai.errors.OpenAIInvalidDataException;

/**
 * What every enum model shares: its raw value (one of its constants, or a value the schema does
 * not know, kept and written back as read), isValid(), and equals, hashCode and toString over
 * that value. Each enum declares validate(), returning itself.
 */
@JsonSerialize(using = EnumModel.Serializer.class)
public abstract class EnumModel {
    private final JsonValue value;

    protected EnumModel(JsonValue value) {
        this.value = value;
    }

    /**
     * Returns this instance's raw value: one of the constants, or a value this version of the
     * schema does not know (kept, and written back as read).
     */
    public final JsonValue _value() {
        return this.value;
    }

    /** Checks this value against the schema, returning it; throws {@link OpenAIInvalidDataException} listing every violation. */
    public abstract EnumModel validate();

    /** Whether {@link #validate()} succeeds. */
    public final boolean isValid() {
        return Validation.succeeds(this::validate);
    }

    @Override
    public final boolean equals(Object other) {
        return this == other || other != null && other.getClass() == getClass() && this.value.equals(((EnumModel) other).value);
    }

    @Override
    public final int hashCode() {
        return this.value.hashCode();
    }

    @Override
    public final String toString() {
        return this.value.toString();
    }

    /** Writes an enum model as its raw value. */
    static final class Serializer extends BaseSerializer<EnumModel> {
        private static final long serialVersionUID = 1L;

        Serializer() {
            super(EnumModel.class);
        }

        @Override
        protected Object toJson(EnumModel value) {
            return value.value;
        }
    }
}
