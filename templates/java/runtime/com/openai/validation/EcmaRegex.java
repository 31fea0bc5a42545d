package com.openai.validation;

import java.math.BigInteger;
import java.util.HashSet;
import java.util.Set;

/**
 * The `regex` format: whether a string is an ECMA-262 pattern in Unicode mode (the `u` flag, as
 * JSON Schema patterns are read), by its grammar (ES2018: named groups, lookbehind, \p{...}).
 * java.util.regex cannot decide this: it accepts `\a` and `(?i)`, and refuses `[]` and `(?<=a+)`.
 */
final class EcmaRegex {
    private final int[] cps;
    private int pos;
    private int groups;
    private final Set<String> names = new HashSet<>();
    private final Set<String> referencedNames = new HashSet<>();
    private int maxBackreference;

    private EcmaRegex(String source) {
        this.cps = source.codePoints().toArray();
    }

    static boolean isValid(String source) {
        EcmaRegex parser = new EcmaRegex(source);
        if (!parser.disjunction() || parser.pos != parser.cps.length) return false;
        return parser.maxBackreference <= parser.groups && parser.names.containsAll(parser.referencedNames);
    }

    private int peek() {
        return pos < cps.length ? cps[pos] : -1;
    }

    private boolean eat(int c) {
        if (peek() != c) return false;
        pos++;
        return true;
    }

    private boolean disjunction() {
        do {
            while (pos < cps.length && peek() != '|' && peek() != ')') if (!term()) return false;
        } while (eat('|'));
        return true;
    }

    private boolean term() {
        int c = peek();
        if (c == '^' || c == '$') {
            pos++;
            return true;
        }
        if (c == '\\' && pos + 1 < cps.length && (cps[pos + 1] == 'b' || cps[pos + 1] == 'B')) {
            pos += 2;
            return true;
        }
        if (c == '(' && pos + 2 < cps.length && cps[pos + 1] == '?') {
            int kind = cps[pos + 2];
            boolean lookbehind = kind == '<' && pos + 3 < cps.length && (cps[pos + 3] == '=' || cps[pos + 3] == '!');
            if (kind == '=' || kind == '!' || lookbehind) {
                pos += lookbehind ? 4 : 3;
                if (!disjunction() || !eat(')')) return false;
                // in Unicode mode only lookaheads are not quantifiable... and neither are lookbehinds
                return !quantifierAhead();
            }
        }
        if (!atom()) return false;
        return quantifier();
    }

    private boolean quantifierAhead() {
        int c = peek();
        return c == '*' || c == '+' || c == '?' || (c == '{' && braces(false));
    }

    private boolean quantifier() {
        int c = peek();
        if (c == '*' || c == '+' || c == '?') pos++;
        else if (c == '{') {
            if (!braces(true)) return false;
        } else return true;
        eat('?');
        return true;
    }

    /** {n}, {n,}, {n,m} with n <= m; consumed when `consume`. */
    private boolean braces(boolean consume) {
        int p = pos + 1;
        int start = p;
        while (p < cps.length && cps[p] >= '0' && cps[p] <= '9') p++;
        if (p == start) return false;
        String low = new String(cps, start, p - start);
        String high = null;
        if (p < cps.length && cps[p] == ',') {
            int s2 = ++p;
            while (p < cps.length && cps[p] >= '0' && cps[p] <= '9') p++;
            if (p > s2) high = new String(cps, s2, p - s2);
        }
        if (p >= cps.length || cps[p] != '}') return false;
        if (high != null && new BigInteger(low).compareTo(new BigInteger(high)) > 0) return false;
        if (consume) pos = p + 1;
        return true;
    }

    private boolean atom() {
        int c = peek();
        switch (c) {
            case '.':
                pos++;
                return true;
            case '(':
                pos++;
                if (eat('?')) {
                    if (eat(':')) {
                        // non-capturing
                    } else if (eat('<')) {
                        String name = groupName();
                        if (name == null || !names.add(name)) return false;
                        groups++;
                    } else {
                        return false; // (?i), (?P<...>, (?#...): not ECMA-262
                    }
                } else {
                    groups++;
                }
                return disjunction() && eat(')');
            case '[':
                return characterClass();
            case '\\':
                pos++;
                return atomEscape();
            case '*': case '+': case '?': case '{': case '}': case ']': case ')': case '|': case -1:
                return false; // a lone syntax character is an error in Unicode mode
            default:
                pos++;
                return true;
        }
    }

