package com.openai.validation;

import java.text.Normalizer;
import java.util.Locale;

/**
 * IDNA2008 for idn-hostname: the derived property of each code point (RFC 5892, computed from
 * java.lang.Character's Unicode data: the exceptions table, unstable under NFKC and lower case,
 * letters, digits and marks PVALID, the rest DISALLOWED), the CONTEXTJ and CONTEXTO rules
 * (appendix A) and the Bidi rule (RFC 5893). Approximations, for want of the Unicode properties
 * in the JDK: Virama is a fixed list of the common viramas, and Joining_Type D/L/R is "a letter
 * of a joining script" (Arabic, Syriac, N'Ko, Mongolian, Mandaic), T a non-spacing mark.
 */
final class Idna {
    private Idna() {}

    private static final int[] VIRAMAS = {
        0x094D, 0x09CD, 0x0A4D, 0x0ACD, 0x0B4D, 0x0BCD, 0x0C4D, 0x0CCD, 0x0D3B, 0x0D3C, 0x0D4D, 0x0DCA, 0x0E3A, 0x0EBA, 0x0F84, 0x1039,
        0x103A, 0x1714, 0x1734, 0x17D2, 0x1A60, 0x1B44, 0x1BAA, 0x1BAB, 0x1BF2, 0x1BF3, 0x2D7F, 0xA806, 0xA8C4, 0xA953, 0xA9C0, 0xAAF6,
        0xABED, 0x10A3F, 0x11046, 0x1107F, 0x110B9, 0x11133, 0x11134, 0x111C0, 0x11235, 0x112EA, 0x1134D, 0x11442, 0x114C2, 0x115BF,
        0x1163F, 0x116B6, 0x1172B, 0x11839, 0x119E0, 0x11A34, 0x11A47, 0x11A99, 0x11C3F, 0x11D44, 0x11D45, 0x11D97,
    };

    static boolean validULabel(int[] cps) {
        int n = cps.length;
        if (n == 0 || cps[0] == '-' || cps[n - 1] == '-') return false;
        if (n >= 4 && cps[2] == '-' && cps[3] == '-') return false;
        int first = Character.getType(cps[0]);
        if (first == Character.NON_SPACING_MARK || first == Character.COMBINING_SPACING_MARK || first == Character.ENCLOSING_MARK) return false;
        boolean arabicIndic = false;
        boolean extendedArabicIndic = false;
        for (int i = 0; i < n; i++) {
            int cp = cps[i];
            if (cp >= 0x0660 && cp <= 0x0669) arabicIndic = true;
            if (cp >= 0x06F0 && cp <= 0x06F9) extendedArabicIndic = true;
            if (!allowed(cps, i)) return false;
        }
        return !(arabicIndic && extendedArabicIndic);
    }

    private static boolean allowed(int[] cps, int i) {
        int cp = cps[i];
        switch (cp) {
            case 0x00DF: case 0x03C2: case 0x06FD: case 0x06FE: case 0x0F0B: case 0x3007:
                return true; // exceptions: PVALID
            case 0x0640: case 0x07FA: case 0x302E: case 0x302F: case 0x3031: case 0x3032: case 0x3033: case 0x3034: case 0x3035: case 0x303B:
                return false; // exceptions: DISALLOWED
            case 0x00B7:
                return i > 0 && i < cps.length - 1 && cps[i - 1] == 'l' && cps[i + 1] == 'l';
            case 0x0375:
                return i < cps.length - 1 && Character.UnicodeScript.of(cps[i + 1]) == Character.UnicodeScript.GREEK;
            case 0x05F3: case 0x05F4:
                return i > 0 && Character.UnicodeScript.of(cps[i - 1]) == Character.UnicodeScript.HEBREW;
            case 0x30FB:
                for (int other : cps) {
                    Character.UnicodeScript script = Character.UnicodeScript.of(other);
                    if (other != 0x30FB && (script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HAN)) return true;
                }
                return false;
            case 0x200D:
                return i > 0 && virama(cps[i - 1]);
            case 0x200C:
                return (i > 0 && virama(cps[i - 1])) || joins(cps, i);
            case '-':
                return true;
            default:
                break;
        }
        if (cp >= 0x1100 && cp <= 0x11FF || cp >= 0xA960 && cp <= 0xA97F || cp >= 0xD7B0 && cp <= 0xD7FF) return false; // old Hangul jamo
        switch (Character.getType(cp)) {
            case Character.LOWERCASE_LETTER: case Character.UPPERCASE_LETTER: case Character.OTHER_LETTER: case Character.DECIMAL_DIGIT_NUMBER:
            case Character.MODIFIER_LETTER: case Character.NON_SPACING_MARK: case Character.COMBINING_SPACING_MARK:
                return stable(cp);
            default:
                return false;
        }
    }

