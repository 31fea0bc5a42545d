package com.openai.core;

import java.util.function.Function;

/**
 * An object model's deserializer: reads the properties ({@link #readProperties}) and passes them
 * to the model's constructor, which takes them in that order.
 */
public abstract class ObjectDeserializer<T> extends BaseDeserializer<T> {
    private static final long serialVersionUID = 1L;

    private final transient Function<Object[], T> create;

    protected ObjectDeserializer(Class<T> type, String[] jsonNames, String[] fields, Function<Object[], T> create) {
        super(type, jsonNames, fields);
        this.create = create;
    }

    @Override
    protected final T fromJson(JsonValue json) {
        Object[] values = readProperties(json);
        return values == null ? null : create.apply(values);
    }
}
