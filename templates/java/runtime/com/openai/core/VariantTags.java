package com.openai.core;

import java.util.HashMap;
import java.util.Map;

/**
 * Which variants of a union without a discriminator can accept a JSON value, in the union's
 * order, told by one member that most variants restrict to strings (OpenAI's {@code type}): the
 * generator found which variants each string leaves, as the compiled checks' tag switch does
 * (shared/schema-reach.ts, tags). A variant left out cannot accept the value, so trying only
 * those left chooses what trying every variant in turn would, without the checks of the others.
 * The member is read as the checks read it ({@link JsonChecks#member}, {@link JsonChecks#text}).
 */
public final class VariantTags {
    private final String wire;
    private final Map<String, int[]> byTag;
    private final int[] absent;
    private final int[] other;
    private final int[] all;

    /**
     * {@code leaves[k]}: the variants the string {@code tags[k]} leaves; {@code absent}: those an
     * object without the member can match; {@code other}: those an object whose member is
     * another value can match; every variant for a value that is no object.
     */
    public VariantTags(String wire, String[] tags, int[][] leaves, int[] absent, int[] other, int count) {
        this.wire = wire;
        this.byTag = new HashMap<>(tags.length * 2);
        for (int k = 0; k < tags.length; k++) {
            byTag.put(tags[k], leaves[k]);
        }
        this.absent = absent;
        this.other = other;
        this.all = inOrder(count);
    }

    /** A union whose variants no member tells apart: every variant, in order. */
    public static VariantTags none(int count) {
        return new VariantTags(null, new String[0], new int[0][], inOrder(count), inOrder(count), count);
    }

    /** The variants to try for this JSON, in order (shared: not to be changed). */
    public int[] of(JsonValue json) {
        if (wire == null || !(json instanceof JsonObject)) {
            return all;
        }
        JsonValue member = JsonChecks.member(((JsonObject) json).values(), wire);
        if (member == null) {
            return absent;
        }
        String tag = JsonChecks.text(member);
        int[] left = tag == null ? null : byTag.get(tag);
        return left == null ? other : left;
    }

    private static int[] inOrder(int count) {
        int[] indices = new int[count];
        for (int i = 0; i < count; i++) {
            indices[i] = i;
        }
        return indices;
    }
}
