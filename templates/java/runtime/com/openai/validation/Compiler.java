package com.openai.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Schema objects -> Schema, each once (by identity), following references as they are met, so
 * that only what the root can reach is compiled (the meta-schemas of a document set cost nothing
 * until a `$ref` names them). Refuses (SchemaException) what it cannot honour.
 */
final class Compiler {
    private static final String VOCAB = "https://json-schema.org/draft/2020-12/vocab/";

    private final Registry registry;
    private final Map<String, String> patterns;
    private final Map<String, JsonNode> programs;
    /** The programs read so far: one matcher per pattern, which every schema using it shares (a search is thread-safe). */
    private final Map<String, LinearPattern> linear = new HashMap<>();
    private final boolean formatAssertion;
    private final Map<JsonNode, Schema> compiled = new IdentityHashMap<>();
    private final Map<String, Schema.Resource> resources = new HashMap<>();
    private final ArrayDeque<Object[]> pending = new ArrayDeque<>();
    /** What the running compile added, undone if it is refused. */
    private final List<JsonNode> created = new ArrayList<>();
    private final List<String> createdResources = new ArrayList<>();

    Compiler(Registry registry, Map<String, String> patterns, Map<String, JsonNode> programs, boolean formatAssertion) {
        this.registry = registry;
        this.patterns = patterns;
        this.programs = programs;
        this.formatAssertion = formatAssertion;
    }

    /** The compiled schema an absolute URI names, with everything it reaches compiled. */
    Schema compile(String uri) {
        Registry.Target target = registry.find(uri);
        if (target == null) throw new SchemaException("no schema at " + uri);
        created.clear();
        try {
            Schema root = schema(target.node, target.base);
            while (!pending.isEmpty()) {
                Object[] next = pending.poll();
                fill((Schema) next[0], (JsonNode) next[1]);
            }
            return root;
        } catch (SchemaException e) {
            // all or nothing: a later compile must not find half-compiled schemas of a refused one
            for (JsonNode node : created) compiled.remove(node);
            for (String resource : createdResources) resources.remove(resource);
            pending.clear();
            throw e;
        } finally {
            created.clear();
            createdResources.clear();
        }
    }

    private Schema schema(JsonNode node, String base) {
        Schema known = compiled.get(node);
        if (known != null) return known;
        if (!node.isObject() && !node.isBoolean()) throw new SchemaException("not a schema: " + node + " (base " + base + ")");
        Schema schema = new Schema(resource(base));
        compiled.put(node, schema);
        created.add(node);
        pending.add(new Object[] {schema, node});
        return schema;
    }

    private Schema child(JsonNode node, String base) {
        String own = registry.baseOf.get(node);
        return schema(node, own != null ? own : base);
    }

    private Schema.Resource resource(String uri) {
        Schema.Resource known = resources.get(uri);
        if (known != null) return known;
        JsonNode root = registry.resources.get(uri);
        JsonNode vocabularies = null;
        JsonNode dialect = root == null ? null : root.get("$schema");
        if (dialect != null && dialect.isTextual()) {
            JsonNode meta = registry.resources.get(Uris.withoutFragment(dialect.textValue()));
            if (meta != null) vocabularies = meta.get("$vocabulary");
        }
        // A meta-schema with $vocabulary enables only those vocabularies (vocabulary.json).
        boolean listed = vocabularies != null && vocabularies.isObject();
        Map<String, Schema> anchors = new HashMap<>();
        Schema.Resource resource = new Schema.Resource(
            uri,
            Collections.unmodifiableMap(anchors),
            !listed || vocabularies.has(VOCAB + "validation"),
            !listed || vocabularies.has(VOCAB + "applicator"),
            formatAssertion || (listed && vocabularies.has(VOCAB + "format-assertion")),
            draft(dialect));
        resources.put(uri, resource);
        createdResources.add(uri);
        Map<String, JsonNode> dynamic = registry.dynamicAnchors.get(uri);
        if (dynamic != null) for (Map.Entry<String, JsonNode> e : dynamic.entrySet()) anchors.put(e.getKey(), schema(e.getValue(), uri));
        return resource;
    }

    /** The draft a `$schema` URI names (cross-draft references keep their own draft's meaning). */
    private static int draft(JsonNode dialect) {
        String uri = dialect != null && dialect.isTextual() ? dialect.textValue() : "";
        if (uri.contains("/draft/2019-09/")) return 2019;
        return uri.matches("https?://json-schema\\.org/draft-0[4-7]/schema#?") ? 7 : 2020;
    }

    private Schema reference(String base, String reference, String keyword) {
        Registry.Target target = registry.find(Uris.resolve(base, reference));
        if (target == null) throw new SchemaException("unresolvable " + keyword + " \"" + reference + "\" (base " + base + ")");
        return schema(target.node, target.base);
    }

