package com.openai.validation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * uri, uri-reference (RFC 3986 section 3 and 4.1) and iri, iri-reference (RFC 3987: the same
 * grammar with non-ASCII `ucschar`s, and `iprivate` in the query), as one regex per variant
 * compiled once; an IP literal's address is checked apart (Formats.ipv6).
 */
final class UriFormats {
    private UriFormats() {}

    private static final String PCT = "%[0-9A-Fa-f]{2}";
    private static final String SUB = "[!$&'()*+,;=]";
    private static final String UCS = "\\x{A0}-\\x{D7FF}\\x{F900}-\\x{FDCF}\\x{FDF0}-\\x{FFEF}\\x{10000}-\\x{EFFFD}";
    private static final String PRIVATE = "\\x{E000}-\\x{F8FF}\\x{F0000}-\\x{FFFFD}\\x{100000}-\\x{10FFFD}";

    private static final Pattern URI = compile(false, false);
    private static final Pattern URI_REFERENCE = compile(true, false);
    private static final Pattern IRI = compile(false, true);
    private static final Pattern IRI_REFERENCE = compile(true, true);
    private static final Pattern IP_FUTURE = Pattern.compile("[vV][0-9A-Fa-f]+\\.[A-Za-z0-9._~!$&'()*+,;=:-]+");

    private static Pattern compile(boolean reference, boolean iri) {
        String unreserved = "[-A-Za-z0-9._~" + (iri ? UCS : "") + "]";
        String pchar = "(?:" + unreserved + "|" + PCT + "|" + SUB + "|[:@])";
        String segment = pchar + "*";
        String segmentNz = pchar + "+";
        String segmentNzNc = "(?:" + unreserved + "|" + PCT + "|" + SUB + "|@)+";
        // group 1: the IP literal's text, checked after the match
        String host = "(?:\\[([^\\]]*)\\]|(?:" + unreserved + "|" + PCT + "|" + SUB + ")*)";
        String authority = "(?:(?:" + unreserved + "|" + PCT + "|" + SUB + "|:)*@)?" + host + "(?::[0-9]*)?";
        String query = "(?:" + pchar + "|[/?" + (iri ? PRIVATE : "") + "])*";
        String fragment = "(?:" + pchar + "|[/?])*";
        String hierPart = "(?://" + authority + "(?:/" + segment + ")*|/(?:" + segmentNz + "(?:/" + segment + ")*)?|" + segmentNz + "(?:/" + segment + ")*|)";
        String absolute = "[A-Za-z][A-Za-z0-9+.-]*:" + hierPart + "(?:\\?" + query + ")?(?:#" + fragment + ")?";
        if (!reference) return Pattern.compile(absolute);
        String relativePart = "(?://" + authority + "(?:/" + segment + ")*|/(?:" + segmentNz + "(?:/" + segment + ")*)?|" + segmentNzNc + "(?:/" + segment + ")*|)";
        return Pattern.compile(absolute + "|" + relativePart + "(?:\\?" + query + ")?(?:#" + fragment + ")?");
    }

    static boolean uri(String s, boolean reference, boolean iri) {
        Pattern pattern = iri ? (reference ? IRI_REFERENCE : IRI) : (reference ? URI_REFERENCE : URI);
        Matcher m = pattern.matcher(s);
        if (!m.matches()) return false;
        String literal = m.group(1);
        if (literal == null && reference) literal = m.group(2);
        return literal == null || Formats.ipv6(literal) || IP_FUTURE.matcher(literal).matches();
    }
}
