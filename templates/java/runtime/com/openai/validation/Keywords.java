package com.openai.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The interpreter's own keyword tests, for the models' compiled checks (core.JsonChecks): where a
 * compiled check cannot decide on its fast path (an enum of objects, a decimal multipleOf, a
 * pattern), it asks exactly what the interpreter asks, so the two never differ.
 */
public final class Keywords {
    private Keywords() {}

    /** JSON equality: numbers by value, arrays in order, objects as unordered maps. */
    public static boolean equal(JsonNode a, JsonNode b) {
        return Json.equal(a, b);
    }

    /** Whether the number is a multiple of {@code divisor} (exact for every decimal). */
    public static boolean multipleOf(JsonNode number, BigDecimal divisor) {
        return Assertions.multipleOf(number, divisor);
    }

    /** Whether no two items of the array are equal. */
    public static boolean unique(JsonNode array) {
        return Assertions.unique(array);
    }

    /**
     * A pattern's java.util.regex translation compiled as the interpreter compiles it, searched as
     * it searches (unanchored, bounded in time); throws SchemaException when it does not compile.
     */
    public static PatternSearch pattern(String source, String translated) {
        try {
            return PatternSearch.engine(Pattern.compile(translated));
        } catch (PatternSyntaxException e) {
            throw new SchemaException("pattern " + source + " does not compile: " + e.getDescription());
        }
    }

    /**
     * A pattern on the linear-time matcher, from its program's JSON text, as the interpreter runs
     * it; throws SchemaException when the program is malformed.
     */
    public static PatternSearch linear(String source, String program) {
        try {
            return new LinearPattern(program);
        } catch (SchemaException e) {
            throw new SchemaException("pattern " + source + ": " + e.getMessage());
        }
    }
}