    private void fill(Schema s, JsonNode node) {
        if (node.isBoolean()) {
            s.bool = node.booleanValue();
            return;
        }
        String base = registry.baseOf.get(node);
        if (base == null) base = s.resource.uri;
        JsonNode v;
        if ((v = node.get("$ref")) != null && v.isTextual()) {
            s.ref = reference(base, v.textValue(), "$ref");
            if (s.resource.draft <= 7) return; // before 2019-09, $ref replaces its siblings
        }
        if ((v = node.get("$dynamicRef")) != null && v.isTextual()) {
            Registry.Target target = registry.find(Uris.resolve(base, v.textValue()));
            if (target == null) throw new SchemaException("unresolvable $dynamicRef \"" + v.textValue() + "\" (base " + base + ")");
            s.dynamicRef = schema(target.node, target.base);
            String name = Uris.fragment(v.textValue());
            JsonNode anchor = target.node.get("$dynamicAnchor");
            if (name != null && anchor != null && name.equals(anchor.asText())) s.dynamicName = name;
        }
        if (s.resource.validation) validation(s, node);
        if (s.resource.formatAssertion && (v = node.get("format")) != null && v.isTextual()) {
            s.format = Formats.get(v.textValue());
            s.formatName = v.textValue();
        }
        if (s.resource.applicator) applicators(s, node, base);
        if ((v = node.get("unevaluatedItems")) != null) s.unevaluatedItems = child(v, base);
        if ((v = node.get("unevaluatedProperties")) != null) s.unevaluatedProperties = child(v, base);
    }

