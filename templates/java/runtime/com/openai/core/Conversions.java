package com.openai.core;

import com.fasterxml.jackson.databind.JavaType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON -> Java values, strictly by JSON shape: a string is never read as a number nor a number as
 * a string, and 1.5 is not a long. What does not fit stays raw JSON in its {@link JsonField}.
 */
final class Conversions {
    static final Object NOT_CONVERTIBLE = new Object();

    private Conversions() {}

    @SuppressWarnings("unchecked")
    static <R> R convertOrNull(JsonValue json, JavaType type) {
        Object converted = convert(json, type);
        return converted == NOT_CONVERTIBLE ? null : (R) converted;
    }

    /** The value as {@code type}; JSON null is Java null; {@link #NOT_CONVERTIBLE} when it does not fit. */
    static Object convert(JsonValue json, JavaType type) {
        if (type == null || json.isMissing()) {
            return NOT_CONVERTIBLE;
        }
        Class<?> raw = type.getRawClass();
        if (JsonValue.class.isAssignableFrom(raw) || raw == Object.class) {
            return json;
        }
        if (json.isNull()) {
            return null;
        }
        if (raw == String.class) {
            return json.asString().isPresent() ? json.asString().get() : NOT_CONVERTIBLE;
        }
        if (raw == Boolean.class) {
            return json.asBoolean().isPresent() ? json.asBoolean().get() : NOT_CONVERTIBLE;
        }
        if (raw == Double.class) {
            return json.asNumber().isPresent() ? (Object) json.asNumber().get().doubleValue() : NOT_CONVERTIBLE;
        }
        if (raw == Long.class) {
            return toLong(json);
        }
        if (List.class.isAssignableFrom(raw)) {
            return toList(json, type.getContentType());
        }
        if (Map.class.isAssignableFrom(raw)) {
            return toMap(json, type.getContentType());
        }
        try {
            return ObjectMappers.JSON_MAPPER.convertValue(json, type);
        } catch (IllegalArgumentException e) {
            return NOT_CONVERTIBLE;
        }
    }

    private static Object toLong(JsonValue json) {
        if (!(json instanceof JsonNumber)) {
            return NOT_CONVERTIBLE;
        }
        try {
            return ((JsonNumber) json).exact().longValueExact();
        } catch (ArithmeticException e) {
            return NOT_CONVERTIBLE;
        }
    }

    private static Object toList(JsonValue json, JavaType itemType) {
        if (!json.asArray().isPresent()) {
            return NOT_CONVERTIBLE;
        }
        List<Object> items = new ArrayList<>();
        for (JsonValue item : json.asArray().get()) {
            Object converted = convert(item, itemType);
            if (converted == NOT_CONVERTIBLE) {
                return NOT_CONVERTIBLE;
            }
            items.add(converted);
        }
        return Collections.unmodifiableList(items);
    }

    private static Object toMap(JsonValue json, JavaType valueType) {
        if (!json.asObject().isPresent()) {
            return NOT_CONVERTIBLE;
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (Map.Entry<String, JsonValue> entry : json.asObject().get().entrySet()) {
            Object converted = convert(entry.getValue(), valueType);
            if (converted == NOT_CONVERTIBLE) {
                return NOT_CONVERTIBLE;
            }
            values.put(entry.getKey(), converted);
        }
        return Collections.unmodifiableMap(values);
    }
}
