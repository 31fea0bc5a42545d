package com.openai.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * OpenAPI's `discriminator` (see ARCHITECTURE.md, "the discriminator rule"): which variant of a
 * oneOf or anyOf a tag value names, decided once when the schema is compiled, from the schema
 * documents themselves (the variants are not compiled yet then). `mapping` first: the first
 * variant whose `$ref` resolves to the URI `mapping[tag]` resolves to; else the first variant
 * whose schema (through its `$ref`s) has `properties/<name>` with a `const` equal to the tag or
 * an `enum` holding it.
 */
final class Discriminators {
    private Discriminators() {}

    /** How many `$ref`s a variant is followed through looking for its tag property (a loop stops there). */
    private static final int MAX_REFS = 64;

    static void read(Registry registry, Schema s, JsonNode node, JsonNode discriminator, String base) {
        JsonNode name = discriminator.get("propertyName");
        if (name == null || !name.isTextual()) return;
        String property = name.textValue();
        JsonNode variants = node.get(s.oneOf != null ? "oneOf" : "anyOf");
        Map<String, Integer> chosen = new HashMap<>();
        JsonNode mapping = discriminator.get("mapping");
        if (mapping != null && mapping.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = mapping.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                if (!entry.getValue().isTextual()) continue;
                String target = Uris.resolve(base, entry.getValue().textValue());
                for (int i = 0; i < variants.size(); i++) {
                    JsonNode ref = variants.get(i).get("$ref");
                    if (ref != null && ref.isTextual() && Uris.resolve(baseOf(registry, variants.get(i), base), ref.textValue()).equals(target)) {
                        chosen.put(entry.getKey(), i);
                        break;
                    }
                }
            }
        }
        for (int i = 0; i < variants.size(); i++) {
            JsonNode tagSchema = tagSchema(registry, variants.get(i), base, property);
            if (tagSchema == null) continue;
            JsonNode constant = tagSchema.get("const");
            if (constant != null && constant.isTextual() && !chosen.containsKey(constant.textValue())) chosen.put(constant.textValue(), i);
            JsonNode values = tagSchema.get("enum");
            if (values != null && values.isArray()) {
                for (JsonNode value : values) if (value.isTextual() && !chosen.containsKey(value.textValue())) chosen.put(value.textValue(), i);
            }
        }
        s.discriminatorProperty = property;
        s.discriminatorVariants = chosen;
    }

    /** The schema of `properties/<property>` in a variant, following its `$ref`s; null when it has none. */
    private static JsonNode tagSchema(Registry registry, JsonNode variant, String base, String property) {
        JsonNode node = variant;
        for (int refs = 0; refs <= MAX_REFS && node != null && node.isObject(); refs++) {
            String own = baseOf(registry, node, base);
            JsonNode properties = node.get("properties");
            if (properties != null && properties.isObject() && properties.has(property)) return properties.get(property);
            JsonNode ref = node.get("$ref");
            if (ref == null || !ref.isTextual()) return null;
            Registry.Target target = registry.find(Uris.resolve(own, ref.textValue()));
            if (target == null) return null;
            node = target.node;
            base = target.base;
        }
        return null;
    }

    private static String baseOf(Registry registry, JsonNode node, String base) {
        String own = registry.baseOf.get(node);
        return own != null ? own : base;
    }
}
