package com.openai.core;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Strings: lengths in code points; the pattern is searched, not anchored (ECMA-262 semantics). */
public final class StringSchema implements Schema {
    private Integer minLength;
    private Integer maxLength;
    private Pattern pattern;
    private String source;

    public StringSchema minLength(int value) {
        minLength = value;
        return this;
    }

    public StringSchema maxLength(int value) {
        maxLength = value;
        return this;
    }

    /**
     * The schema's ECMA-262 pattern, searched, not anchored: {@code javaRegex} is the same pattern
     * as the generator translated it for java.util.regex (same meaning), {@code ecmaPattern} the
     * schema's text, for messages.
     */
    public StringSchema pattern(String javaRegex, String ecmaPattern) {
        source = ecmaPattern;
        pattern = Pattern.compile(javaRegex);
        return this;
    }

    /** A match may take at most this long; past it the string is reported as not matching. */
    static final long MATCH_BUDGET_NANOS = 1_000_000_000L;

    /**
     * java.util.regex backtracks and has no timeout of its own: the matcher reads the text
     * through this, which gives up once the budget is spent, so no pattern can hang the caller.
     */
    static final class Deadline implements CharSequence {
        private final CharSequence text;
        private final long deadline;
        private int reads;

        Deadline(CharSequence text, long deadline) {
            this.text = text;
            this.deadline = deadline;
        }

        @Override
        public char charAt(int index) {
            if ((++reads & 0xfff) == 0 && System.nanoTime() - deadline > 0) throw new BudgetSpent();
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new Deadline(text.subSequence(start, end), deadline);
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }

    static final class BudgetSpent extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BudgetSpent() {
            super("pattern match budget spent", null, false, false);
        }
    }

    private boolean matches(String text) {
        try {
            return pattern.matcher(new Deadline(text, System.nanoTime() + MATCH_BUDGET_NANOS)).find();
        } catch (BudgetSpent e) {
            return false;
        } catch (StackOverflowError e) {
            // java.util.regex recurses once per repetition of a group: a long enough input
            // exhausts the stack. Undecided, like a spent budget: reported as not matching.
            return false;
        }
    }

    @Override
    public void check(JsonValue value, String pointer, List<Schema.Issue> issues) {
        Optional<String> text = value.asString();
        if (!text.isPresent()) {
            issues.add(new Schema.Issue(pointer, "type", "must be string"));
            return;
        }
        int length = text.get().codePointCount(0, text.get().length());
        if (minLength != null && length < minLength) {
            issues.add(new Schema.Issue(pointer, "minLength", "must NOT have fewer than " + minLength + " characters"));
        }
        if (maxLength != null && length > maxLength) {
            issues.add(new Schema.Issue(pointer, "maxLength", "must NOT have more than " + maxLength + " characters"));
        }
        if (pattern != null && !matches(text.get())) {
            issues.add(new Schema.Issue(pointer, "pattern", "must match pattern \"" + source + "\""));
        }
    }
}
