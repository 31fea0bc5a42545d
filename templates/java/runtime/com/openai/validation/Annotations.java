package com.openai.validation;

import java.util.BitSet;
import java.util.HashSet;
import java.util.Set;

/**
 * What the in-place applicators of one instance location evaluated, for `unevaluatedItems` and
 * `unevaluatedProperties`: items (all of them, a prefix, the ones `contains` matched) and
 * properties (all of them or by name). Only allocated where an unevaluated keyword is in scope.
 */
final class Annotations {
    boolean allItems;
    int itemPrefix;
    BitSet containsItems;
    boolean allProperties;
    Set<String> properties;

    boolean itemEvaluated(int index) {
        return allItems || index < itemPrefix || (containsItems != null && containsItems.get(index));
    }

    boolean propertyEvaluated(String name) {
        return allProperties || (properties != null && properties.contains(name));
    }

    void addProperty(String name) {
        if (properties == null) properties = new HashSet<>();
        properties.add(name);
    }

    void addContains(BitSet indexes) {
        if (containsItems == null) containsItems = new BitSet();
        containsItems.or(indexes);
    }

    /** The annotations of a subschema that passed join this one. */
    void merge(Annotations other) {
        allItems |= other.allItems;
        itemPrefix = Math.max(itemPrefix, other.itemPrefix);
        if (other.containsItems != null) {
            if (containsItems == null) containsItems = new BitSet();
            containsItems.or(other.containsItems);
        }
        allProperties |= other.allProperties;
        if (other.properties != null) {
            if (properties == null) properties = new HashSet<>();
            properties.addAll(other.properties);
        }
    }
}
