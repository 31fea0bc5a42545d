package com.openai.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Map;

/**
 * One schema object compiled once (see Compiler): each keyword read into a field of the type its
 * check needs (null or -1: absent), subschemas linked directly, references resolved. Errors
 * name the keywords as written, so the texts they print are kept beside the values.
 */
final class Schema {
    /** The schema resource this schema belongs to (for `$dynamicRef`'s dynamic scope). */
    final Resource resource;
    /** Non-null for the boolean schemas `true` and `false`. */
    Boolean bool;

    Schema ref;
    Schema dynamicRef;
    /** The `$dynamicAnchor` name the dynamic scope is searched for, when the static target has it. */
    String dynamicName;

    int types;
    String typeMessage;
    JsonNode[] enumValues;
    JsonNode constValue;
    BigDecimal multipleOf;
    BigDecimal maximum;
    BigDecimal exclusiveMaximum;
    BigDecimal minimum;
    BigDecimal exclusiveMinimum;
    String multipleOfText;
    String maximumText;
    String exclusiveMaximumText;
    String minimumText;
    String exclusiveMinimumText;
    long maxLength = -1;
    long minLength = -1;
    PatternSearch pattern;
    String patternSource;
    Formats.Format format;
    String formatName;
    long maxItems = -1;
    long minItems = -1;
    boolean uniqueItems;
    long maxProperties = -1;
    long minProperties = -1;
    String[] required;
    String[] dependentRequiredKeys;
    String[][] dependentRequired;

    Schema[] allOf;
    Schema[] anyOf;
    Schema[] oneOf;
    Schema not;
    /**
     * OpenAPI's `discriminator` beside oneOf/anyOf (Discriminators): the tag property, and the index
     * of the variant each tag value chooses. It never changes validity, only which errors a failing
     * oneOf or anyOf reports.
     */
    String discriminatorProperty;
    Map<String, Integer> discriminatorVariants;
    Schema ifSchema;
    Schema thenSchema;
    Schema elseSchema;
    String[] dependentSchemaKeys;
    Schema[] dependentSchemas;
    /** `dependencies` (before 2019-09): per name, the names it requires or (null) its schema. */
    String[] dependencyKeys;
    String[][] dependencyNames;
    Schema[] dependencies;
    Schema[] prefixItems;
    Schema items;
    /** How the resource's draft spells them: "prefixItems" and "items", or "items" and "additionalItems" before 2020-12. */
    String prefixItemsKeyword = "prefixItems";
    String itemsKeyword = "items";
    Schema contains;
    long minContains = 1;
    long maxContains = -1;
    /** Whether `minContains` is written (errors of a low count then name it). */
    boolean hasMinContains;
    Map<String, Schema> properties;
    PatternSearch[] patternProperties;
    String[] patternPropertySources;
    Schema[] patternPropertySchemas;
    Schema additionalProperties;
    Schema propertyNames;
    Schema unevaluatedItems;
    Schema unevaluatedProperties;

    Schema(Resource resource) {
        this.resource = resource;
    }

    /** Whether evaluating this schema needs the annotations of its in-place subschemas. */
    boolean collects() {
        return unevaluatedItems != null || unevaluatedProperties != null;
    }

    /** A schema resource: its URI, its `$dynamicAnchor`s, and the vocabularies its meta-schema enables. */
    static final class Resource {
        final String uri;
        final Map<String, Schema> dynamicAnchors;
        final boolean validation;
        final boolean applicator;
        final boolean formatAssertion;
        /** The draft its `$schema` names: 2020 (also when absent or unknown), 2019, or 7 for drafts 4 to 7. */
        final int draft;

        Resource(String uri, Map<String, Schema> dynamicAnchors, boolean validation, boolean applicator, boolean formatAssertion, int draft) {
            this.uri = uri;
            this.dynamicAnchors = dynamicAnchors;
            this.validation = validation;
            this.applicator = applicator;
            this.formatAssertion = formatAssertion;
            this.draft = draft;
        }
    }
}
