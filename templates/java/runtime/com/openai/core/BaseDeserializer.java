package com.openai.core;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.type.TypeFactory;
import com.openai.validation.SchemaValidator;
import java.io.IOException;
import java.lang.reflect.Field;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a model from its JSON tree; JSON null reaches {@link #fromJson} too, as {@link JsonNull}.
 * Jackson reads the tree once, at the outermost model; nested models are read from their part of
 * it (Conversions calls their deserializers' fromJson directly).
 */
public abstract class BaseDeserializer<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;

    /**
     * An object model's properties: their JSON names (looked up as an object's members are), and
     * the conversion to the type each one's JsonField holds (null for raw JSON).
     */
    private final transient JsonMembers propertyNames;
    private final transient Conversions.Converter[] propertyConverters;

    protected BaseDeserializer(Class<T> type) {
        super(type);
        this.propertyNames = null;
        this.propertyConverters = null;
    }

    /**
     * An object model's: {@code jsonNames[i]} is held by the field {@code fields[i]} of
     * {@code type} (a {@link JsonField} or a {@link JsonValue}), whose type says how to read it;
     * {@code fields} may name more fields after those (the model's other members).
     */
    protected BaseDeserializer(Class<T> type, String[] jsonNames, String[] fields) {
        super(type);
        TypeFactory types = ObjectMappers.JSON_MAPPER.getTypeFactory();
        this.propertyNames = JsonMembers.namesOf(jsonNames);
        this.propertyConverters = new Conversions.Converter[jsonNames.length];
        for (int i = 0; i < jsonNames.length; i++) {
            Field field;
            try {
                field = type.getDeclaredField(fields[i]);
            } catch (NoSuchFieldException e) {
                throw new IllegalStateException(type.getName() + " has no field " + fields[i], e);
            }
            JavaType fieldType = types.constructType(field.getGenericType());
            propertyConverters[i] = fieldType.getRawClass() == JsonField.class ? Conversions.converter(fieldType.containedTypeOrUnknown(0)) : null;
        }
    }

    /** The value of this JSON; null when JSON of its shape cannot be read as {@code T} (an object model from a non-object). */
    protected abstract T fromJson(JsonValue json);

    /** The token a value this deserializer's fast reader ({@link #readFast}) reads starts with (an object's or an array's), or null: it has none. */
    protected JsonToken readsFast() {
        return null;
    }

    /**
     * The model read straight from the parser, valid (FastReads): the parser at the value's start
     * (members null), or, for a union's variant, after the members the union read looking for its
     * tag (members: those, the tag last). Throws FastReads.Abort where it does not decide the value.
     */
    protected T readFast(JsonParser parser, FastReads.Members members) throws IOException {
        throw FastReads.abort();
    }

    @Override
    public final T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        JsonToken first = parser.currentToken();
        if (first != null && first == readsFast() && (context.getDeserializationFeatures() & JsonValue.TREE_FEATURES) == 0) {
            FastReads.Start start = FastReads.Start.of(parser);
            if (start != null) {
                try {
                    return readFast(parser, null);
                } catch (FastReads.Abort e) {
                    // Not decided there: the value again, from its first token, as a tree.
                    JsonParser again = start.reopen(parser);
                    T value;
                    try {
                        value = fromJson(JsonValue.read(again, context));
                    } finally {
                        again.close();
                    }
                    start.skip(parser);
                    return value;
                }
            }
        }
        T value = fromJson(JsonValue.read(parser, context));
        if (value == null) {
            return context.reportInputMismatch(this, "Cannot read %s from JSON that is not an object", handledType().getName());
        }
        return value;
    }

    @Override
    public final T getNullValue(DeserializationContext context) {
        return fromJson(JsonNull.of());
    }

    /**
     * An object model's properties read from JSON, as its constructor takes them: one value per
     * field (a {@link JsonField}, missing when the JSON lacks the property, or the raw
     * {@link JsonValue}), then the other members (a mutable map, in the order read), then the
     * JSON itself when the model will write back what was read (else null: see
     * Validation.check).
     * Null when the JSON is not an object.
     */
    protected final Object[] readProperties(JsonValue json) {
        if (!(json instanceof JsonObject)) {
            return null;
        }
        long mark = Conversions.lossMark();
        int count = propertyConverters.length;
        Object[] values = new Object[count + 2];
        Map<String, JsonValue> additionalProperties = null;
        JsonMembers members = ((JsonObject) json).members();
        for (int m = 0, size = members.size(); m < size; m++) {
            String name = members.name(m);
            JsonValue value = members.value(m);
            int index = propertyNames.indexOf(name);
            if (index < 0) {
                if (additionalProperties == null) {
                    additionalProperties = new LinkedHashMap<>();
                }
                additionalProperties.put(name, value);
                continue;
            }
            Conversions.Converter type = propertyConverters[index];
            values[index] = type == null ? value : JsonField.fromJson(value, type);
        }
        for (int i = 0; i < count; i++) {
            if (values[i] == null) {
                values[i] = propertyConverters[i] == null ? JsonMissing.of() : JsonField.missing();
            }
        }
        values[count] = additionalProperties == null ? Collections.<String, JsonValue>emptyMap() : additionalProperties;
        values[count + 1] = Conversions.exactSince(mark) ? json : null;
        return values;
    }

    /** Member {@code i} of an object model as {@link #readProperties} holds it, read from this JSON. */
    protected final Object field(int i, JsonValue json) {
        Conversions.Converter type = propertyConverters[i];
        return type == null ? json : JsonField.fromJson(json, type);
    }

    /**
     * An object model's properties read by its fast reader ({@code values}: each read member's
     * field, null for the others), completed as {@link #readProperties} gives them: missing members,
     * the other members, and no JSON to validate (the fast reader validated them).
     */
    protected final Object[] finish(Object[] values, Map<String, JsonValue> other) {
        int count = propertyConverters.length;
        for (int i = 0; i < count; i++) {
            if (values[i] == null) {
                values[i] = propertyConverters[i] == null ? JsonMissing.of() : JsonField.missing();
            }
        }
        values[count] = other == null ? Collections.<String, JsonValue>emptyMap() : other;
        return values;
    }

    /**
     * The JSON as the variants' validators read it, built once for all of them (an opaque
     * value for {@link #accepts}: the models' code names no Jackson tree type).
     */
    protected static Object validationTree(JsonValue json) {
        return Validation.tree(json);
    }

    /** Whether the JSON of {@code tree} (from {@link #validationTree}) follows the schema. */
    protected static boolean accepts(SchemaValidator validator, Object tree) {
        return validator.isValid((JsonNode) tree);
    }

    /** A mark to pass to {@link #exactSince}, taken before reading a value. */
    protected static long lossMark() {
        return Conversions.lossMark();
    }

    /** The JSON read, when what was read since {@code mark} writes back as that JSON; else null. */
    protected static JsonValue exactSince(long mark, JsonValue json) {
        return Conversions.exactSince(mark) ? json : null;
    }
}
