package com.openai.core;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.StringReader;

/** The Jackson configuration the models are written for. */
public final class ObjectMappers {
    static final JsonMapper JSON_MAPPER = jsonMapper();

    private ObjectMappers() {}

    /**
     * A new mapper that reads and writes the models: lenient (a value of an unexpected type is
     * kept as raw JSON), keeps unknown properties, and only uses what the models annotate.
     */
    public static JsonMapper jsonMapper() {
        return JsonMapper.builder(new Factory())
            // The input a fast reader aborts on is read again from its location (FastReads).
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
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

    /**
     * Jackson's factory, but a String of more than 32K characters, which it reads through a
     * StringReader, is named as the input in the parser's locations (not the reader): input a fast
     * reader's deserializer can read again where the fast reader aborts (FastReads), as it can a
     * shorter String. (Copying it to a char[] instead costs a tenth of reading a large batch.)
     */
    static final class Factory extends JsonFactory {
        private static final long serialVersionUID = 1L;

        Factory() {
            super();
        }

        private Factory(Factory from) {
            super(from, null);
        }

        @Override
        public JsonFactory copy() {
            return new Factory(this);
        }

        @Override
        public JsonParser createParser(String content) throws IOException {
            if (content.length() > 0x8000 && _inputDecorator == null) {
                // Jackson's own reader, but its locations name the String (a StringReader cannot be read again).
                return _createParser(new StringReader(content), _createContext(_createContentReference(content), true));
            }
            return super.createParser(content);
        }
    }
}
