package com.openai.core;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/** An absent value: a property the JSON does not have. Never written out. */
public final class JsonMissing extends JsonValue {
    private static final JsonMissing INSTANCE = new JsonMissing();

    private JsonMissing() {}

    public static JsonMissing of() {
        return INSTANCE;
    }

    @Override
    public boolean isMissing() {
        return true;
    }

    @Override
    void write(JsonGenerator generator) throws IOException {
        throw new IllegalStateException("JsonMissing cannot be serialized");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JsonMissing;
    }

    @Override
    public int hashCode() {
        return 0;
    }

    @Override
    public String toString() {
        return "";
    }
}
