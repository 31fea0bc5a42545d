package com.openai.core;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.openai.errors.OpenAIInvalidDataException;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;

/**
 * A field of a model: a known value of type {@code T}, or the raw JSON when the value is missing,
 * null, or of an unexpected type. Reading never fails on a wrong type: it surfaces at the typed
 * getter or at {@code validate()}.
 *
 * <p>Each property of a model has a typed getter ({@code x()}) and a raw one ({@code _x()}), which
 * returns this field: unlike the typed getter, it doesn't throw if the JSON field has an unexpected
 * type. Each Builder has a typed setter ({@code x(T)}), which you should usually call, and one
 * taking a {@code JsonField}, primarily for setting the field to an undocumented or not yet
 * supported value.
 */
@JsonDeserialize(using = JsonField.Deserializer.class)
@JsonSerialize(using = JsonField.Serializer.class)
public final class JsonField<T> {
    private final T value;
    private final JsonValue json;

    private JsonField(T value, JsonValue json) {
        this.value = value;
        this.json = json;
    }

    /** A known value. */
    public static <T> JsonField<T> of(T value) {
        return new JsonField<T>(Objects.requireNonNull(value, "value"), null);
    }

    /** A known value, or JSON null when {@code value} is null. */
    public static <T> JsonField<T> ofNullable(T value) {
        return value == null ? JsonField.<T>ofJson(JsonNull.of()) : of(value);
    }

    /** Every absent field: one instance, as the field is immutable and holds no type's value. */
    private static final JsonField<?> MISSING = new JsonField<Object>(null, JsonMissing.of());

    /** An absent field: not written out. */
    @SuppressWarnings("unchecked")
    public static <T> JsonField<T> missing() {
        return (JsonField<T>) MISSING;
    }

    /** A raw JSON value, kept as given. */
    public static <T> JsonField<T> ofJson(JsonValue json) {
        return new JsonField<T>(null, Objects.requireNonNull(json, "json"));
    }

    public boolean isMissing() {
        return json != null && json.isMissing();
    }

    public boolean isNull() {
        return json != null && json.isNull();
    }

    /** The value when it was read with the expected type. */
    public Optional<T> asKnown() {
        return Optional.ofNullable(value);
    }

    /** The raw JSON when the value is not known (missing, null or of an unexpected type). */
    public Optional<JsonValue> asUnknown() {
        return Optional.ofNullable(json);
    }

    /** This field as JSON. */
    public JsonValue toJsonValue() {
        return value != null ? JsonValue.from(value) : json;
    }

    /** The value of a required field; throws when it is missing, null or of an unexpected type. */
    public T getRequired(String name) {
        if (value != null) {
            return value;
        }
        if (json.isMissing()) {
            throw new OpenAIInvalidDataException("`" + name + "` is not set");
        }
        if (json.isNull()) {
            throw new OpenAIInvalidDataException("`" + name + "` is null");
        }
        throw new OpenAIInvalidDataException("`" + name + "` is invalid, received " + json);
    }

    /** The value of an optional field; empty when missing or null, throws when of an unexpected type. */
    public Optional<T> getOptional(String name) {
        if (value != null) {
            return Optional.of(value);
        }
        if (json.isMissing() || json.isNull()) {
            return Optional.empty();
        }
        throw new OpenAIInvalidDataException("`" + name + "` is invalid, received " + json);
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof JsonField)) {
            return false;
        }
        JsonField<?> that = (JsonField<?>) other;
        return Objects.equals(value, that.value) && Objects.equals(json, that.json);
    }

    @Override
    public int hashCode() {
        return value != null ? value.hashCode() : json.hashCode();
    }

    @Override
    public String toString() {
        return value != null ? value.toString() : json.toString();
    }

    /** The JSON as a field of the given type: known when it has the type's JSON shape, raw otherwise. */
    static <T> JsonField<T> fromJson(JsonValue json, JavaType type) {
        return type == null ? JsonField.<T>ofJson(json) : JsonField.<T>fromJson(json, Conversions.converter(type));
    }

    @SuppressWarnings("unchecked")
    static <T> JsonField<T> fromJson(JsonValue json, Conversions.Converter type) {
        if (json.isMissing() || json.isNull()) {
            return ofJson(json);
        }
        Object converted = type.convert(json);
        return converted == Conversions.NOT_CONVERTIBLE ? JsonField.<T>ofJson(json) : of((T) converted);
    }

    /** The {@code @ExcludeMissing} filter: "equal" to missing values, which are then left out. */
    public static final class IsMissing {
        @Override
        public boolean equals(Object other) {
            return (other instanceof JsonField && ((JsonField<?>) other).isMissing()) || (other instanceof JsonValue && ((JsonValue) other).isMissing());
        }

        @Override
        public int hashCode() {
            return 0;
        }
    }

    static final class Deserializer extends StdDeserializer<JsonField<?>> implements ContextualDeserializer {
        private static final long serialVersionUID = 1L;
        private final transient JavaType valueType;

        Deserializer() {
            this(null);
        }

        private Deserializer(JavaType valueType) {
            super(JsonField.class);
            this.valueType = valueType;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
            JavaType type = property != null ? property.getType() : context.getContextualType();
            return new Deserializer(type == null ? null : type.containedTypeOrUnknown(0));
        }

        @Override
        public JsonField<?> deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            return fromJson(JsonValue.read(parser, context), valueType);
        }

        @Override
        public JsonField<?> getNullValue(DeserializationContext context) {
            return ofJson(JsonNull.of());
        }

        @Override
        public Object getAbsentValue(DeserializationContext context) {
            return missing();
        }
    }

    static final class Serializer extends StdSerializer<JsonField<?>> {
        private static final long serialVersionUID = 1L;

        Serializer() {
            super(JsonField.class, false);
        }

        @Override
        public void serialize(JsonField<?> field, JsonGenerator generator, SerializerProvider provider) throws IOException {
            if (field.value != null) {
                provider.defaultSerializeValue(field.value, generator);
            } else {
                field.json.write(generator);
            }
        }

        @Override
        public boolean isEmpty(SerializerProvider provider, JsonField<?> field) {
            return field.isMissing();
        }
    }
}
