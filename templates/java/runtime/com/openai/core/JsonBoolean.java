package com.openai.core;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Optional;

/** A JSON boolean. */
public final class JsonBoolean extends JsonValue {
    private final boolean value;

    private JsonBoolean(boolean value) {
        this.value = value;
    }

    public static JsonBoolean of(boolean value) {
        return new JsonBoolean(value);
    }

    public boolean value() {
        return value;
    }

    @Override
    public Optional<Boolean> asBoolean() {
        return Optional.of(value);
    }

    @Override
    void write(JsonGenerator generator) throws IOException {
        generator.writeBoolean(value);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JsonBoolean && ((JsonBoolean) other).value == value;
    }

    @Override
    public int hashCode() {
        return Boolean.hashCode(value);
    }

    @Override
    public String toString() {
        return String.valueOf(value);
    }
}
