package com.openai.errors;

import java.util.Optional;

/**
 * Data does not follow the schema: thrown by a typed getter whose value is missing or of an
 * unexpected type, and by {@code validate()}, which names the JSON pointer and the rule.
 */
public final class OpenAIInvalidDataException extends OpenAIException {
    private static final long serialVersionUID = 1L;
    private final String pointer;
    private final String keyword;

    public OpenAIInvalidDataException(String message) {
        this(message, null, null, null);
    }

    public OpenAIInvalidDataException(String message, Throwable cause) {
        this(message, cause, null, null);
    }

    private OpenAIInvalidDataException(String message, Throwable cause, String pointer, String keyword) {
        super(message, cause);
        this.pointer = pointer;
        this.keyword = keyword;
    }

    /** A schema violation at a JSON pointer ("" is the value itself), by rule ("required", "maximum", ...). */
    public static OpenAIInvalidDataException atPointer(String pointer, String keyword, String message) {
        String where = pointer.isEmpty() ? "(root)" : pointer;
        return new OpenAIInvalidDataException(where + ": " + message + " (" + keyword + ")", null, pointer, keyword);
    }

    /** The JSON pointer of the offending value, for schema violations. */
    public Optional<String> pointer() {
        return Optional.ofNullable(pointer);
    }

    /** The JSON Schema keyword that failed, for schema violations. */
    public Optional<String> keyword() {
        return Optional.ofNullable(keyword);
    }
}
