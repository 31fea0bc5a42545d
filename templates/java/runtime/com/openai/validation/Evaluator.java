package com.openai.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

/**
 * One validation run over compiled schemas. With `errors` null it is the fast path: it stops at
 * the first failure and builds no location; otherwise every error is collected with its
 * locations. Keywords run in one fixed order, the same in every language's runtime: `$ref`,
 * `$dynamicRef`, type, enum, const, the number and string assertions, format; the array
 * keywords (maxItems, minItems, uniqueItems, prefixItems, items, contains); the object keywords
 * (maxProperties, minProperties, required, dependentRequired, properties, patternProperties,
 * additionalProperties, propertyNames, dependentSchemas, dependencies); allOf, anyOf, oneOf, not,
 * if/then/else; unevaluatedItems, unevaluatedProperties. Instance members in document order.
 */
final class Evaluator {
    /**
     * More schemas than this applied in a row to the same instance is a `$ref` loop that never
     * reaches into the instance (infinite-loop-detection): refused, not overflowed. Deep instances
     * are limited only by the thread stack (SchemaValidator reports an overflow the same way).
     */
    static final int MAX_IN_PLACE = 128;

    /** Null on the fast path and inside applicators that report one error of their own. */
    List<ValidationError> errors;
    /** The dynamic scope: the schema resources entered, outermost first. */
    private Schema.Resource[] scope = new Schema.Resource[16];
    private int scopeSize;
    /** The instance being evaluated, and how many schemas in a row apply to it. */
    private JsonNode current;
    private int inPlace;

    Evaluator(List<ValidationError> errors) {
        this.errors = errors;
    }

    /** `path` extended by a keyword or name, or null on the fast path. */
    Path at(Path path, String token) {
        return errors == null ? null : path.add(token);
    }

    Path at(Path path, int index) {
        return errors == null ? null : path.add(index);
    }

    void error(Path instance, Path keyword, String message) {
        if (errors != null) errors.add(new ValidationError(instance.toString(), keyword.toString(), message));
    }

    boolean eval(Schema s, JsonNode instance, Path ip, Path kp, Annotations annotations) {
        if (s.bool != null) {
            if (!s.bool) error(ip, kp, "boolean schema is false");
            return s.bool;
        }
        JsonNode outerInstance = current;
        int outerInPlace = inPlace;
        if (instance != current) {
            current = instance;
            inPlace = 0;
        } else if (++inPlace > MAX_IN_PLACE) {
            throw new SchemaException("more than " + MAX_IN_PLACE + " schemas applied in a row to one instance: a $ref loop");
        }
        boolean pushed = scopeSize == 0 || scope[scopeSize - 1] != s.resource;
        if (pushed) {
            if (scopeSize == scope.length) scope = Arrays.copyOf(scope, scopeSize * 2);
            scope[scopeSize++] = s.resource;
        }
        // Annotations come only from schemas that pass: each schema gets its own set, joined to
        // the caller's when it passes (and unevaluated* see only their own schema's set).
        Annotations local = annotations != null || s.collects() ? new Annotations() : null;
        boolean valid = body(s, instance, ip, kp, local);
        if (valid && annotations != null) annotations.merge(local);
        if (pushed) scope[--scopeSize] = null;
        current = outerInstance;
        inPlace = outerInPlace;
        return valid;
    }

    /** Evaluates without reporting (for anyOf, oneOf, not, if, contains, propertyNames). */
    boolean test(Schema s, JsonNode instance, Annotations annotations) {
        List<ValidationError> saved = errors;
        errors = null;
        boolean valid = eval(s, instance, null, null, annotations);
        errors = saved;
        return valid;
    }

    private boolean body(Schema s, JsonNode instance, Path ip, Path kp, Annotations local) {
        boolean valid = true;
        if (s.ref != null && !eval(s.ref, instance, ip, at(kp, "$ref"), local)) {
            if (errors == null) return false;
            valid = false;
        }
        if (s.dynamicRef != null && !eval(dynamicTarget(s), instance, ip, at(kp, "$dynamicRef"), local)) {
            if (errors == null) return false;
            valid = false;
        }
        if (!Assertions.check(this, s, instance, ip, kp)) {
            if (errors == null) return false;
            valid = false;
        }
        if (instance.isArray() && !Members.array(this, s, instance, ip, kp, local)) {
            if (errors == null) return false;
            valid = false;
        }
        if (instance.isObject() && !Members.object(this, s, instance, ip, kp, local)) {
            if (errors == null) return false;
            valid = false;
        }
        if (!inPlace(s, instance, ip, kp, local)) {
            if (errors == null) return false;
            valid = false;
        }
        // last: they read what every other keyword of this schema evaluated
        if (s.unevaluatedItems != null && instance.isArray() && !Members.unevaluatedItems(this, s, instance, ip, kp, local)) {
            if (errors == null) return false;
            valid = false;
        }
        if (s.unevaluatedProperties != null && instance.isObject() && !Members.unevaluatedProperties(this, s, instance, ip, kp, local)) {
            if (errors == null) return false;
            valid = false;
        }
        return valid;
    }

