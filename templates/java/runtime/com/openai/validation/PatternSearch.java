package com.openai.validation;

import java.util.regex.Pattern;

/**
 * A compiled `pattern` (or `patternProperties` name): its search, as ECMA-262's RegExp.test with
 * the "u" flag answers (unanchored), whichever of the two runs it: java.util.regex on the
 * pattern's translation, bounded in time (Regexes.find), or the linear-time matcher on its
 * program (LinearPattern), where the generator found that a backtracking engine could take time
 * exponential or polynomial in the text (the java.patterns option). Callers do not tell them apart.
 */
public abstract class PatternSearch {
    PatternSearch() {}

    /** Whether the pattern matches somewhere in the text. */
    public abstract boolean find(String text);

    /** The search of java.util.regex, bounded in time as Regexes.find bounds it. */
    static PatternSearch engine(Pattern pattern) {
        return new Engine(pattern);
    }

    private static final class Engine extends PatternSearch {
        private final Pattern pattern;

        Engine(Pattern pattern) {
            this.pattern = pattern;
        }

        @Override
        public boolean find(String text) {
            return Regexes.find(pattern, text);
        }
    }
}
