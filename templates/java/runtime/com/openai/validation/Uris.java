package com.openai.validation;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * URI references resolved per RFC 3986 section 5.2, written out because java.net.URI.resolve
 * gets two cases the suite tests wrong: a reference with an empty path against a base with an
 * empty path, and opaque bases such as "urn:uuid:..." (which URI.resolve returns unchanged).
 */
final class Uris {
    private Uris() {}

    /** RFC 3986 appendix B: scheme, authority, path, query, fragment (group numbers 2, 4, 5, 7, 9). */
    private static final Pattern PARTS = Pattern.compile("^(([^:/?#]+):)?(//([^/?#]*))?([^?#]*)(\\?([^#]*))?(#(.*))?", Pattern.DOTALL);

    /** The five components of a reference; absent ones are null (an empty path is ""). */
    static final class Parts {
        final String scheme;
        final String authority;
        final String path;
        final String query;
        final String fragment;

        Parts(String scheme, String authority, String path, String query, String fragment) {
            this.scheme = scheme;
            this.authority = authority;
            this.path = path;
            this.query = query;
            this.fragment = fragment;
        }

        @Override
        public String toString() {
            StringBuilder out = new StringBuilder();
            if (scheme != null) out.append(scheme).append(':');
            if (authority != null) out.append("//").append(authority);
            out.append(path);
            if (query != null) out.append('?').append(query);
            if (fragment != null) out.append('#').append(fragment);
            return out.toString();
        }
    }

    static Parts parse(String reference) {
        Matcher m = PARTS.matcher(reference);
        if (!m.matches()) throw new IllegalStateException("unreachable: every string matches RFC 3986 appendix B");
        return new Parts(m.group(2), m.group(4), m.group(5), m.group(7), m.group(9));
    }

    /** RFC 3986 section 5.2.2 (strict: a reference with a scheme is absolute even if it is the base's). */
    static String resolve(String base, String reference) {
        Parts r = parse(reference);
        if (r.scheme != null) return new Parts(r.scheme, r.authority, removeDotSegments(r.path), r.query, r.fragment).toString();
        Parts b = parse(base);
        String authority;
        String path;
        String query;
        if (r.authority != null) {
            authority = r.authority;
            path = removeDotSegments(r.path);
            query = r.query;
        } else {
            authority = b.authority;
            if (r.path.isEmpty()) {
                path = b.path;
                query = r.query != null ? r.query : b.query;
            } else {
                path = removeDotSegments(r.path.startsWith("/") ? r.path : merge(b, r.path));
                query = r.query;
            }
        }
        return new Parts(b.scheme, authority, path, query, r.fragment).toString();
    }

    /** Section 5.2.3. */
    private static String merge(Parts base, String path) {
        if (base.authority != null && base.path.isEmpty()) return "/" + path;
        int slash = base.path.lastIndexOf('/');
        return slash < 0 ? path : base.path.substring(0, slash + 1) + path;
    }

    /** Section 5.2.4. */
    static String removeDotSegments(String path) {
        if (path.indexOf('.') < 0) return path;
        String in = path;
        StringBuilder out = new StringBuilder();
        while (!in.isEmpty()) {
            if (in.startsWith("../")) in = in.substring(3);
            else if (in.startsWith("./")) in = in.substring(2);
            else if (in.startsWith("/./")) in = in.substring(2);
            else if (in.equals("/.")) in = "/";
            else if (in.startsWith("/../") || in.equals("/..")) {
                in = in.length() == 3 ? "/" : in.substring(3);
                int slash = out.lastIndexOf("/");
                out.setLength(slash < 0 ? 0 : slash);
            } else if (in.equals(".") || in.equals("..")) in = "";
            else {
                int next = in.indexOf('/', in.startsWith("/") ? 1 : 0);
                if (next < 0) next = in.length();
                out.append(in, 0, next);
                in = in.substring(next);
            }
        }
        return out.toString();
    }

    /** The reference without its fragment ("" when it is only a fragment). */
    static String withoutFragment(String uri) {
        int hash = uri.indexOf('#');
        return hash < 0 ? uri : uri.substring(0, hash);
    }

    /** The fragment, percent-decoded, or null when there is none. */
    static String fragment(String uri) {
        int hash = uri.indexOf('#');
        return hash < 0 ? null : percentDecode(uri.substring(hash + 1));
    }

    /** %XX sequences as UTF-8 bytes; a malformed escape stays as written. */
    static String percentDecode(String s) {
        if (s.indexOf('%') < 0) return s;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int hi = c == '%' && i + 2 < s.length() ? Character.digit(s.charAt(i + 1), 16) : -1;
            int lo = hi >= 0 ? Character.digit(s.charAt(i + 2), 16) : -1;
            if (lo >= 0) {
                bytes.write(hi * 16 + lo);
                i += 2;
                continue;
            }
            flush(bytes, out);
            out.append(c);
        }
        flush(bytes, out);
        return out.toString();
    }

    private static void flush(ByteArrayOutputStream bytes, StringBuilder out) {
        if (bytes.size() == 0) return;
        out.append(new String(bytes.toByteArray(), StandardCharsets.UTF_8));
        bytes.reset();
    }

    /** A JSON pointer's tokens (RFC 6901), unescaped; the pointer "" has none. */
    static String[] pointerTokens(String pointer) {
        if (pointer.isEmpty()) return new String[0];
        String[] tokens = pointer.substring(1).split("/", -1);
        for (int i = 0; i < tokens.length; i++) tokens[i] = tokens[i].replace("~1", "/").replace("~0", "~");
        return tokens;
    }

    /** One token escaped for a JSON pointer. */
    static String escapeToken(String token) {
        if (token.indexOf('~') < 0 && token.indexOf('/') < 0) return token;
        return token.replace("~", "~0").replace("/", "~1");
    }
}
