package com.openai.validation;

/**
 * One failing assertion: where in the instance (a JSON pointer, "" for the root), which keyword
 * along the evaluation path from the schema validated against (through `$ref`, e.g.
 * "/properties/a/$ref/minimum"), and the message (the same text in every language's runtime).
 */
public final class ValidationError {
    private final String instanceLocation;
    private final String keywordLocation;
    private final String message;

    public ValidationError(String instanceLocation, String keywordLocation, String message) {
        this.instanceLocation = instanceLocation;
        this.keywordLocation = keywordLocation;
        this.message = message;
    }

    public String instanceLocation() {
        return instanceLocation;
    }

    public String keywordLocation() {
        return keywordLocation;
    }

    public String message() {
        return message;
    }

    @Override
    public String toString() {
        return instanceLocation + " " + keywordLocation + ": " + message;
    }
}
