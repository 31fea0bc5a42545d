package com.openai.validation;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * A JSON Schema 2020-12 validator interpreting the schema itself: built once from the documents
 * a schema may reference (by absolute URI), the schema and the URI it is known by, the
 * java.util.regex translation of each of its ECMA-262 patterns (or, for those a backtracking
 * engine could take exponential or polynomial time on, the program of the linear-time matcher,
 * LinearPattern), and whether `format` asserts.
 * Building resolves every `$id`, `$anchor` and `$dynamicAnchor` of the documents and compiles
 * each schema object the root reaches once; it throws SchemaException for what it cannot honour
 * (an unresolvable `$ref`, a pattern without translation). Validating is thread-safe.
 *
 * <p>Read instances with {@link #readJson(String)} (or a mapper with USE_BIG_INTEGER_FOR_INTS and
 * USE_BIG_DECIMAL_FOR_FLOATS, exact up to the double range) so that numbers compare exactly.
 */
public final class SchemaValidator {
    private final Registry registry;
    private final Compiler compiler;
    private final String uri;
    private final Schema schema;

    public SchemaValidator(Map<String, JsonNode> documents, String rootUri, JsonNode schema, Map<String, String> patterns, boolean formatAssertion) {
        this(documents, rootUri, schema, patterns, Collections.<String, JsonNode>emptyMap(), formatAssertion);
    }

    /** As above, and {@code programs}: the patterns that run on the linear-time matcher, each with its program (a JSON array). */
    public SchemaValidator(
        Map<String, JsonNode> documents,
        String rootUri,
        JsonNode schema,
        Map<String, String> patterns,
        Map<String, JsonNode> programs,
        boolean formatAssertion
    ) {
        this.registry = new Registry();
        for (Map.Entry<String, JsonNode> document : documents.entrySet()) registry.add(document.getKey(), document.getValue());
        this.uri = Uris.withoutFragment(rootUri);
        registry.add(uri, schema);
        this.compiler = new Compiler(registry, patterns, programs, formatAssertion);
        this.schema = compiler.compile(uri);
    }

    private SchemaValidator(SchemaValidator from, String uri, Schema schema) {
        this.registry = from.registry;
        this.compiler = from.compiler;
        this.uri = uri;
        this.schema = schema;
    }

    /**
     * The validator of the schema a URI reference names, resolved against this one's URI: a JSON
     * pointer or an anchor in a fragment ("#/$defs/Name", "#name") or another document's URI.
     */
    public SchemaValidator at(String reference) {
        String target = Uris.resolve(uri, reference);
        Schema found;
        synchronized (compiler) {
            found = compiler.compile(target);
        }
        return new SchemaValidator(this, target, found);
    }

    /**
     * Whether the instance is valid: stops at the first failure. Throws SchemaException for a
     * `$ref` loop that never reaches into the instance (Evaluator.MAX_IN_PLACE), or an instance
     * nested deeper than the thread stack allows.
     */
    public boolean isValid(JsonNode instance) {
        try {
            return new Evaluator(null).eval(schema, instance, null, null, null);
        } catch (StackOverflowError e) {
            throw tooDeep();
        }
    }

    /** Every error, in evaluation order; empty when the instance is valid. Throws as isValid does. */
    public List<ValidationError> validate(JsonNode instance) {
        List<ValidationError> errors = new ArrayList<>();
        try {
            new Evaluator(errors).eval(schema, instance, Path.ROOT, Path.ROOT, null);
        } catch (StackOverflowError e) {
            throw tooDeep();
        }
        return errors.isEmpty() ? Collections.<ValidationError>emptyList() : errors;
    }

    /** An instance (or a recursion) deeper than the thread stack: refused like a loop, never a crash. */
    private static SchemaException tooDeep() {
        return new SchemaException("evaluation overflowed the thread stack: a $ref loop, or an instance nested too deep");
    }

    /** A mapper that reads numbers exactly (BigInteger, BigDecimal), as the validator compares them. */
    public static ObjectMapper jsonMapper() {
        return new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    }

    private static final ObjectMapper MAPPER = jsonMapper();

    /**
     * JSON text as the tree the validator reads, every number exact. Even with
     * USE_BIG_DECIMAL_FOR_FLOATS, Jackson keeps a float beyond the double range (1e400) as the
     * double Infinity, because its parser reports such a number as NaN; JSON has no NaN, so this
     * parser says so and the number stays a BigDecimal.
     */
    public static JsonNode readJson(String text) throws IOException {
        try (JsonParser parser = new JsonParserDelegate(MAPPER.getFactory().createParser(text)) {
            @Override
            public boolean isNaN() {
                return false;
            }
        }) {
            return MAPPER.readTree(parser);
        }
    }
}
