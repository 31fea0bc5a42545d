package com.openai.validation;

/**
 * A JSON pointer built one segment at a time, only when errors are collected (the isValid path
 * passes null and builds nothing); the text is made once, for the error that needs it.
 */
final class Path {
    static final Path ROOT = new Path(null, "");

    private final Path parent;
    /** The segment, already escaped (RFC 6901). */
    private final String segment;

    private Path(Path parent, String segment) {
        this.parent = parent;
        this.segment = segment;
    }

    /** A keyword or a property name: escaped here. */
    Path add(String token) {
        return new Path(this, Uris.escapeToken(token));
    }

    Path add(int index) {
        return new Path(this, Integer.toString(index));
    }

    @Override
    public String toString() {
        if (parent == null) return "";
        StringBuilder out = new StringBuilder();
        append(out);
        return out.toString();
    }

    private void append(StringBuilder out) {
        if (parent == null) return;
        parent.append(out);
        out.append('/').append(segment);
    }
}
