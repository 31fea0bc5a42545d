package com.openai.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.BitSet;
import java.util.Iterator;
import java.util.Map;

/**
 * The array keywords and the object keywords (assertions first, then the applicators that reach
 * into items or members, dependentSchemas last), and the unevaluated keywords that Evaluator
 * runs after everything else. Each keyword runs over the members in document order before the
 * next keyword starts, so errors come keyword by keyword.
 */
final class Members {
    private Members() {}

    static boolean array(Evaluator e, Schema s, JsonNode array, Path ip, Path kp, Annotations local) {
        boolean valid = Assertions.array(e, s, array, ip, kp);
        if (!valid && e.errors == null) return false;
        int size = array.size();
        int prefix = 0;
        // each keyword annotates only when it passes (as in the other runtimes)
        if (s.prefixItems != null) {
            prefix = Math.min(size, s.prefixItems.length);
            Path at = e.at(kp, s.prefixItemsKeyword);
            boolean ok = true;
            for (int i = 0; i < prefix; i++) {
                if (!e.eval(s.prefixItems[i], array.get(i), e.at(ip, i), e.at(at, i), null)) {
                    if (e.errors == null) return false;
                    ok = false;
                }
            }
            if (ok && local != null) local.itemPrefix = Math.max(local.itemPrefix, prefix);
            valid &= ok;
        }
        if (s.items != null) {
            Path at = e.at(kp, s.itemsKeyword);
            boolean ok = true;
            for (int i = prefix; i < size; i++) {
                if (!e.eval(s.items, array.get(i), e.at(ip, i), at, null)) {
                    if (e.errors == null) return false;
                    ok = false;
                }
            }
            if (ok && local != null) local.allItems = true;
            valid &= ok;
        }
        if (s.contains != null && !contains(e, s, array, ip, kp, local)) {
            if (e.errors == null) return false;
            valid = false;
        }
        return valid;
    }

    private static boolean contains(Evaluator e, Schema s, JsonNode array, Path ip, Path kp, Annotations local) {
        long count = 0;
        BitSet matched = local == null ? null : new BitSet();
        for (int i = 0; i < array.size(); i++) {
            if (e.test(s.contains, array.get(i), null)) {
                count++;
                if (matched != null) matched.set(i);
                else if (s.maxContains < 0 && count >= s.minContains) break; // nothing more to learn
            }
        }
        if (count < s.minContains) {
            if (e.errors != null) e.error(ip, kp.add(s.hasMinContains ? "minContains" : "contains"), "must contain at least " + s.minContains + " valid item(s)");
            return false;
        }
        if (s.maxContains >= 0 && count > s.maxContains) {
            if (e.errors != null) e.error(ip, kp.add("maxContains"), "must contain at most " + s.maxContains + " valid item(s)");
            return false;
        }
        if (matched != null) local.addContains(matched);
        return true;
    }

