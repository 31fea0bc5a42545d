package com.openai.core;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.lang.reflect.Constructor;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * JSON -> Java values, strictly by JSON shape: a string is never read as a number nor a number as
 * a string, and 1.5 is not a long. What does not fit stays raw JSON in its {@link JsonField}.
 */
final class Conversions {
    static final Object NOT_CONVERTIBLE = new Object();

    /**
     * How many conversions so far changed a value (a Double from a number no double holds
     * exactly), so that a model written back would not equal the JSON it was read from. A model
     * read while this did not move keeps that JSON and validates it (see Validation.check); one
     * thread's count only grows, so another's increments can only make a model give up that
     * shortcut, never take it wrongly.
     */
    private static final AtomicLong LOSSES = new AtomicLong();

    /**
     * The deserializer of each generated class (union, enum, alias, object model), called on the
     * JSON tree directly: no token buffer and no second tree per nested value. Null for other
     * classes (models with more properties than a constructor takes, which Jackson binds).
     */
    private static final ConcurrentHashMap<Class<?>, Object> DESERIALIZERS = new ConcurrentHashMap<>();

    /** Marks a class without one in {@link #DESERIALIZERS} (a ConcurrentHashMap holds no null). */
    private static final Object NONE = new Object();

    private Conversions() {}

    /** A mark to compare with {@link #exactSince}. */
    static long lossMark() {
        return LOSSES.get();
    }

    /** Whether no conversion changed a value since {@code mark} (on this thread: see {@link #LOSSES}). */
    static boolean exactSince(long mark) {
        return LOSSES.get() == mark;
    }

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
            return json instanceof JsonString ? ((JsonString) json).value() : NOT_CONVERTIBLE;
        }
        if (raw == Boolean.class) {
            return json instanceof JsonBoolean ? (Object) ((JsonBoolean) json).value() : NOT_CONVERTIBLE;
        }
        if (raw == Double.class) {
            return toDouble(json);
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
        Object deserializer = DESERIALIZERS.get(raw);
        if (deserializer == null) {
            deserializer = deserializerOf(raw);
            DESERIALIZERS.putIfAbsent(raw, deserializer);
        }
        if (deserializer != NONE) {
            Object converted = ((BaseDeserializer<?>) deserializer).fromJson(json);
            return converted == null ? NOT_CONVERTIBLE : converted;
        }
        // Jackson binds the rest, through a token buffer; what it reads is not tracked, so the
        // model holding it validates what it writes, not the JSON read.
        LOSSES.incrementAndGet();
        try {
            return ObjectMappers.JSON_MAPPER.convertValue(json, type);
        } catch (IllegalArgumentException e) {
            return NOT_CONVERTIBLE;
        }
    }

    private static Object deserializerOf(Class<?> type) {
        JsonDeserialize annotation = type.getAnnotation(JsonDeserialize.class);
        if (annotation == null || !BaseDeserializer.class.isAssignableFrom(annotation.using())) {
            return NONE;
        }
        try {
            Constructor<?> constructor = annotation.using().getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (ReflectiveOperationException | RuntimeException e) {
            return NONE;
        }
    }

    private static Object toDouble(JsonValue json) {
        if (!(json instanceof JsonNumber)) {
            return NOT_CONVERTIBLE;
        }
        Number number = ((JsonNumber) json).value();
        double value = number.doubleValue();
        if (!(number instanceof Double || number instanceof Float) && !writesAsRead(number, value)) {
            LOSSES.incrementAndGet();
        }
        return value;
    }

    /**
     * Whether the double, written back (Double.toString), has the number's value: always for
     * integers up to 2^53; for others when the shortest decimal of the double is the number.
     */
    private static boolean writesAsRead(Number number, double value) {
        BigDecimal exact;
        if (number instanceof Long || number instanceof Integer || number instanceof Short || number instanceof Byte) {
            long whole = number.longValue();
            if (-(1L << 53) <= whole && whole <= (1L << 53)) {
                return true;
            }
            exact = BigDecimal.valueOf(whole);
        } else if (number instanceof BigDecimal) {
            exact = (BigDecimal) number;
        } else if (number instanceof BigInteger) {
            exact = new BigDecimal((BigInteger) number);
        } else {
            return false;
        }
        return !Double.isNaN(value) && !Double.isInfinite(value) && BigDecimal.valueOf(value).compareTo(exact) == 0;
    }

    private static Object toLong(JsonValue json) {
        if (!(json instanceof JsonNumber)) {
            return NOT_CONVERTIBLE;
        }
        Number number = ((JsonNumber) json).value();
        if (number instanceof Long || number instanceof Integer || number instanceof Short || number instanceof Byte) {
            return number.longValue(); // what the parser reads for every integer a long holds: no decimal made
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
