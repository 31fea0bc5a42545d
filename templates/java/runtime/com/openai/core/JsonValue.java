package com.openai.core;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.util.RawValue;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

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
    @SuppressWarnings("unchecked")
    public <R> R convert(Class<R> type) {
        Conversions.Converter converter = CONVERTERS.get(type);
        if (converter == null) {
            converter = Conversions.converter(ObjectMappers.JSON_MAPPER.getTypeFactory().constructType(type));
            CONVERTERS.putIfAbsent(type, converter);
        }
        Object converted = converter.convert(this);
        return converted == Conversions.NOT_CONVERTIBLE ? null : (R) converted;
    }

    /** Each class's converter, made once: the type factory's own cache is a shared LRU map, slower to ask. */
    private static final ConcurrentHashMap<Class<?>, Conversions.Converter> CONVERTERS = new ConcurrentHashMap<>();

    abstract void write(JsonGenerator generator) throws IOException;

    /**
     * The JSON value at the parser's token, read straight into JsonValues: the same values as
     * {@code fromJsonNode(context.readTree(parser))} without the JsonNode tree in between.
     * Mappers whose tree reading differs (numbers read as BigInteger, long or BigDecimal;
     * duplicate keys refused), and a parser not at the start of a value, take that way instead.
     */
    static JsonValue read(JsonParser parser, DeserializationContext context) throws IOException {
        JsonToken token = parser.currentToken();
        if ((context.getDeserializationFeatures() & TREE_FEATURES) != 0 || token == null || token == JsonToken.FIELD_NAME || token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
            return fromJsonNode(context.readTree(parser));
        }
        return readValue(parser, token, context.getNodeFactory());
    }

    static final int TREE_FEATURES = DeserializationFeature.USE_BIG_INTEGER_FOR_INTS.getMask()
        | DeserializationFeature.USE_LONG_FOR_INTS.getMask()
        | DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS.getMask()
        | DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY.getMask();

    static JsonValue readValue(JsonParser parser, JsonToken token, JsonNodeFactory nodes) throws IOException {
        switch (token) {
            case START_OBJECT: {
                JsonMembers.Builder members = new JsonMembers.Builder();
                for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
                    members.put(name, readValue(parser, parser.nextToken(), nodes));
                }
                return JsonObject.adopt(members.build());
            }
            case START_ARRAY: {
                ArrayList<JsonValue> values = new ArrayList<>();
                for (JsonToken item = parser.nextToken(); item != JsonToken.END_ARRAY; item = parser.nextToken()) {
                    values.add(readValue(parser, item, nodes));
                }
                return JsonArray.adopt(values);
            }
            case VALUE_STRING:
                return JsonString.of(parser.getText());
            case VALUE_NUMBER_INT:
                // Integer, Long or BigInteger, the smallest that holds it, as the tree reads it
                return JsonNumber.of(parser.getNumberValue());
            case VALUE_NUMBER_FLOAT: {
                JsonParser.NumberType type = parser.getNumberType();
                if (type == JsonParser.NumberType.BIG_DECIMAL) {
                    // as the tree's node factory keeps it (it may strip trailing zeros)
                    return fromJsonNode(nodes.numberNode(parser.getDecimalValue()));
                }
                return JsonNumber.of(type == JsonParser.NumberType.FLOAT ? (Number) parser.getFloatValue() : (Number) parser.getDoubleValue());
            }
            case VALUE_EMBEDDED_OBJECT: {
                // from a token buffer: as the tree holds such a value
                Object embedded = parser.getEmbeddedObject();
                return fromJsonNode(embedded == null ? nodes.nullNode() : embedded instanceof byte[] ? nodes.binaryNode((byte[]) embedded) : embedded instanceof RawValue ? nodes.rawValueNode((RawValue) embedded) : embedded instanceof JsonNode ? (JsonNode) embedded : nodes.pojoNode(embedded));
            }
            case VALUE_TRUE:
                return JsonBoolean.of(true);
            case VALUE_FALSE:
                return JsonBoolean.of(false);
            case VALUE_NULL:
                return JsonNull.of();
            default:
                throw new JsonParseException(parser, "Unexpected token " + token + " in a JSON value");
        }
    }

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
            ArrayList<JsonValue> values = new ArrayList<>(node.size());
            for (JsonNode item : node) {
                values.add(fromJsonNode(item));
            }
            return JsonArray.adopt(values);
        }
        JsonMembers.Builder members = new JsonMembers.Builder();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            members.put(entry.getKey(), fromJsonNode(entry.getValue()));
        }
        return JsonObject.adopt(members.build());
    }

    static final class Deserializer extends StdDeserializer<JsonValue> {
        private static final long serialVersionUID = 1L;

        Deserializer() {
            super(JsonValue.class);
        }

        @Override
        public JsonValue deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            return read(parser, context);
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
