package com.openai.errors;

import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Data does not follow the schema: thrown by a typed getter whose value is missing or of an
 * unexpected type, and by {@code validate()}, which lists every violation the schema's validator
 * found (instance pointer, keyword location, keyword, message); the first is the message.
 */
public final class OpenAIInvalidDataException extends OpenAIException {
    private static final long serialVersionUID = 1L;
    private final List<Violation> violations;

    public OpenAIInvalidDataException(String message) {
        this(message, null, Collections.<Violation>emptyList());
    }

    public OpenAIInvalidDataException(String message, Throwable cause) {
        this(message, cause, Collections.<Violation>emptyList());
    }

    private OpenAIInvalidDataException(String message, Throwable cause, List<Violation> violations) {
        super(message, cause);
        this.violations = violations;
    }

    /** Schema violations (at least one), in the validator's order: the message names the first. */
    public static OpenAIInvalidDataException of(List<Violation> violations) {
        Violation first = violations.get(0);
        String where = first.pointer().isEmpty() ? "(root)" : first.pointer();
        String more = violations.size() > 1 ? " and " + (violations.size() - 1) + " more" : "";
        return new OpenAIInvalidDataException(
            where + ": " + first.message() + " (" + first.keywordLocation() + ")" + more, null, Collections.unmodifiableList(violations));
    }

    /** Every schema violation; empty for other invalid data (a missing or mistyped value). */
    public List<Violation> violations() {
        return violations;
    }

    /** The JSON pointer of the first offending value, for schema violations ("" is the value itself). */
    public Optional<String> pointer() {
        return violations.isEmpty() ? Optional.<String>empty() : Optional.of(violations.get(0).pointer());
    }

    /** The JSON Schema keyword that failed first ("required", "maximum", ...), for schema violations. */
    public Optional<String> keyword() {
        return violations.isEmpty() ? Optional.<String>empty() : Optional.of(violations.get(0).keyword());
    }

    /** Where the first failing keyword is, from the validated schema through its `$ref`s ("/properties/a/$ref/minimum"). */
    public Optional<String> keywordLocation() {
        return violations.isEmpty() ? Optional.<String>empty() : Optional.of(violations.get(0).keywordLocation());
    }

    /** One failing assertion. */
    public static final class Violation {
        private final String pointer;
        private final String keywordLocation;
        private final String message;

        public Violation(String pointer, String keywordLocation, String message) {
            this.pointer = pointer;
            this.keywordLocation = keywordLocation;
            this.message = message;
        }

        /** The instance location: a JSON pointer into the value validated ("" for the value itself). */
        public String pointer() {
            return pointer;
        }

        /** The keyword's location in the schema, through `$ref`s (a JSON pointer). */
        public String keywordLocation() {
            return keywordLocation;
        }

        /** The keyword itself: the last token of {@link #keywordLocation()} ("" for a false schema at the root). */
        public String keyword() {
            int slash = keywordLocation.lastIndexOf('/');
            return keywordLocation.substring(slash + 1).replace("~1", "/").replace("~0", "~");
        }

        public String message() {
            return message;
        }

        @Override
        public String toString() {
            return (pointer.isEmpty() ? "(root)" : pointer) + ": " + message + " (" + keywordLocation + ")";
        }
    }
}