    static boolean object(Evaluator e, Schema s, JsonNode object, Path ip, Path kp, Annotations local) {
        boolean valid = Assertions.object(e, s, object, ip, kp);
        if (!valid && e.errors == null) return false;
        // each keyword annotates only when it passes: a second pass over the names, only then
        if (s.properties != null) {
            Path at = e.at(kp, "properties");
            boolean ok = true;
            // In the schema's order (a LinkedHashMap), as Ajv checks them: the errors come in one
            // order in every language, whatever order the members were written in (a model writes
            // them in its own property order).
            for (Map.Entry<String, Schema> property : s.properties.entrySet()) {
                JsonNode value = object.get(property.getKey());
                if (value == null) continue;
                if (!e.eval(property.getValue(), value, e.at(ip, property.getKey()), e.at(at, property.getKey()), null)) {
                    if (e.errors == null) return false;
                    ok = false;
                }
            }
            if (ok && local != null) for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                if (s.properties.containsKey(name)) local.addProperty(name);
            }
            valid &= ok;
        }
        if (s.patternProperties != null) {
            Path at = e.at(kp, "patternProperties");
            boolean ok = true;
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> member = it.next();
                for (int j = 0; j < s.patternProperties.length; j++) {
                    if (!s.patternProperties[j].find(member.getKey())) continue;
                    if (!e.eval(s.patternPropertySchemas[j], member.getValue(), e.at(ip, member.getKey()), e.at(at, s.patternPropertySources[j]), null)) {
                        if (e.errors == null) return false;
                        ok = false;
                    }
                }
            }
            if (ok && local != null) for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                for (PatternSearch p : s.patternProperties) {
                    if (!p.find(name)) continue;
                    local.addProperty(name);
                    break;
                }
            }
            valid &= ok;
        }
        if (s.additionalProperties != null) {
            Path at = e.at(kp, "additionalProperties");
            boolean ok = true;
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> member = it.next();
                if (declared(s, member.getKey())) continue;
                if (!e.eval(s.additionalProperties, member.getValue(), e.at(ip, member.getKey()), at, null)) {
                    if (e.errors == null) return false;
                    ok = false;
                }
            }
            if (ok && local != null) for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                if (!declared(s, name)) local.addProperty(name);
            }
            valid &= ok;
        }
        if (s.propertyNames != null && !e.propertyNames(s, object, ip, kp)) {
            if (e.errors == null) return false;
            valid = false;
        }
        if (s.dependentSchemas != null) {
            Path at = e.at(kp, "dependentSchemas");
            for (int i = 0; i < s.dependentSchemas.length; i++) {
                String key = s.dependentSchemaKeys[i];
                if (object.has(key) && !e.eval(s.dependentSchemas[i], object, ip, e.at(at, key), local)) {
                    if (e.errors == null) return false;
                    valid = false;
                }
            }
        }
        if (s.dependencies != null && !dependencies(e, s, object, ip, kp, local)) {
            if (e.errors == null) return false;
            valid = false;
        }
        return valid;
    }

    /** `dependencies` (before 2019-09; still read): per present name, its names required or its schema applied. */
    private static boolean dependencies(Evaluator e, Schema s, JsonNode object, Path ip, Path kp, Annotations local) {
        boolean valid = true;
        for (int i = 0; i < s.dependencyKeys.length; i++) {
            String key = s.dependencyKeys[i];
            if (!object.has(key)) continue;
            if (s.dependencyNames[i] != null) {
                for (String name : s.dependencyNames[i]) {
                    if (object.has(name)) continue;
                    if (e.errors == null) return false;
                    e.error(ip, kp.add("dependencies"), "must have property " + name + " when property " + key + " is present");
                    valid = false;
                }
            } else if (!e.eval(s.dependencies[i], object, ip, e.errors == null ? null : kp.add("dependencies").add(key), local)) {
                if (e.errors == null) return false;
                valid = false;
            }
        }
        return valid;
    }

    /** unevaluatedItems: the items no other keyword of the schema (or its passing in-place subschemas) evaluated. */
    static boolean unevaluatedItems(Evaluator e, Schema s, JsonNode array, Path ip, Path kp, Annotations local) {
        boolean valid = true;
        Path at = e.at(kp, "unevaluatedItems");
        for (int i = 0; i < array.size(); i++) {
            if (local.itemEvaluated(i)) continue;
            if (!e.eval(s.unevaluatedItems, array.get(i), e.at(ip, i), at, null)) {
                if (e.errors == null) return false;
                valid = false;
            }
        }
        if (valid) local.allItems = true;
        return valid;
    }

    /** unevaluatedProperties: the same for an object's members. */
    static boolean unevaluatedProperties(Evaluator e, Schema s, JsonNode object, Path ip, Path kp, Annotations local) {
        boolean valid = true;
        Path at = e.at(kp, "unevaluatedProperties");
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> member = it.next();
            if (local.propertyEvaluated(member.getKey())) continue;
            if (!e.eval(s.unevaluatedProperties, member.getValue(), e.at(ip, member.getKey()), at, null)) {
                if (e.errors == null) return false;
                valid = false;
            }
        }
        if (valid) local.allProperties = true;
        return valid;
    }

    /** Whether `properties` or `patternProperties` of the same schema covers the name. */
    private static boolean declared(Schema s, String name) {
        if (s.properties != null && s.properties.containsKey(name)) return true;
        if (s.patternProperties != null) for (PatternSearch p : s.patternProperties) if (p.find(name)) return true;
        return false;
    }
}