    /** `$dynamicRef`: the outermost resource in scope with the anchor, else the static target. */
    private Schema dynamicTarget(Schema s) {
        if (s.dynamicName == null) return s.dynamicRef;
        for (int i = 0; i < scopeSize; i++) {
            Schema target = scope[i].dynamicAnchors.get(s.dynamicName);
            if (target != null) return target;
        }
        return s.dynamicRef;
    }

    /** allOf, anyOf, oneOf, not, if/then/else: applied to this same instance. */
    private boolean inPlace(Schema s, JsonNode instance, Path ip, Path kp, Annotations local) {
        boolean valid = true;
        if (s.allOf != null) {
            Path at = at(kp, "allOf");
            for (int i = 0; i < s.allOf.length; i++) {
                if (!eval(s.allOf[i], instance, ip, at(at, i), local)) {
                    if (errors == null) return false;
                    valid = false;
                }
            }
        }
        if (s.anyOf != null) {
            // With nothing to annotate, one passing branch decides: the one the discriminator's
            // tag names is tried first (an event among dozens of kinds), then the others in order.
            int tagged = local == null ? taggedVariant(s, instance) : -1;
            boolean any = tagged >= 0 && test(s.anyOf[tagged], instance, null);
            for (int i = 0; i < s.anyOf.length && !(any && local == null); i++) {
                if (i == tagged) continue;
                Schema branch = s.anyOf[i];
                // every passing branch annotates, so with annotations in scope all branches run
                Annotations branchAnnotations = local == null ? null : new Annotations();
                if (test(branch, instance, branchAnnotations)) {
                    any = true;
                    if (local == null) break;
                    local.merge(branchAnnotations);
                }
            }
            if (!any) {
                if (errors == null) return false;
                if (!discriminated(s, s.anyOf, "anyOf", instance, ip, kp)) error(ip, kp.add("anyOf"), "must match a schema in anyOf");
                valid = false;
            }
        }
        if (s.oneOf != null) {
            int passed = 0;
            Annotations first = null;
            for (Schema branch : s.oneOf) {
                Annotations branchAnnotations = local == null ? null : new Annotations();
                if (!test(branch, instance, branchAnnotations)) continue;
                if (++passed == 1) first = branchAnnotations;
                else break;
            }
            if (passed != 1) {
                if (errors == null) return false;
                if (!discriminated(s, s.oneOf, "oneOf", instance, ip, kp)) error(ip, kp.add("oneOf"), "must match exactly one schema in oneOf");
                valid = false;
            } else if (local != null) {
                local.merge(first); // a failing oneOf annotates nothing
            }
        }
        if (s.not != null && test(s.not, instance, null)) {
            if (errors == null) return false;
            error(ip, kp.add("not"), "must NOT be valid");
            valid = false;
        }
        // a lone `if` only annotates: skipped when nothing reads annotations
        if (s.ifSchema != null && (local != null || s.thenSchema != null || s.elseSchema != null)) {
            Annotations condition = local == null ? null : new Annotations();
            boolean passed = test(s.ifSchema, instance, condition);
            if (passed && local != null) local.merge(condition);
            Schema branch = passed ? s.thenSchema : s.elseSchema;
            if (branch != null && !eval(branch, instance, ip, at(kp, passed ? "then" : "else"), local)) {
                if (errors == null) return false;
                valid = false;
            }
        }
        return valid;
    }

    /** The anyOf variant an OpenAPI discriminator's tag names in this object, or -1. */
    private static int taggedVariant(Schema s, JsonNode instance) {
        if (s.discriminatorProperty == null || s.oneOf != null || !instance.isObject()) return -1;
        JsonNode tag = instance.get(s.discriminatorProperty);
        Integer chosen = tag != null && tag.isTextual() ? s.discriminatorVariants.get(tag.textValue()) : null;
        return chosen == null ? -1 : chosen;
    }

    /**
     * The errors of a failing oneOf/anyOf with a `discriminator` on an object (Discriminators): a
     * missing or non-string tag, or a tag no variant has, is one error at the discriminator; else
     * the chosen variant's own errors. False (nothing reported) when the usual error applies: no
     * discriminator, not an object, or the chosen variant passes (so several variants matched).
     */
    private boolean discriminated(Schema s, Schema[] variants, String keyword, JsonNode instance, Path ip, Path kp) {
        if (s.discriminatorProperty == null || !instance.isObject()) return false;
        String name = s.discriminatorProperty;
        JsonNode tag = instance.get(name);
        if (tag == null || !tag.isTextual()) {
            error(ip, kp.add("discriminator"), "tag \"" + name + "\" must be string");
            return true;
        }
        Integer chosen = s.discriminatorVariants.get(tag.textValue());
        if (chosen == null) {
            error(ip, kp.add("discriminator"), "value of tag \"" + name + "\" must be in " + keyword);
            return true;
        }
        // a failing keyword annotates nothing: the variant runs for its errors only
        return !eval(variants[chosen], instance, ip, kp.add(keyword).add(chosen), null);
    }

    /** propertyNames: each name as a string instance; one error, for the first name that fails. */
    boolean propertyNames(Schema s, JsonNode instance, Path ip, Path kp) {
        for (Iterator<String> it = instance.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!test(s.propertyNames, TextNode.valueOf(name), null)) {
                if (errors != null) error(ip, kp.add("propertyNames"), "property name '" + name + "' is invalid");
                return false;
            }
        }
        return true;
    }
}