    /** Unstable code points (NFKC of the lower case of NFKC changes them) are DISALLOWED. */
    private static boolean stable(int cp) {
        String s = new String(Character.toChars(cp));
        String folded = Normalizer.normalize(Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT), Normalizer.Form.NFKC);
        return folded.equals(s);
    }

    private static boolean virama(int cp) {
        for (int v : VIRAMAS) if (v == cp) return true;
        return false;
    }

    /** ZERO WIDTH NON-JOINER between joining letters (transparent marks skipped on both sides). */
    private static boolean joins(int[] cps, int i) {
        int before = i - 1;
        while (before >= 0 && Character.getType(cps[before]) == Character.NON_SPACING_MARK) before--;
        int after = i + 1;
        while (after < cps.length && Character.getType(cps[after]) == Character.NON_SPACING_MARK) after++;
        return before >= 0 && after < cps.length && joining(cps[before]) && joining(cps[after]);
    }

    private static boolean joining(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return Character.isLetter(cp)
            && (script == Character.UnicodeScript.ARABIC || script == Character.UnicodeScript.SYRIAC || script == Character.UnicodeScript.NKO
                || script == Character.UnicodeScript.MONGOLIAN || script == Character.UnicodeScript.MANDAIC);
    }

    static boolean hasRightToLeft(int[] cps) {
        for (int cp : cps) {
            byte d = Character.getDirectionality(cp);
            if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC || d == Character.DIRECTIONALITY_ARABIC_NUMBER) return true;
        }
        return false;
    }

    /** RFC 5893 section 2, for every label of a name that has right-to-left characters. */
    static boolean bidiRule(int[] cps) {
        byte first = Character.getDirectionality(cps[0]);
        boolean rtl = first == Character.DIRECTIONALITY_RIGHT_TO_LEFT || first == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
        if (!rtl && first != Character.DIRECTIONALITY_LEFT_TO_RIGHT) return false;
        boolean european = false;
        boolean arabic = false;
        int end = cps.length - 1;
        while (end > 0 && Character.getDirectionality(cps[end]) == Character.DIRECTIONALITY_NONSPACING_MARK) end--;
        for (int cp : cps) {
            byte d = Character.getDirectionality(cp);
            european |= d == Character.DIRECTIONALITY_EUROPEAN_NUMBER;
            arabic |= d == Character.DIRECTIONALITY_ARABIC_NUMBER;
            boolean common = d == Character.DIRECTIONALITY_EUROPEAN_NUMBER || d == Character.DIRECTIONALITY_EUROPEAN_NUMBER_SEPARATOR
                || d == Character.DIRECTIONALITY_COMMON_NUMBER_SEPARATOR || d == Character.DIRECTIONALITY_EUROPEAN_NUMBER_TERMINATOR
                || d == Character.DIRECTIONALITY_OTHER_NEUTRALS || d == Character.DIRECTIONALITY_BOUNDARY_NEUTRAL || d == Character.DIRECTIONALITY_NONSPACING_MARK;
            boolean ok = rtl
                ? common || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC || d == Character.DIRECTIONALITY_ARABIC_NUMBER
                : common || d == Character.DIRECTIONALITY_LEFT_TO_RIGHT;
            if (!ok) return false;
        }
        byte last = Character.getDirectionality(cps[end]);
        if (rtl) {
            return !(european && arabic)
                && (last == Character.DIRECTIONALITY_RIGHT_TO_LEFT || last == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC
                    || last == Character.DIRECTIONALITY_EUROPEAN_NUMBER || last == Character.DIRECTIONALITY_ARABIC_NUMBER);
        }
        return last == Character.DIRECTIONALITY_LEFT_TO_RIGHT || last == Character.DIRECTIONALITY_EUROPEAN_NUMBER;
    }
}
