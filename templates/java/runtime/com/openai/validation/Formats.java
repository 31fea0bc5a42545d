package com.openai.validation;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The `format` checks, asserted only when the validator is built with formatAssertion (or the
 * meta-schema lists the format-assertion vocabulary). Digits are ASCII only, everywhere: the
 * patterns below never use \d, which java.util.regex would widen with UNICODE_CHARACTER_CLASS.
 */
final class Formats {
    private Formats() {}

    interface Format {
        boolean test(String value);
    }

    /** RFC 3339 appendix A: units in order, weeks alone, no fractions. */
    private static final Pattern DURATION = Pattern.compile(
        "P(?:[0-9]+W|(?:[0-9]+Y(?:[0-9]+M(?:[0-9]+D)?)?|[0-9]+M(?:[0-9]+D)?|[0-9]+D)(?:T(?:[0-9]+H(?:[0-9]+M(?:[0-9]+S)?)?|[0-9]+M(?:[0-9]+S)?|[0-9]+S))?"
            + "|T(?:[0-9]+H(?:[0-9]+M(?:[0-9]+S)?)?|[0-9]+M(?:[0-9]+S)?|[0-9]+S))");
    private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern JSON_POINTER = Pattern.compile("(?:/(?:[^~/]|~[01])*)*");
    private static final Pattern RELATIVE_JSON_POINTER = Pattern.compile("(?:0|[1-9][0-9]*)(?:#|(?:/(?:[^~/]|~[01])*)*)");
    private static final Pattern HEX_GROUP = Pattern.compile("[0-9a-fA-F]{1,4}");
    private static final Pattern OCTET = Pattern.compile("0|[1-9][0-9]{0,2}");
    private static final Pattern DATE = Pattern.compile("([0-9]{4})-([0-9]{2})-([0-9]{2})");
    private static final Pattern TIME = Pattern.compile("([0-9]{2}):([0-9]{2}):([0-9]{2})(?:\\.[0-9]+)?(?:[zZ]|([+-])([0-9]{2}):([0-9]{2}))");