    private void validation(Schema s, JsonNode node) {
        JsonNode v;
        if ((v = node.get("type")) != null) {
            List<String> names = new ArrayList<>();
            if (v.isTextual()) names.add(v.textValue());
            else for (JsonNode name : v) names.add(name.asText());
            for (String name : names) s.types |= Json.typeBit(name);
            s.typeMessage = "must be " + String.join(",", names);
        }
        if ((v = node.get("enum")) != null && v.isArray()) {
            s.enumValues = new JsonNode[v.size()];
            for (int i = 0; i < v.size(); i++) s.enumValues[i] = v.get(i);
        }
        s.constValue = node.get("const");
        if ((v = number(node, "multipleOf")) != null) {
            s.multipleOf = Json.decimal(v);
            s.multipleOfText = Json.numberText(v);
        }
        if ((v = number(node, "maximum")) != null) {
            s.maximum = Json.decimal(v);
            s.maximumText = Json.numberText(v);
        }
        if ((v = number(node, "exclusiveMaximum")) != null) {
            s.exclusiveMaximum = Json.decimal(v);
            s.exclusiveMaximumText = Json.numberText(v);
        }
        if ((v = number(node, "minimum")) != null) {
            s.minimum = Json.decimal(v);
            s.minimumText = Json.numberText(v);
        }
        if ((v = number(node, "exclusiveMinimum")) != null) {
            s.exclusiveMinimum = Json.decimal(v);
            s.exclusiveMinimumText = Json.numberText(v);
        }
        s.maxLength = count(node, "maxLength");
        s.minLength = count(node, "minLength");
        if ((v = node.get("pattern")) != null && v.isTextual()) {
            s.pattern = pattern(v.textValue());
            s.patternSource = v.textValue();
        }
        s.maxItems = count(node, "maxItems");
        s.minItems = count(node, "minItems");
        s.uniqueItems = (v = node.get("uniqueItems")) != null && v.asBoolean();
        long min = count(node, "minContains");
        s.hasMinContains = min >= 0;
        if (min >= 0) s.minContains = min;
        s.maxContains = count(node, "maxContains");
        s.maxProperties = count(node, "maxProperties");
        s.minProperties = count(node, "minProperties");
        if ((v = node.get("required")) != null && v.isArray()) s.required = strings(v);
        if (s.resource.draft > 7 && (v = node.get("dependentRequired")) != null && v.isObject()) {
            List<String> keys = new ArrayList<>();
            List<String[]> values = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                keys.add(e.getKey());
                values.add(strings(e.getValue()));
            }
            s.dependentRequiredKeys = keys.toArray(new String[0]);
            s.dependentRequired = values.toArray(new String[0][]);
        }
    }

    private void applicators(Schema s, JsonNode node, String base) {
        JsonNode v;
        s.allOf = list(node.get("allOf"), base);
        s.anyOf = list(node.get("anyOf"), base);
        s.oneOf = list(node.get("oneOf"), base);
        if ((s.oneOf != null || s.anyOf != null) && (v = node.get("discriminator")) != null) Discriminators.read(registry, s, node, v, base);
        if ((v = node.get("not")) != null) s.not = child(v, base);
        if ((v = node.get("if")) != null) {
            s.ifSchema = child(v, base);
            if ((v = node.get("then")) != null) s.thenSchema = child(v, base);
            if ((v = node.get("else")) != null) s.elseSchema = child(v, base);
        }
        if (s.resource.draft > 7 && (v = node.get("dependentSchemas")) != null && v.isObject()) {
            List<String> keys = new ArrayList<>();
            List<Schema> schemas = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                keys.add(e.getKey());
                schemas.add(child(e.getValue(), base));
            }
            s.dependentSchemaKeys = keys.toArray(new String[0]);
            s.dependentSchemas = schemas.toArray(new Schema[0]);
        }
        if ((v = node.get("dependencies")) != null && v.isObject()) {
            // the keyword 2019-09 split in two, read as before (optional/dependencies-compatibility)
            int n = v.size();
            s.dependencyKeys = new String[n];
            s.dependencyNames = new String[n][];
            s.dependencies = new Schema[n];
            int i = 0;
            for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); i++) {
                Map.Entry<String, JsonNode> e = it.next();
                s.dependencyKeys[i] = e.getKey();
                if (e.getValue().isArray()) s.dependencyNames[i] = strings(e.getValue());
                else s.dependencies[i] = child(e.getValue(), base);
            }
        }
        if (s.resource.draft < 2020) {
            // before 2020-12: items as an array is prefixItems, additionalItems the rest
            if ((v = node.get("items")) != null && v.isArray()) {
                s.prefixItems = list(v, base);
                s.prefixItemsKeyword = "items";
                if ((v = node.get("additionalItems")) != null) s.items = child(v, base);
                s.itemsKeyword = "additionalItems";
            } else if (v != null) {
                s.items = child(v, base);
            }
        } else {
            s.prefixItems = list(node.get("prefixItems"), base);
            if ((v = node.get("items")) != null && !v.isArray()) s.items = child(v, base);
        }
        if ((v = node.get("contains")) != null) s.contains = child(v, base);
        if ((v = node.get("properties")) != null && v.isObject()) {
            s.properties = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                s.properties.put(e.getKey(), child(e.getValue(), base));
            }
        }
        if ((v = node.get("patternProperties")) != null && v.isObject()) {
            int n = v.size();
            s.patternProperties = new PatternSearch[n];
            s.patternPropertySources = new String[n];
            s.patternPropertySchemas = new Schema[n];
            int i = 0;
            for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); i++) {
                Map.Entry<String, JsonNode> e = it.next();
                s.patternProperties[i] = pattern(e.getKey());
                s.patternPropertySources[i] = e.getKey();
                s.patternPropertySchemas[i] = child(e.getValue(), base);
            }
        }
        if ((v = node.get("additionalProperties")) != null) s.additionalProperties = child(v, base);
        if ((v = node.get("propertyNames")) != null) s.propertyNames = child(v, base);
    }

    private Schema[] list(JsonNode v, String base) {
        if (v == null || !v.isArray()) return null;
        Schema[] out = new Schema[v.size()];
        for (int i = 0; i < out.length; i++) out[i] = child(v.get(i), base);
        return out;
    }

    /**
     * An ECMA-262 pattern's search, built once: on the linear-time matcher when the programs
     * table has its program (a pattern a backtracking engine could take exponential or polynomial
     * time on), otherwise on java.util.regex, the table's translation compiled. A pattern the
     * table refused (null) refuses the schema; one neither table lists (a document the tables
     * were not built from, such as a meta-schema) is read as java.util.regex syntax, which agrees
     * on the simple patterns such documents use.
     */
    private PatternSearch pattern(String source) {
        LinearPattern matcher = linear.get(source);
        if (matcher != null) return matcher;
        JsonNode program = programs.get(source);
        if (program != null) {
            try {
                matcher = new LinearPattern(program);
            } catch (SchemaException e) {
                throw new SchemaException("pattern " + source + ": " + e.getMessage());
            }
            linear.put(source, matcher);
            return matcher;
        }
        String translated = patterns.containsKey(source) ? patterns.get(source) : source;
        if (translated == null) throw new SchemaException("pattern " + source + " has no java.util.regex translation");
        try {
            return PatternSearch.engine(Pattern.compile(translated));
        } catch (PatternSyntaxException e) {
            throw new SchemaException("pattern " + source + " does not compile: " + e.getDescription());
        }
    }

    private static JsonNode number(JsonNode node, String keyword) {
        JsonNode v = node.get(keyword);
        return v != null && v.isNumber() && Json.decimal(v) != null ? v : null;
    }

    /** A non-negative integer keyword (2.0 included), -1 when absent; beyond long, Long.MAX_VALUE. */
    private static long count(JsonNode node, String keyword) {
        JsonNode v = number(node, keyword);
        if (v == null) return -1;
        BigDecimal d = Json.decimal(v);
        if (d.signum() < 0) return -1;
        return d.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) >= 0 ? Long.MAX_VALUE : d.longValue();
    }

    private static String[] strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode item : array) if (item.isTextual()) out.add(item.textValue());
        return out.toArray(new String[0]);
    }
}
