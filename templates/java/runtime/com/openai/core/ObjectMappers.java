package com.openai.core;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The Jackson configuration the models are written for. */
public final class ObjectMappers {
    static final JsonMapper JSON_MAPPER = jsonMapper();

    private ObjectMappers() {}

    /**
     * A new mapper that reads and writes the models: lenient (a value of an unexpected type is
     * kept as raw JSON), keeps unknown properties, and only uses what the models annotate.
     */
    public static JsonMapper jsonMapper() {
        return JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_FINAL_FIELDS_AS_MUTATORS)
            .disable(MapperFeature.AUTO_DETECT_CREATORS)
            .disable(MapperFeature.AUTO_DETECT_FIELDS)
            .disable(MapperFeature.AUTO_DETECT_GETTERS)
            .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
            .disable(MapperFeature.AUTO_DETECT_SETTERS)
            .build();
    }
}