    private static boolean date(String s) {
        Matcher m = DATE.matcher(s);
        if (!m.matches()) return false;
        int year = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        int day = Integer.parseInt(m.group(3));
        return month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month);
    }

    private static int daysIn(int year, int month) {
        if (month == 2) return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28;
        return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
    }

    /** RFC 3339 full-time; a leap second only where it is 23:59:60 in UTC. */
    private static boolean time(String s) {
        Matcher m = TIME.matcher(s);
        if (!m.matches()) return false;
        int hour = Integer.parseInt(m.group(1));
        int minute = Integer.parseInt(m.group(2));
        int second = Integer.parseInt(m.group(3));
        int offsetHour = m.group(4) == null ? 0 : Integer.parseInt(m.group(5));
        int offsetMinute = m.group(4) == null ? 0 : Integer.parseInt(m.group(6));
        if (hour > 23 || minute > 59 || second > 60 || offsetHour > 23 || offsetMinute > 59) return false;
        if (second < 60) return true;
        int sign = "-".equals(m.group(4)) ? 1 : -1; // local time minus offset is UTC
        int utc = ((hour * 60 + minute + sign * (offsetHour * 60 + offsetMinute)) % 1440 + 1440) % 1440;
        return utc == 23 * 60 + 59;
    }

    private static boolean dateTime(String s) {
        int t = s.length() > 10 ? s.charAt(10) : 0;
        return (t == 'T' || t == 't') && date(s.substring(0, 10)) && time(s.substring(11));
    }

    /** RFC 4291 text forms: eight groups, one "::", an IPv4 tail; ASCII hex only, no zone. */
    static boolean ipv6(String s) {
        if (s.length() < 2 || s.length() > 45) return false;
        int doubleColon = s.indexOf("::");
        if (doubleColon >= 0 && s.indexOf("::", doubleColon + 1) >= 0) return false;
        String head = doubleColon >= 0 ? s.substring(0, doubleColon) : s;
        String tail = doubleColon >= 0 ? s.substring(doubleColon + 2) : "";
        int groups = 0;
        String[][] parts = {head.isEmpty() ? new String[0] : head.split(":", -1), tail.isEmpty() ? new String[0] : tail.split(":", -1)};
        for (int p = 0; p < 2; p++) {
            for (int i = 0; i < parts[p].length; i++) {
                String group = parts[p][i];
                boolean last = (p == 1 || doubleColon < 0) && i == parts[p].length - 1;
                if (last && group.indexOf('.') >= 0) {
                    if (!ipv4(group)) return false;
                    groups += 2;
                } else if (HEX_GROUP.matcher(group).matches()) {
                    groups++;
                } else {
                    return false;
                }
            }
        }
        return doubleColon >= 0 ? groups < 8 : groups == 8;
    }

    /** Dotted quad, 0-255, no leading zeros, ASCII digits. */
    static boolean ipv4(String s) {
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) return false;
        for (String part : parts) {
            if (!OCTET.matcher(part).matches() || Integer.parseInt(part) > 255) return false;
        }
        return true;
    }

    private static final String ATEXT = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]";
    private static final Pattern LOCAL = Pattern.compile(ATEXT + "+(?:\\." + ATEXT + "+)*|\"(?:[\\x20\\x21\\x23-\\x5b\\x5d-\\x7e]|\\\\[\\x20-\\x7e])*\"");
    private static final Pattern IDN_LOCAL = Pattern.compile(
        "(?:[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]|[^\\x00-\\x7f])+(?:\\.(?:[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]|[^\\x00-\\x7f])+)*"
            + "|\"(?:[\\x20\\x21\\x23-\\x5b\\x5d-\\x7e]|[^\\x00-\\x7f]|\\\\[\\x20-\\x7e])*\"");

    /** RFC 5321 Mailbox: dot-atom or quoted local part; a hostname or an address literal. */
    private static boolean email(String s) {
        return mailbox(s, LOCAL, false);
    }

    /** RFC 6531: the same with UTF-8 in the local part and an IDN domain. */
    private static boolean idnEmail(String s) {
        return mailbox(s, IDN_LOCAL, true);
    }

    private static boolean mailbox(String s, Pattern local, boolean idn) {
        int at = s.lastIndexOf('@');
        if (at <= 0 || at == s.length() - 1) return false;
        String domain = s.substring(at + 1);
        if (!local.matcher(s.substring(0, at)).matches()) return false;
        if (domain.startsWith("[") && domain.endsWith("]")) {
            String literal = domain.substring(1, domain.length() - 1);
            return literal.regionMatches(true, 0, "IPv6:", 0, 5) ? ipv6(literal.substring(5)) : ipv4(literal);
        }
        return Hostnames.hostname(domain, idn);
    }

    private static final Pattern URI_TEMPLATE = Pattern.compile(
        "(?:[^\\x00-\\x20\\x7f\"%<>\\\\^`{|}]|%[0-9A-Fa-f]{2}"
            + "|\\{[+#./;?&=,!@|]?(?:[A-Za-z0-9_]|%[0-9A-Fa-f]{2})(?:\\.?(?:[A-Za-z0-9_]|%[0-9A-Fa-f]{2}))*(?::[1-9][0-9]{0,3}|\\*)?"
            + "(?:,(?:[A-Za-z0-9_]|%[0-9A-Fa-f]{2})(?:\\.?(?:[A-Za-z0-9_]|%[0-9A-Fa-f]{2}))*(?::[1-9][0-9]{0,3}|\\*)?)*\\})*");

    /** RFC 6570 level 4: literals and expressions. */
    private static boolean uriTemplate(String s) {
        return URI_TEMPLATE.matcher(s).matches();
    }

    private static final Map<String, Format> FORMATS = new HashMap<>();

    static {
        FORMATS.put("date-time", Formats::dateTime);
        FORMATS.put("date", Formats::date);
        FORMATS.put("time", Formats::time);
        FORMATS.put("duration", s -> DURATION.matcher(s).matches());
        FORMATS.put("email", Formats::email);
        FORMATS.put("idn-email", Formats::idnEmail);
        FORMATS.put("hostname", s -> Hostnames.hostname(s, false));
        FORMATS.put("idn-hostname", s -> Hostnames.hostname(s, true));
        FORMATS.put("ipv4", Formats::ipv4);
        FORMATS.put("ipv6", Formats::ipv6);
        FORMATS.put("uri", s -> UriFormats.uri(s, false, false));
        FORMATS.put("uri-reference", s -> UriFormats.uri(s, true, false));
        FORMATS.put("iri", s -> UriFormats.uri(s, false, true));
        FORMATS.put("iri-reference", s -> UriFormats.uri(s, true, true));
        FORMATS.put("uri-template", Formats::uriTemplate);
        FORMATS.put("uuid", s -> UUID.matcher(s).matches());
        FORMATS.put("json-pointer", s -> JSON_POINTER.matcher(s).matches());
        FORMATS.put("relative-json-pointer", s -> RELATIVE_JSON_POINTER.matcher(s).matches());
        FORMATS.put("regex", EcmaRegex::isValid);
    }

    /** The check of a format name; null for a name without one (then `format` is an annotation). */
    static Format get(String name) {
        return FORMATS.get(name);
    }
}
