package com.openai.validation;

import java.util.regex.Pattern;

/**
 * hostname (RFC 1123 labels; an "xn--" label must be a valid A-label) and idn-hostname (RFC 5890
 * to 5893: U-labels and A-labels, the IDNA2008 code point rules of Idna, the Bidi rule), each
 * label at most 63 octets as an A-label, the name at most 253.
 */
final class Hostnames {
    private Hostnames() {}

    private static final Pattern LDH = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?");

    static boolean hostname(String s, boolean idn) {
        if (s.isEmpty()) return false;
        // IDNA's other full stops separate labels too (RFC 3490 section 3.1), only in IDN names
        String name = idn ? s.replace('\u3002', '.').replace('\uff0e', '.').replace('\uff61', '.') : s;
        String[] labels = name.split("\\.", -1);
        int length = labels.length - 1;
        boolean bidi = false;
        int[][] unicode = new int[labels.length][];
        for (int i = 0; i < labels.length; i++) {
            String label = labels[i];
            if (label.isEmpty()) return false;
            int[] codePoints;
            String ascii;
            if (label.regionMatches(true, 0, "xn--", 0, 4)) {
                codePoints = Punycode.decode(label.substring(4));
                if (codePoints == null || ascii(codePoints)) return false;
                String again = Punycode.encode(codePoints);
                if (again == null || !again.equalsIgnoreCase(label.substring(4))) return false;
                if (!LDH.matcher(label).matches() || !Idna.validULabel(codePoints)) return false;
                ascii = label;
            } else if (ascii(label)) {
                if (!LDH.matcher(label).matches() || (label.length() >= 4 && label.charAt(2) == '-' && label.charAt(3) == '-')) return false;
                codePoints = label.codePoints().toArray();
                ascii = label;
            } else {
                if (!idn) return false;
                codePoints = label.codePoints().toArray();
                if (!Idna.validULabel(codePoints)) return false;
                String encoded = Punycode.encode(codePoints);
                if (encoded == null) return false;
                ascii = "xn--" + encoded;
            }
            if (ascii.length() > 63) return false;
            length += ascii.length();
            unicode[i] = codePoints;
            bidi |= Idna.hasRightToLeft(codePoints);
        }
        if (length > 253) return false;
        if (bidi) for (int[] label : unicode) if (!Idna.bidiRule(label)) return false;
        return true;
    }

    private static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= 0x80) return false;
        return true;
    }

    private static boolean ascii(int[] codePoints) {
        for (int cp : codePoints) if (cp >= 0x80) return false;
        return true;
    }
}
