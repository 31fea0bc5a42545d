package com.openai.core;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What every model's Builder does with the properties its schema does not declare (kept, and
 * written back as given). {@code B} is the Builder itself, so each method returns it for chaining.
 */
public abstract class ModelBuilder<B extends ModelBuilder<B>> {
    /** The additional properties set so far, in the order set; build() copies them. */
    protected final Map<String, JsonValue> additionalProperties = new LinkedHashMap<>();

    protected ModelBuilder() {}

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }

    /** Replaces all additional properties. */
    public final B additionalProperties(Map<String, JsonValue> additionalProperties) {
        this.additionalProperties.clear();
        return putAllAdditionalProperties(additionalProperties);
    }

    public final B putAdditionalProperty(String key, JsonValue value) {
        this.additionalProperties.put(key, value);
        return self();
    }

    public final B putAllAdditionalProperties(Map<String, JsonValue> additionalProperties) {
        this.additionalProperties.putAll(additionalProperties);
        return self();
    }

    public final B removeAdditionalProperty(String key) {
        this.additionalProperties.remove(key);
        return self();
    }

    public final B removeAllAdditionalProperties(Set<String> keys) {
        for (String key : keys) {
            removeAdditionalProperty(key);
        }
        return self();
    }
}
