package com.openai.core;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A JSON object's members in the order read, as an unmodifiable map ({@link JsonObject#values}).
 * Two arrays rather than a LinkedHashMap: the objects a parse reads are small and each is read a
 * few times, and a hash table per object (its table, an entry per member, a resize as it grows)
 * took a quarter of a model's parse. A lookup scans the names' hash codes (which a String
 * caches: Jackson interns the names it reads, and the models look them up by literals), comparing
 * a name only where its hash matches; an object of more than {@link #SCANNED} members looks names
 * up in a hash index instead.
 */
final class JsonMembers extends AbstractMap<String, JsonValue> {
    /** Members up to which a lookup scans the hash codes; a larger object keeps a hash index too. */
    static final int SCANNED = 8;

    private static final String[] NO_NAMES = new String[0];
    private static final int[] NO_HASHES = new int[0];
    private static final JsonValue[] NO_VALUES = new JsonValue[0];

    private final String[] names;
    /** Each name's hashCode. */
    private final int[] hashes;
    private final JsonValue[] values;
    private final int size;
    /** Name -> position, for more than SCANNED members; else null. */
    private final HashMap<String, Integer> index;

    private JsonMembers(String[] names, int[] hashes, JsonValue[] values, int size, HashMap<String, Integer> index) {
        this.names = names;
        this.hashes = hashes;
        this.values = values;
        this.size = size;
        this.index = index;
    }

    /** The members of {@code map}, in its order. */
    static JsonMembers copyOf(Map<String, JsonValue> map) {
        Builder builder = new Builder();
        for (Map.Entry<String, JsonValue> entry : map.entrySet()) {
            builder.put(entry.getKey(), entry.getValue());
        }
        return builder.build();
    }

    /** The position of the member named {@code name}, or -1. */
    int indexOf(Object name) {
        return indexOf(names, hashes, size, index, name);
    }

    /** Distinct names, each at its position, looked up as members are (their values are null). */
    static JsonMembers namesOf(String[] names) {
        Builder builder = new Builder();
        for (String name : names) {
            builder.put(name, null);
        }
        return builder.build();
    }

    /**
     * The position of {@code name} among the first {@code size} of {@code names} (whose hash codes
     * are {@code hashes}), or -1; {@code index}: their hash index, or null to scan them.
     */
    private static int indexOf(String[] names, int[] hashes, int size, HashMap<String, Integer> index, Object name) {
        if (index != null) {
            Integer at = index.get(name);
            return at == null ? -1 : at;
        }
        if (name == null) {
            return -1;
        }
        int hash = name.hashCode();
        for (int i = 0; i < size; i++) {
            if (hashes[i] == hash && (names[i] == name || names[i].equals(name))) {
                return i;
            }
        }
        return -1;
    }

    /** The name of the member at {@code i} (0 to size() - 1). */
    String name(int i) {
        return names[i];
    }

    /** The value of the member at {@code i} (0 to size() - 1). */
    JsonValue value(int i) {
        return values[i];
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public JsonValue get(Object name) {
        int i = indexOf(name);
        return i < 0 ? null : values[i];
    }

    @Override
    public boolean containsKey(Object name) {
        return indexOf(name) >= 0;
    }

    @Override
    public Set<Map.Entry<String, JsonValue>> entrySet() {
        return new AbstractSet<Map.Entry<String, JsonValue>>() {
            @Override
            public int size() {
                return size;
            }

            @Override
            public Iterator<Map.Entry<String, JsonValue>> iterator() {
                return new Iterator<Map.Entry<String, JsonValue>>() {
                    private int next = 0;

                    @Override
                    public boolean hasNext() {
                        return next < size;
                    }

                    @Override
                    public Map.Entry<String, JsonValue> next() {
                        if (next >= size) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new AbstractMap.SimpleImmutableEntry<>(names[i], values[i]);
                    }
                };
            }
        };
    }

    /**
     * The members of an object being read. A name read again keeps its first place and takes the
     * last value, as Jackson's tree (and a LinkedHashMap) does.
     */
    static final class Builder {
        private String[] names = NO_NAMES;
        private int[] hashes = NO_HASHES;
        private JsonValue[] values = NO_VALUES;
        private int size;
        private HashMap<String, Integer> index;

        void put(String name, JsonValue value) {
            if (name == null) {
                throw new NullPointerException("a JSON object's member has no name (null)");
            }
            int at = indexOf(names, hashes, size, index, name);
            if (at >= 0) {
                values[at] = value;
                return;
            }
            if (size == names.length) {
                int capacity = size == 0 ? 4 : size * 2;
                names = Arrays.copyOf(names, capacity);
                hashes = Arrays.copyOf(hashes, capacity);
                values = Arrays.copyOf(values, capacity);
            }
            names[size] = name;
            hashes[size] = name.hashCode();
            values[size] = value;
            size++;
            if (index != null) {
                index.put(name, size - 1);
            } else if (size > SCANNED) {
                index = new HashMap<>();
                for (int i = 0; i < size; i++) {
                    index.put(names[i], i);
                }
            }
        }

        /** The members put, which the builder then no longer holds. */
        JsonMembers build() {
            JsonMembers members = new JsonMembers(names, hashes, values, size, index);
            names = NO_NAMES;
            hashes = NO_HASHES;
            values = NO_VALUES;
            size = 0;
            index = null;
            return members;
        }
    }
}
