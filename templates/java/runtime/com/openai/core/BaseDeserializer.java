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
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
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
            values[index] = held(index, value);
        }
        complete(values, additionalProperties);
        values[count + 1] = Conversions.exactSince(mark) ? json : null;
        return values;
    }

    /**
     * An object model's properties read straight from the parser by its fast reader, as
     * {@link #readProperties} gives them (without the JSON, which the reader validated): the
     * parser at the object's start, or after {@code members} (a union's, read looking for its
     * tag). Each member is read as {@code shape} says (FastReads.Shape: from its token where that
     * is what it takes, else as its JSON tested with {@link #memberAccepts}); aborts where the
     * object is not decided (FastReads).
     */
    protected final Object[] readObject(JsonParser parser, FastReads.Members members, FastReads.Shape shape) throws IOException {
        Object[] values = new Object[propertyConverters.length + 2];
        Map<String, JsonValue> other = null;
        if (members != null) {
            for (int k = 0; k < members.size(); k++) {
                String name = members.name(k);
                other = readMember(values, name, propertyNames.indexOf(name), members.value(k), other, shape);
            }
        }
        for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
            JsonToken token = parser.nextToken();
            int i = propertyNames.indexOf(name);
            if (i < 0 || !readDirect(parser, token, i, values, shape)) {
                other = readMember(values, name, i, FastReads.value(parser, token), other, shape);
            }
        }
        for (int i : shape.required) {
            if (values[i] == null) {
                throw FastReads.abort();
            }
        }
        complete(values, other);
        return values;
    }

    /** Member {@code i} as its field holds the JSON read for it: the raw JSON, or a JsonField of its conversion. */
    private Object held(int i, JsonValue json) {
        Conversions.Converter type = propertyConverters[i];
        return type == null ? json : JsonField.fromJson(json, type);
    }

    /** The properties read, completed: each member not read missing, then the other members (null: none). */
    private void complete(Object[] values, Map<String, JsonValue> other) {
        int count = propertyConverters.length;
        for (int i = 0; i < count; i++) {
            if (values[i] == null) {
                values[i] = propertyConverters[i] == null ? JsonMissing.of() : JsonField.missing();
            }
        }
        values[count] = other == null ? Collections.<String, JsonValue>emptyMap() : other;
    }

    /**
     * An array's items (the parser at its start), each an object {@code reader}'s fast reader reads,
     * as the tree binds such a list (unmodifiable); aborts unless there are {@code min} to
     * {@code max} of them.
     */
    protected static <E> List<E> readItems(JsonParser parser, BaseDeserializer<E> reader, long min, long max) throws IOException {
        List<E> items = new ArrayList<>();
        for (JsonToken item = parser.nextToken(); item != JsonToken.END_ARRAY; item = parser.nextToken()) {
            FastReads.startsObject(item);
            items.add(reader.readFast(parser, null));
        }
        if (items.size() < min || items.size() > max) {
            throw FastReads.abort();
        }
        return Collections.unmodifiableList(items);
    }

    /** Whether member {@code i} (its JSON) passes the compiled check of its schema: an object model's fast reader's test of a member the shape reads as its JSON or through a nested reader. */
    protected boolean memberAccepts(int i, JsonValue json) {
        return true;
    }

    /** The fast reader of member {@code i}'s declaration (an object, or each item of an array), where the shape reads it so. */
    protected BaseDeserializer<?> memberReader(int i) {
        throw new IllegalStateException("no reader for member " + i);
    }

    /** Member {@code i} read from its token as the shape says, true; false where the token is not what that takes. */
    private boolean readDirect(JsonParser parser, JsonToken token, int i, Object[] values, FastReads.Shape shape) throws IOException {
        switch (shape.kinds.charAt(i)) {
            case FastReads.Shape.STRING:
                if (token != JsonToken.VALUE_STRING) {
                    return false;
                }
                FastReads.once(values, i);
                values[i] = JsonField.of(parser.getText());
                return true;
            case FastReads.Shape.INTEGER:
                if (token != JsonToken.VALUE_NUMBER_INT || parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                    return false;
                }
                long n = parser.getLongValue();
                if (n < shape.min[i] || n > shape.max[i]) {
                    return false;
                }
                FastReads.once(values, i);
                values[i] = JsonField.of(n);
                return true;
            case FastReads.Shape.OBJECT:
                if (token != JsonToken.START_OBJECT) {
                    return false;
                }
                FastReads.once(values, i);
                values[i] = JsonField.of(memberReader(i).readFast(parser, null));
                return true;
            case FastReads.Shape.ARRAY:
                if (token != JsonToken.START_ARRAY) {
                    return false;
                }
                FastReads.once(values, i);
                values[i] = JsonField.of(readItems(parser, memberReader(i), shape.min[i], shape.max[i]));
                return true;
            case FastReads.Shape.STRINGS: {
                if (token != JsonToken.VALUE_STRING) {
                    return false;
                }
                int k = shape.stringAt(i, parser);
                if (k < 0) {
                    return false;
                }
                FastReads.once(values, i);
                values[i] = heldOnce(i, k, shape);
                return true;
            }
            case FastReads.Shape.BOOLEAN:
                if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
                    return false;
                }
                FastReads.once(values, i);
                values[i] = heldOnce(i, token == JsonToken.VALUE_TRUE ? 1 : 0, shape);
                return true;
            default:
                return false;
        }
    }

    /** Member {@code i}'s binding of its k-th value (a string, a boolean), as {@link #held} binds it, made once (FastReads.Shape.bound). */
    private Object heldOnce(int i, int k, FastReads.Shape shape) {
        Object[] bound = shape.bound[i];
        Object held = bound[k];
        if (held == null) {
            held = held(i, shape.json(i, k));
            bound[k] = held;
        }
        return held;
    }

    /**
     * Whether member {@code i}'s JSON passes its schema: a string's and an integer's as the
     * compiled checks test them (their schema is the type, and the bounds, alone), any other's
     * through {@link #memberAccepts}.
     */
    private boolean accepts(int i, JsonValue json, FastReads.Shape shape) {
        switch (shape.kinds.charAt(i)) {
            case FastReads.Shape.STRING:
                return JsonChecks.isString(json);
            case FastReads.Shape.INTEGER:
                return JsonChecks.isInteger(json)
                    && (shape.min[i] == Long.MIN_VALUE || JsonChecks.minimum(json, shape.min[i]))
                    && (shape.max[i] == Long.MAX_VALUE || JsonChecks.maximum(json, shape.max[i]));
            default:
                return memberAccepts(i, json);
        }
    }

    /** A member read as its JSON: tested with its schema's compiled check, then held as the tree path holds it (an unknown one with the others). */
    private Map<String, JsonValue> readMember(Object[] values, String name, int i, JsonValue json, Map<String, JsonValue> other, FastReads.Shape shape) {
        if (i < 0) {
            if (shape.closed) {
                throw FastReads.abort();
            }
            return FastReads.other(other, name, json);
        }
        FastReads.once(values, i);
        if (shape.bound[i] != null) {
            // One of a few strings or a boolean (read before a union's tag told the variant): its shared binding.
            int k = shape.indexOf(i, json);
            if (k < 0) {
                throw FastReads.abort();
            }
            values[i] = heldOnce(i, k, shape);
            return other;
        }
        if (!accepts(i, json, shape)) {
            throw FastReads.abort();
        }
        values[i] = held(i, json);
        return other;
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
