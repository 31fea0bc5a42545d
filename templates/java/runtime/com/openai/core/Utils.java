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

    /** The value, or throws when it is null (a union asked for a variant it does not hold). */
    public static <T> T getOrThrow(T value, String name) {
        return Optional.ofNullable(value).orElseThrow(() -> new com.openai.errors.OpenAIInvalidDataException("`" + name + "` is not present"));
    }
}
