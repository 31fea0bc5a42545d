package com.openai.validation;

import java.util.regex.Pattern;

/**
 * `pattern` and `patternProperties` searches (ECMA's RegExp.test: unanchored) bounded as the
 * core runtime's StringSchema bounds them: java.util.regex backtracks without a timeout and
 * recurses once per repetition of a group, so the text is read through a deadline, and a spent
 * budget or an exhausted stack is reported as no match rather than hanging or crashing.
 */
final class Regexes {
    private Regexes() {}

    /** A search may take at most this long; past it the string does not match. */
    static final long MATCH_BUDGET_NANOS = 1_000_000_000L;

    static boolean find(Pattern pattern, String text) {
        try {
            return pattern.matcher(new Deadline(text, System.nanoTime() + MATCH_BUDGET_NANOS)).find();
        } catch (BudgetSpent e) {
            return false;
        } catch (StackOverflowError e) {
            return false; // undecided, like a spent budget
        }
    }

    private static final class Deadline implements CharSequence {
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

    private static final class BudgetSpent extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BudgetSpent() {
            super("pattern match budget spent", null, false, false);
        }
    }
}
