package com.openai.core;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/** Writes a model as the value {@link #toJson} gives (a variant, a field or raw JSON). */
public abstract class BaseSerializer<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;

    protected BaseSerializer(Class<T> type) {
        super(type);
    }

    protected abstract Object toJson(T value);

    @Override
    public final void serialize(T value, JsonGenerator generator, SerializerProvider provider) throws IOException {
        provider.defaultSerializeValue(toJson(value), generator);
    }
}
