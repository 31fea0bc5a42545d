package com.openai.validation;

/** A schema the validator cannot compile: an unresolvable reference, a pattern it cannot read, a `$ref` loop. */
public final class SchemaException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SchemaException(String message) {
        super(message);
    }
}
