package com.openai.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Small helpers the models and their builders share. */
public final class Utils {
    private Utils() {}

    /** Returns {@code value}; throws IllegalStateException naming the field when it was never set. */
    public static <T> T checkRequired(String name, T value) {
        if (value == null) {
            throw new IllegalStateException("`" + name + "` is required, but was not set");
        }
        return value;
    }

    /** An unmodifiable copy that keeps the order of the keys. */
    public static <K, V> Map<K, V> toImmutable(Map<K, V> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    /**
     * The typed getter of a required constant property: {@code expected} when {@code json} equals it
     * (numbers by value: 1 equals 1.0), else throws as {@link JsonField#getRequired} does for a
     * missing, null or unexpected value (one set through the builder's raw setter, or read without
     * validate()).
     */
    public static <T> T requiredConstant(JsonValue json, String name, T expected) {
        return constantField(json, expected).getRequired(name);
    }

    /** The typed getter of an optional or nullable constant property: empty when missing or null, else as {@link #requiredConstant}. */
    public static <T> Optional<T> optionalConstant(JsonValue json, String name, T expected) {
        return constantField(json, expected).getOptional(name);
    }

    private static <T> JsonField<T> constantField(JsonValue json, T expected) {
        return json.equals(JsonValue.from(expected)) ? JsonField.of(expected) : JsonField.<T>ofJson(json);
    }

    /**
     * {@code Name{a=1, b=2}}, a model's toString: the form the generated classes write as one
     * concatenation, for those with too many properties for one expression (javac recurses into it).
     */
    public static String toString(String className, String[] names, Object[] values) {
        StringBuilder text = new StringBuilder(className).append('{');
        for (int i = 0; i < names.length; i++) {
            text.append(i == 0 ? "" : ", ").append(names[i]).append('=').append(values[i]);
        }
        return text.append('}').toString();
    }

    /** The value, or throws when it is null (a union asked for a variant it does not hold). */
    public static <T> T getOrThrow(T value, String name) {
        return Optional.ofNullable(value).orElseThrow(() -> new com.openai.errors.OpenAIInvalidDataException("`" + name + "` is not present"));
    }
}
