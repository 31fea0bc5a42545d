package com.openai.core;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** A JSON array. */
public final class JsonArray extends JsonValue {
    private final List<JsonValue> values;

    private JsonArray(List<JsonValue> values) {
        this.values = Collections.unmodifiableList(values);
    }

    public static JsonArray of(List<JsonValue> values) {
        return new JsonArray(new ArrayList<>(values));
    }

    /** An array holding {@code values} itself, which nothing else may hold (a list just read): no copy. */
    static JsonArray adopt(ArrayList<JsonValue> values) {
        return new JsonArray(values);
    }

    public List<JsonValue> values() {
        return values;
    }

    @Override
    public Optional<List<JsonValue>> asArray() {
        return Optional.of(values);
    }

    @Override
    void write(JsonGenerator generator) throws IOException {
        generator.writeStartArray();
        for (JsonValue value : values) {
            value.write(generator);
        }
        generator.writeEndArray();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JsonArray && ((JsonArray) other).values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
