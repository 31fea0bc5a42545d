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
import java.util.function.Function;

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
        return type == null ? NOT_CONVERTIBLE : converter(type).convert(json);
    }

    /**
     * A conversion to one Java type, its tests of the type decided once (not per value): a model's
     * properties and a union's variants each hold theirs. Absent JSON does not convert and JSON
     * null is Java null, but for a raw JsonValue, which holds null itself.
     */
    static class Converter {
        /** The value of JSON that is neither absent nor null, or {@link #NOT_CONVERTIBLE}. */
        private final Function<JsonValue, Object> present;

        Converter(Function<JsonValue, Object> present) {
            this.present = present;
        }

        Object convert(JsonValue json) {
            if (json.isMissing()) {
                return NOT_CONVERTIBLE;
            }
            return json.isNull() ? null : present.apply(json);
        }
    }

    /** Each type's converter, made once. */
    private static final ConcurrentHashMap<JavaType, Converter> CONVERTERS = new ConcurrentHashMap<>();

    static Converter converter(JavaType type) {
        Converter known = CONVERTERS.get(type);
        if (known == null) {
            known = converterOf(type);
            CONVERTERS.putIfAbsent(type, known);
        }
        return known;
    }

    /** The raw JSON itself, JSON null included. */
    private static final Converter RAW = new Converter(json -> json) {
        @Override
        Object convert(JsonValue json) {
            return json.isMissing() ? NOT_CONVERTIBLE : json;
        }
    };

    /** What converts nothing: the items of a List type that names none. */
    private static final Converter NOTHING = new Converter(json -> NOT_CONVERTIBLE) {
        @Override
        Object convert(JsonValue json) {
            return NOT_CONVERTIBLE;
        }
    };

    private static Converter converterOf(JavaType type) {
        Class<?> raw = type.getRawClass();
        if (JsonValue.class.isAssignableFrom(raw) || raw == Object.class) {
            return RAW;
        }
        if (raw == String.class) {
            return new Converter(json -> json instanceof JsonString ? ((JsonString) json).value() : NOT_CONVERTIBLE);
        }
        if (raw == Boolean.class) {
            return new Converter(json -> json instanceof JsonBoolean ? (Object) ((JsonBoolean) json).value() : NOT_CONVERTIBLE);
        }
        if (raw == Double.class) {
            return new Converter(Conversions::toDouble);
        }
        if (raw == Long.class) {
            return new Converter(Conversions::toLong);
        }
        if (List.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw)) {
            JavaType content = type.getContentType();
            Converter items = content == null ? NOTHING : converter(content);
            return List.class.isAssignableFrom(raw) ? new Converter(json -> toList(json, items)) : new Converter(json -> toMap(json, items));
        }
        return new Converter(new ClassBinding(type)::bind);
    }

    /**
     * A generated class through its own deserializer (looked up on first use: a class's
     * properties may name the class itself), else Jackson.
     */
    private static final class ClassBinding {
        private final JavaType type;
        /** Null until first use; volatile, so that a thread sees the deserializer another published. */
        private volatile Object deserializer;

        ClassBinding(JavaType type) {
            this.type = type;
        }

        Object bind(JsonValue json) {
            Object known = deserializer;
            if (known == null) {
                Class<?> raw = type.getRawClass();
                known = DESERIALIZERS.get(raw);
                if (known == null) {
                    known = deserializerOf(raw);
                    Object first = DESERIALIZERS.putIfAbsent(raw, known);
                    known = first == null ? known : first;
                }
                deserializer = known;
            }
            if (known != NONE) {
                Object converted = ((BaseDeserializer<?>) known).fromJson(json);
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

    private static Object toList(JsonValue json, Converter itemType) {
        if (!(json instanceof JsonArray)) {
            return NOT_CONVERTIBLE;
        }
        List<JsonValue> values = ((JsonArray) json).values();
        List<Object> items = new ArrayList<>(values.size());
        // By position: the read-only view's iterator is an object and two calls per item.
        for (int i = 0, size = values.size(); i < size; i++) {
            Object converted = itemType.convert(values.get(i));
            if (converted == NOT_CONVERTIBLE) {
                return NOT_CONVERTIBLE;
            }
            items.add(converted);
        }
        return Collections.unmodifiableList(items);
    }

    private static Object toMap(JsonValue json, Converter valueType) {
        if (!(json instanceof JsonObject)) {
            return NOT_CONVERTIBLE;
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (Map.Entry<String, JsonValue> entry : ((JsonObject) json).values().entrySet()) {
            Object converted = valueType.convert(entry.getValue());
            if (converted == NOT_CONVERTIBLE) {
                return NOT_CONVERTIBLE;
            }
            values.put(entry.getKey(), converted);
        }
        return Collections.unmodifiableMap(values);
    }
}
