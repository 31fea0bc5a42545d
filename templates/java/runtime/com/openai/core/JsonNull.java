package com.openai.core;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/** The JSON literal null. */
public final class JsonNull extends JsonValue {
    private static final JsonNull INSTANCE = new JsonNull();

    private JsonNull() {}

    public static JsonNull of() {
        return INSTANCE;
    }

    @Override
    public boolean isNull() {
        return true;
    }

    @Override
    void write(JsonGenerator generator) throws IOException {
        generator.writeNull();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JsonNull;
    }

    @Override
    public int hashCode() {
        return 1;
    }

    @Override
    public String toString() {
        return "null";
    }
}
