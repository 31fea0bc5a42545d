package com.openai.core;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/** A JSON object; keeps its keys in the order they were read. */
public final class JsonObject extends JsonValue {
    private final JsonMembers values;

    private JsonObject(JsonMembers values) {
        this.values = values;
    }

    public static JsonObject of(Map<String, JsonValue> values) {
        return new JsonObject(JsonMembers.copyOf(values));
    }

    /** An object holding {@code values} itself (members just read): no copy. */
    static JsonObject adopt(JsonMembers values) {
        return new JsonObject(values);
    }

    /** The members, in the order read; unmodifiable. */
    public Map<String, JsonValue> values() {
        return values;
    }

    /** The members, for the runtime's loops by position. */
    JsonMembers members() {
        return values;
    }

    @Override
    public Optional<Map<String, JsonValue>> asObject() {
        return Optional.of(values);
    }

    @Override
    void write(JsonGenerator generator) throws IOException {
        generator.writeStartObject();
        for (Map.Entry<String, JsonValue> entry : values.entrySet()) {
            if (entry.getValue().isMissing()) {
                continue;
            }
            generator.writeFieldName(entry.getKey());
            entry.getValue().write(generator);
        }
        generator.writeEndObject();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JsonObject && ((JsonObject) other).values.equals(values);
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
