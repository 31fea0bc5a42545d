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
        Spent spent = SPENT.get();
        if (spent != null && spent.text.equals(text) && spent.flags == pattern.flags() && spent.pattern.equals(pattern.pattern())) return false;
        try {
            return pattern.matcher(new Deadline(text, System.nanoTime() + MATCH_BUDGET_NANOS)).find();
        } catch (BudgetSpent e) {
            SPENT.set(new Spent(pattern, text));
            return false;
        } catch (StackOverflowError e) {
            SPENT.set(new Spent(pattern, text));
            return false; // undecided, like a spent budget
        }
    }

    /**
     * The last search that ran out of budget (or stack) on this thread. A value the compiled check
     * refuses goes to the interpreter, which searches the same pattern (compiled apart, from the
     * same text) in the same string: it gets the check's answer at once instead of spending a
     * second budget.
     */
    private static final ThreadLocal<Spent> SPENT = new ThreadLocal<>();

    private static final class Spent {
        final String pattern;
        final int flags;
        final String text;

        Spent(Pattern pattern, String text) {
            this.pattern = pattern.pattern();
            this.flags = pattern.flags();
            this.text = text;
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