    /** After "(?<" or "\k<": an identifier and ">". */
    private String groupName() {
        int start = pos;
        while (pos < cps.length && cps[pos] != '>') {
            int c = cps[pos];
            boolean ok = pos == start ? Character.isUnicodeIdentifierStart(c) || c == '$' || c == '_' : Character.isUnicodeIdentifierPart(c) || c == '$';
            if (!ok) return null;
            pos++;
        }
        if (pos == start || !eat('>')) return null;
        return new String(cps, start, pos - start - 1);
    }

    private boolean atomEscape() {
        int c = peek();
        if (c >= '1' && c <= '9') {
            int start = pos;
            while (peek() >= '0' && peek() <= '9') pos++;
            String digits = new String(cps, start, pos - start);
            maxBackreference = digits.length() > 6 ? Integer.MAX_VALUE : Math.max(maxBackreference, Integer.parseInt(digits));
            return true;
        }
        if (c == 'k') {
            pos++;
            if (!eat('<')) return false;
            String name = groupName();
            if (name == null) return false;
            referencedNames.add(name);
            return true;
        }
        return classEscape(false) >= -1;
    }

    /** An escape after "\\": -1 for a class (\d, \p{..}), the code point otherwise, -2 invalid. */
    private int classEscape(boolean inClass) {
        int c = peek();
        if (c < 0) return -2;
        pos++;
        switch (c) {
            case 'd': case 'D': case 's': case 'S': case 'w': case 'W':
                return -1;
            case 'p': case 'P':
                if (!eat('{')) return -2;
                int start = pos;
                while (pos < cps.length && (Character.isLetterOrDigit(cps[pos]) || cps[pos] == '_' || cps[pos] == '=')) pos++;
                return pos > start && eat('}') ? -1 : -2;
            case 'f': return '\f';
            case 'n': return '\n';
            case 'r': return '\r';
            case 't': return '\t';
            case 'v': return 0x0B;
            case 'c':
                int letter = peek();
                if ((letter >= 'a' && letter <= 'z') || (letter >= 'A' && letter <= 'Z')) {
                    pos++;
                    return letter % 32;
                }
                return -2;
            case '0':
                return peek() >= '0' && peek() <= '9' ? -2 : 0;
            case 'x':
                return hex(2);
            case 'u':
                if (eat('{')) {
                    int start2 = pos;
                    while (Character.digit(peek(), 16) >= 0) pos++;
                    if (pos == start2 || pos - start2 > 6 || !eat('}')) return -2;
                    int value = Integer.parseInt(new String(cps, start2, pos - start2 - 1), 16);
                    return value <= 0x10FFFF ? value : -2;
                }
                return hex(4);
            case 'b':
                return inClass ? '\b' : -2;
            case '-':
                return inClass ? '-' : -2;
            default:
                return "^$\\.*+?()[]{}|/".indexOf(c) >= 0 ? c : -2; // identity escapes of syntax characters only
        }
    }

    private int hex(int digits) {
        if (pos + digits > cps.length) return -2;
        int value = 0;
        for (int i = 0; i < digits; i++) {
            int d = Character.digit(cps[pos + i], 16);
            if (d < 0 || cps[pos + i] > 0x7F) return -2;
            value = value * 16 + d;
        }
        pos += digits;
        return value;
    }

    private boolean characterClass() {
        pos++;
        eat('^');
        while (true) {
            int c = peek();
            if (c < 0) return false;
            if (c == ']') {
                pos++;
                return true;
            }
            int low = classAtom();
            if (low == -2) return false;
            if (peek() == '-' && pos + 1 < cps.length && cps[pos + 1] != ']') {
                pos++;
                int high = classAtom();
                if (high == -2 || low == -1 || high == -1 || low > high) return false;
            }
        }
    }

    private int classAtom() {
        int c = cps[pos++];
        if (c != '\\') return c;
        return classEscape(true);
    }
}
