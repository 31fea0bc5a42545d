package com.openai.core;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A union told apart by a string property, as OpenAPI's discriminator. */
public final class DiscriminatedSchema implements Schema {
    private final String propertyName;
    private final Map<String, Schema> variants = new LinkedHashMap<>();

    DiscriminatedSchema(String propertyName) {
        this.propertyName = propertyName;
    }

    public DiscriminatedSchema variant(String tag, Schema schema) {
        variants.put(tag, schema);
        return this;
    }

    @Override
    public void check(JsonValue value, String pointer, List<Schema.Issue> issues) {
        if (!value.asObject().isPresent()) {
            issues.add(new Schema.Issue(pointer, "type", "must be object"));
            return;
        }
        JsonValue tag = value.asObject().get().get(propertyName);
        if (tag == null || !tag.asString().isPresent()) {
            issues.add(new Schema.Issue(pointer, "discriminator", "tag \"" + propertyName + "\" must be string"));
            return;
        }
        Schema variant = variants.get(tag.asString().get());
        if (variant == null) {
            issues.add(new Schema.Issue(pointer, "discriminator", "value of tag \"" + propertyName + "\" must be in oneOf, found \"" + tag + "\""));
            return;
        }
        variant.check(value, pointer, issues);
    }
}
