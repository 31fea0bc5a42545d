package com.openai.core;

import java.util.List;

/** Arrays: every item against one schema, and the item count. */
public final class ArraySchema implements Schema {
    private final Schema items;
    private Integer minItems;
    private Integer maxItems;

    ArraySchema(Schema items) {
        this.items = items;
    }

    public ArraySchema minItems(int value) {
        minItems = value;
        return this;
    }

    public ArraySchema maxItems(int value) {
        maxItems = value;
        return this;
    }

    @Override
    public void check(JsonValue value, String pointer, List<Schema.Issue> issues) {
        if (!value.asArray().isPresent()) {
            issues.add(new Schema.Issue(pointer, "type", "must be array"));
            return;
        }
        List<JsonValue> values = value.asArray().get();
        if (minItems != null && values.size() < minItems) {
            issues.add(new Schema.Issue(pointer, "minItems", "must NOT have fewer than " + minItems + " items"));
        }
        if (maxItems != null && values.size() > maxItems) {
            issues.add(new Schema.Issue(pointer, "maxItems", "must NOT have more than " + maxItems + " items"));
        }
        for (int i = 0; i < values.size(); i++) {
            items.check(values.get(i), Schema.child(pointer, String.valueOf(i)), issues);
        }
    }
}
