package com.openai.core;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.ContentReference;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the models' fast readers share (generated: a deserializer's {@code readFast}, see
 * java/readers.ts). A fast reader reads a model straight from the parser's tokens, checking each
 * member as it goes (each with the compiled check of its schema), so that no tree of the whole
 * value is built and the model it returns is valid already. It takes only what it decides at once:
 * anything else (a value its schema refuses, a name written twice, a tag it does not know) aborts
 * it ({@link #abort}), and the deserializer reads the value again from its first token, as a
 * tree, as without a fast reader. That needs input that can be read again (a String, char[] or
 * byte[]: {@link Start}); a stream or a token buffer always takes the tree.
 */
public final class FastReads {
    private FastReads() {}

    /** Thrown where a fast reader does not decide the value (no stack: it is control flow, caught by the deserializer). */
    public static final class Abort extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private Abort() {
            super("a fast reader left the value to the tree", null, false, false);
        }
    }

    private static final Abort ABORT = new Abort();

    /** The abort to throw: {@code throw FastReads.abort();}. */
    public static Abort abort() {
        return ABORT;
    }

    /** The JSON value at the parser's token (its last token read), as the tree holds it. */
    public static JsonValue value(JsonParser parser, JsonToken token) throws IOException {
        return JsonValue.readValue(parser, token, JsonNodeFactory.instance);
    }

    /** Aborts when member {@code i} was read already (a name written twice: the tree keeps the last). */
    public static void once(Object[] values, int i) {
        if (values[i] != null) {
            throw ABORT;
        }
    }

    /** {@code other} (null: none yet) with an unknown member added, in the order read; aborts on a name written twice. */
    public static Map<String, JsonValue> other(Map<String, JsonValue> other, String name, JsonValue value) {
        Map<String, JsonValue> members = other == null ? new LinkedHashMap<String, JsonValue>() : other;
        if (members.put(name, value) != null) {
            throw ABORT;
        }
        return members;
    }

    /** Aborts unless the parser's token starts an object. */
    public static void startsObject(JsonToken token) {
        if (token != JsonToken.START_OBJECT) {
            throw ABORT;
        }
    }

    /**
     * How an object model's fast reader reads each member (BaseDeserializer.readObject): a kind
     * per member ({@link #JSON}: as its JSON, tested; {@link #STRING}: any string, from its token;
     * {@link #INTEGER}: an integer a long holds within [min, max] (Long.MIN_VALUE and
     * Long.MAX_VALUE: no bound); {@link #OBJECT}: by its
     * declaration's reader; {@link #ARRAY}: each item so, between min and max items;
     * {@link #STRINGS}: one of a few strings, a tag or a status, each bound once and its binding
     * shared, as every value the models hold is immutable; {@link #BOOLEAN}: true or false, bound
     * so too), the members it requires, and whether it refuses others. A member whose token is
     * not what its kind takes is read as its JSON, tested.
     */
    public static final class Shape {
        static final char JSON = 'j';
        static final char STRING = 's';
        static final char INTEGER = 'i';
        static final char OBJECT = 'o';
        static final char ARRAY = 'a';
        static final char STRINGS = 'e';
        static final char BOOLEAN = 'b';

        final String kinds;
        final int[] required;
        final boolean closed;
        final long[] min;
        final long[] max;
        final String[][] strings;
        /**
         * Member i's binding of its k-th value ({@link #json}; BaseDeserializer.held), made on first
         * use (equal values from two threads are both correct); null for the other kinds.
         */
        final Object[][] bound;

        private Shape(String kinds, int[] required, boolean closed) {
            this.kinds = kinds;
            this.required = required;
            this.closed = closed;
            this.min = new long[kinds.length()];
            this.max = new long[kinds.length()];
            Arrays.fill(min, Long.MIN_VALUE);
            Arrays.fill(max, Long.MAX_VALUE);
            this.strings = new String[kinds.length()][];
            this.bound = new Object[kinds.length()][];
            for (int i = 0; i < kinds.length(); i++) {
                if (kinds.charAt(i) == BOOLEAN) {
                    bound[i] = new Object[2];
                }
            }
        }

        /** Member {@code i}'s k-th value: its k-th string, or false (0) and true (1). */
        JsonValue json(int i, int k) {
            return kinds.charAt(i) == BOOLEAN ? JsonBoolean.of(k == 1) : JsonString.of(strings[i][k]);
        }

        /** {@code kinds}: a character per member, in the deserializer's order; {@code required}: their indices. */
        public static Shape of(String kinds, int[] required, boolean closed) {
            return new Shape(kinds, required, closed);
        }

        /** This shape with member {@code i}'s bounds (an integer's value, an array's items). */
        public Shape bounds(int i, long min, long max) {
            this.min[i] = min;
            this.max[i] = max;
            return this;
        }

        /** This shape with the strings member {@code i} may be. */
        public Shape strings(int i, String... values) {
            this.strings[i] = values;
            this.bound[i] = new Object[values.length];
            return this;
        }

        /** Which of member {@code i}'s strings the parser's string token is (-1: none), its text compared where it lies. */
        int stringAt(int i, JsonParser parser) throws IOException {
            char[] text = parser.getTextCharacters();
            int offset = parser.getTextOffset();
            int length = parser.getTextLength();
            String[] values = strings[i];
            for (int k = 0; k < values.length; k++) {
                String value = values[k];
                if (value.length() == length && sameChars(value, text, offset)) {
                    return k;
                }
            }
            return -1;
        }

        /** Which of member {@code i}'s values (its strings, or false and true) {@code json} is (-1: none). */
        int indexOf(int i, JsonValue json) {
            if (kinds.charAt(i) == BOOLEAN) {
                return json instanceof JsonBoolean ? (((JsonBoolean) json).value() ? 1 : 0) : -1;
            }
            if (json instanceof JsonString) {
                String[] values = strings[i];
                for (int k = 0; k < values.length; k++) {
                    if (values[k].equals(((JsonString) json).value())) {
                        return k;
                    }
                }
            }
            return -1;
        }
    }

    /**
     * Whether the parser's characters at {@code offset} (as many as {@code value} has) are
     * {@code value}'s, compared from the end: strings of one table (a union's tags, an enum's
     * values) mostly share their start.
     */
    private static boolean sameChars(String value, char[] text, int offset) {
        for (int c = value.length() - 1; c >= 0; c--) {
            if (value.charAt(c) != text[offset + c]) {
                return false;
            }
        }
        return true;
    }

    /**
     * A union's tags (the values one tag member may have), found from the parser's string token
     * without making a String: by length, then the characters ({@link #sameChars}). Each tag's
     * JSON is made once and shared, its String the literal the variants' shapes and the union's
     * switch compare, so those compare identical Strings.
     */
    public static final class Tags {
        private final String[] tags;
        private final JsonString[] json;
        /** Tag indices by length (a token longer than every tag is none of them). */
        private final int[][] byLength;

        private Tags(String[] tags) {
            this.tags = tags;
            this.json = new JsonString[tags.length];
            int longest = 0;
            for (int k = 0; k < tags.length; k++) {
                json[k] = JsonString.of(tags[k]);
                longest = Math.max(longest, tags[k].length());
            }
            this.byLength = new int[longest + 1][];
            for (int k = 0; k < tags.length; k++) {
                int[] same = byLength[tags[k].length()];
                int[] grown = same == null ? new int[1] : Arrays.copyOf(same, same.length + 1);
                grown[grown.length - 1] = k;
                byLength[tags[k].length()] = grown;
            }
        }

        public static Tags of(String... tags) {
            return new Tags(tags);
        }

        /** The JSON at the parser's token: a tag's shared JSON where the token is that string, else as {@link FastReads#value} reads it. */
        public JsonValue read(JsonParser parser, JsonToken token) throws IOException {
            if (token == JsonToken.VALUE_STRING) {
                int length = parser.getTextLength();
                int[] candidates = length < byLength.length ? byLength[length] : null;
                if (candidates != null) {
                    char[] text = parser.getTextCharacters();
                    int offset = parser.getTextOffset();
                    for (int k : candidates) {
                        if (sameChars(tags[k], text, offset)) {
                            return json[k];
                        }
                    }
                }
            }
            return value(parser, token);
        }
    }

    /**
     * The members a union read before its tag (which it adds last), handed to the variant's reader,
     * which takes them as if it had read them itself.
     */
    public static final class Members {
        private String[] names = new String[4];
        private JsonValue[] values = new JsonValue[4];
        private int size;

        public static Members add(Members members, String name, JsonValue value) {
            Members to = members == null ? new Members() : members;
            if (to.size == to.names.length) {
                to.names = Arrays.copyOf(to.names, to.size * 2);
                to.values = Arrays.copyOf(to.values, to.size * 2);
            }
            to.names[to.size] = name;
            to.values[to.size] = value;
            to.size++;
            return to;
        }

        public int size() {
            return size;
        }

        public String name(int i) {
            return names[i];
        }

        public JsonValue value(int i) {
            return values[i];
        }

        /** The string of the member named {@code name} (a tag), null when none was read; aborts when it is another value. */
        public String text(String name) {
            for (int i = 0; i < size; i++) {
                // Jackson interns the names it reads, and the tags are literals: mostly the same String.
                if (names[i] == name || names[i].equals(name)) {
                    if (!(values[i] instanceof JsonString)) {
                        throw ABORT;
                    }
                    return ((JsonString) values[i]).value();
                }
            }
            return null;
        }
    }

    /**
     * Where an object or array began in input that can be read again: its content (a String,
     * char[] or byte[], as the parser's locations report it), offset and first token, and the
     * context that holds it.
     */
    static final class Start {
        private final Object content;
        private final int offset;
        private final JsonToken token;
        private final JsonStreamContext parent;

        private Start(Object content, int offset, JsonToken token, JsonStreamContext parent) {
            this.content = content;
            this.offset = offset;
            this.token = token;
            this.parent = parent;
        }

        /** Where the parser's current token (an object's or array's start) begins, or null when its input cannot be read again. */
        static Start of(JsonParser parser) {
            JsonLocation at = parser.getTokenLocation();
            ContentReference reference = at.contentReference();
            // Offsets into part of an array (createParser(bytes, offset, length)) are not relied on: the tree reads it.
            if (reference == null || reference.contentOffset() > 0) {
                return null;
            }
            Object content = reference.getRawContent();
            long offset = content instanceof byte[] ? at.getByteOffset() : content instanceof String || content instanceof char[] ? at.getCharOffset() : -1;
            if (offset < 0 || offset > Integer.MAX_VALUE) {
                return null;
            }
            return new Start(content, (int) offset, parser.currentToken(), parser.getParsingContext().getParent());
        }

        /** A new parser at the value's first token, over the same input. */
        JsonParser reopen(JsonParser parser) throws IOException {
            ObjectCodec codec = parser.getCodec();
            JsonFactory factory = codec != null ? codec.getFactory() : ObjectMappers.JSON_MAPPER.getFactory();
            JsonParser again;
            if (content instanceof byte[]) {
                byte[] bytes = (byte[]) content;
                again = factory.createParser(bytes, offset, bytes.length - offset);
            } else {
                char[] chars = content instanceof String ? ((String) content).toCharArray() : (char[]) content;
                again = factory.createParser(chars, offset, chars.length - offset);
            }
            again.setCodec(codec);
            if (again.nextToken() != token) {
                // Only when offsets do not mean what they are read as: reported, never read wrongly.
                again.close();
                throw new JsonParseException(parser, "cannot read the value again from its offset " + offset);
            }
            return again;
        }

        /** Moves the parser, somewhere inside the value, to its last token. */
        void skip(JsonParser parser) throws IOException {
            while (parser.getParsingContext() != parent) {
                if (parser.nextToken() == null) {
                    return;
                }
            }
        }
    }
}
