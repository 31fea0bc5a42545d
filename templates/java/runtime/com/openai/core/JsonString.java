package com.openai.core;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;

/** A JSON string. */
public final class JsonString extends JsonValue {
    private final String value;

    private JsonString(String value) {
        this.value = Objects.requireNonNull(value, "value");
    }

    public static JsonString of(String value) {
        return new JsonString(value);
    }

    public String value() {
        return value;
    }

    @Override
    public Optional<String> asString() {
        return Optional.of(value);
    }

    @Override
    void write(JsonGenerator generator) throws IOException {
        generator.writeString(value);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JsonString && ((JsonString) other).value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
