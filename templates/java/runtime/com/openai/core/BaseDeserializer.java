package com.openai.core;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;

/** Reads a model from its JSON tree; JSON null reaches {@link #fromJson} too, as {@link JsonNull}. */
public abstract class BaseDeserializer<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;

    protected BaseDeserializer(Class<T> type) {
        super(type);
    }

    protected abstract T fromJson(JsonValue json);

    @Override
    public final T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        return fromJson(JsonValue.fromJsonNode(context.readTree(parser)));
    }

    @Override
    public final T getNullValue(DeserializationContext context) {
        return fromJson(JsonNull.of());
    }
}
