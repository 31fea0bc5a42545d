package com.openai.core;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Any JSON value, kept exactly as it was read: {@link JsonMissing} (absent), {@link JsonNull},
 * {@link JsonBoolean}, {@link JsonNumber}, {@link JsonString}, {@link JsonArray} or {@link JsonObject}.
 */
@JsonDeserialize(using = JsonValue.Deserializer.class)
@JsonSerialize(using = JsonValue.Serializer.class)
public abstract class JsonValue {
    JsonValue() {}

    /** Converts any value (strings, numbers, lists, maps, models, JsonValue) to a JSON value. */
    public static JsonValue from(Object value) {
        if (value == null) {
            return JsonNull.of();
        }
        if (value instanceof JsonValue) {
            return (JsonValue) value;
        }
        if (value instanceof JsonField) {
            return ((JsonField<?>) value).toJsonValue();
        }
        return fromJsonNode(ObjectMappers.JSON_MAPPER.valueToTree(value));
    }

    public boolean isMissing() {
        return false;
    }

    public boolean isNull() {
        return false;
    }

    public Optional<Boolean> asBoolean() {
        return Optional.empty();
    }

    public Optional<Number> asNumber() {
        return Optional.empty();
    }

    public Optional<String> asString() {
        return Optional.empty();
    }

    public Optional<List<JsonValue>> asArray() {
        return Optional.empty();
    }

    public Optional<Map<String, JsonValue>> asObject() {
        return Optional.empty();
    }

    /** This value as the given type, or null when it does not have that type's JSON shape. */
    public <R> R convert(TypeReference<R> type) {
        return Conversions.convertOrNull(this, ObjectMappers.JSON_MAPPER.getTypeFactory().constructType(type));
    }

    /** This value as the given class, or null when it does not have that class's JSON shape. */
    public <R> R convert(Class<R> type) {
        return Conversions.convertOrNull(this, ObjectMappers.JSON_MAPPER.getTypeFactory().constructType(type));
    }

    abstract void write(JsonGenerator generator) throws IOException;

    static JsonValue fromJsonNode(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return JsonMissing.of();
        }
        if (node.isNull()) {
            return JsonNull.of();
        }
        if (node.isBoolean()) {
            return JsonBoolean.of(node.booleanValue());
        }
        if (node.isNumber()) {
            return JsonNumber.of(node.numberValue());
        }
        if (node.isTextual()) {
            return JsonString.of(node.textValue());
        }
        if (node.isArray()) {
            List<JsonValue> values = new ArrayList<>();
            for (JsonNode item : node) {
                values.add(fromJsonNode(item));
            }
            return JsonArray.of(values);
        }
        Map<String, JsonValue> values = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            values.put(entry.getKey(), fromJsonNode(entry.getValue()));
        }
        return JsonObject.of(values);
    }

    static final class Deserializer extends StdDeserializer<JsonValue> {
        private static final long serialVersionUID = 1L;

        Deserializer() {
            super(JsonValue.class);
        }

        @Override
        public JsonValue deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            return fromJsonNode(context.readTree(parser));
        }

        @Override
        public JsonValue getNullValue(DeserializationContext context) {
            return JsonNull.of();
        }

        @Override
        public Object getAbsentValue(DeserializationContext context) {
            return JsonMissing.of();
        }
    }

    static final class Serializer extends StdSerializer<JsonValue> {
        private static final long serialVersionUID = 1L;

        Serializer() {
            super(JsonValue.class);
        }

        @Override
        public void serialize(JsonValue value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            value.write(generator);
        }

        @Override
        public boolean isEmpty(SerializerProvider provider, JsonValue value) {
            return value.isMissing();
        }
    }
}
