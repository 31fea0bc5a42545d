package com.openai.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Every schema resource of a set of documents by absolute URI: the documents themselves, each
 * embedded `$id`, each `$anchor` and `$dynamicAnchor` ("uri#name"), and the base URI of every
 * schema object (by identity). Only keywords that hold schemas are walked, so an `$id` inside
 * `const`, `enum` or an unknown keyword is no identifier (the spec and the suite agree).
 */
final class Registry {
    final Map<String, JsonNode> resources = new HashMap<>();
    final Map<String, JsonNode> anchors = new HashMap<>();
    /** Resource URI -> its `$dynamicAnchor` names -> the schema carrying it. */
    final Map<String, Map<String, JsonNode>> dynamicAnchors = new HashMap<>();
    final Map<JsonNode, String> baseOf = new IdentityHashMap<>();

    private static final Pattern INDEX = Pattern.compile("0|[1-9][0-9]{0,8}");

    /** Keywords whose value is one schema. */
    static final String[] SINGLE = {
        "additionalProperties", "unevaluatedProperties", "unevaluatedItems", "items", "contains", "propertyNames",
        "not", "if", "then", "else", "additionalItems",
    };
    /** Keywords whose value is an array of schemas (`items` too, in drafts before 2020-12). */
    static final String[] LISTS = {"allOf", "anyOf", "oneOf", "prefixItems", "items"};
    /** Keywords whose value maps names to schemas (`dependencies` values may also be name lists). */
    static final String[] MAPS = {"$defs", "definitions", "properties", "patternProperties", "dependentSchemas", "dependencies"};

    /** Registers a document (and every resource in it) under `uri`. */
    void add(String uri, JsonNode document) {
        String base = Uris.withoutFragment(uri);
        resources.put(base, document);
        walk(document, base);
    }

    private void walk(JsonNode node, String base) {
        if (!node.isObject() || baseOf.containsKey(node)) return;
        JsonNode id = node.get("$id");
        if (id != null && id.isTextual()) {
            String resolved = Uris.resolve(base, id.textValue());
            String fragment = Uris.fragment(resolved);
            if (id.textValue().startsWith("#")) {
                // drafts 6 and 7 wrote plain-name anchors as "$id": "#name"
                if (fragment != null && !fragment.isEmpty()) anchors.put(base + "#" + fragment, node);
            } else {
                base = Uris.withoutFragment(resolved);
                resources.put(base, node);
            }
        }
        baseOf.put(node, base);
        JsonNode anchor = node.get("$anchor");
        if (anchor != null && anchor.isTextual()) anchors.put(base + "#" + anchor.textValue(), node);
        JsonNode dynamic = node.get("$dynamicAnchor");
        if (dynamic != null && dynamic.isTextual()) {
            anchors.putIfAbsent(base + "#" + dynamic.textValue(), node);
            Map<String, JsonNode> names = dynamicAnchors.get(base);
            if (names == null) dynamicAnchors.put(base, names = new HashMap<>());
            names.put(dynamic.textValue(), node);
        }
        for (String keyword : SINGLE) {
            JsonNode child = node.get(keyword);
            if (child != null) walk(child, base);
        }
        for (String keyword : LISTS) {
            JsonNode list = node.get(keyword);
            if (list != null && list.isArray()) for (JsonNode child : list) walk(child, base);
        }
        for (String keyword : MAPS) {
            JsonNode map = node.get(keyword);
            if (map != null && map.isObject()) for (Iterator<JsonNode> it = map.elements(); it.hasNext(); ) walk(it.next(), base);
        }
    }

    /** A schema found by absolute URI, with the base URI it is read under. */
    static final class Target {
        final JsonNode node;
        final String base;

        Target(JsonNode node, String base) {
            this.node = node;
            this.base = base;
        }
    }

    /** The schema an absolute URI (with or without a fragment) names, or null. */
    Target find(String uri) {
        String base = Uris.withoutFragment(uri);
        String fragment = Uris.fragment(uri);
        JsonNode resource = resources.get(base);
        if (fragment == null || fragment.isEmpty()) return resource == null ? null : new Target(resource, baseOf(resource, base));
        if (!fragment.startsWith("/")) {
            JsonNode anchored = anchors.get(base + "#" + fragment);
            return anchored == null ? null : new Target(anchored, baseOf(anchored, base));
        }
        if (resource == null) return null;
        JsonNode node = resource;
        String nodeBase = baseOf(resource, base);
        for (String token : Uris.pointerTokens(fragment)) {
            if (node.isObject()) node = node.get(token);
            else if (node.isArray() && INDEX.matcher(token).matches()) node = node.get(Integer.parseInt(token));
            else node = null;
            if (node == null) return null;
            nodeBase = baseOf(node, nodeBase);
        }
        return new Target(node, nodeBase);
    }

    private String baseOf(JsonNode node, String otherwise) {
        String base = baseOf.get(node);
        return base != null ? base : otherwise;
    }
}
