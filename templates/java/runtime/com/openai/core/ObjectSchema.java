package com.openai.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Objects: declared properties, then the others (allowed, denied, or checked against a schema). */
public final class ObjectSchema implements Schema {
    private final Map<String, Schema> properties = new LinkedHashMap<>();
    private final List<String> required = new ArrayList<>();
    private Schema additional = Schema.any();
    private boolean deny = false;

    public ObjectSchema property(String name, boolean isRequired, Schema schema) {
        properties.put(name, schema);
        if (isRequired) {
            required.add(name);
        }
        return this;
    }

    public ObjectSchema additionalProperties(Schema schema) {
        additional = schema;
        return this;
    }

    public ObjectSchema noAdditionalProperties() {
        deny = true;
        return this;
    }

    @Override
    public void check(JsonValue value, String pointer, List<Schema.Issue> issues) {
        if (!value.asObject().isPresent()) {
            issues.add(new Schema.Issue(pointer, "type", "must be object"));
            return;
        }
        Map<String, JsonValue> members = value.asObject().get();
        for (Map.Entry<String, Schema> property : properties.entrySet()) {
            JsonValue member = members.get(property.getKey());
            if (member != null && !member.isMissing()) {
                property.getValue().check(member, Schema.child(pointer, property.getKey()), issues);
            } else if (required.contains(property.getKey())) {
                issues.add(new Schema.Issue(pointer, "required", "must have required property '" + property.getKey() + "'"));
            }
        }
        for (Map.Entry<String, JsonValue> member : members.entrySet()) {
            if (properties.containsKey(member.getKey())) {
                continue;
            }
            if (deny) {
                issues.add(new Schema.Issue(pointer, "additionalProperties", "must NOT have additional property '" + member.getKey() + "'"));
            } else {
                additional.check(member.getValue(), Schema.child(pointer, member.getKey()), issues);
            }
        }
    }
}
