package com.openai.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a jobs file (test/helpers/suite.ts: line 1 the documents, then one job per line) and
 * prints one answer line per job: per instance, isValid and validate's errors; or "refused" when
 * the schema does not compile (or evaluation throws), so that one job never stops the others.
 * With --resolve FILE: resolves each "base reference" line of FILE (Uris.resolve).
 */
public final class SuiteRunner {
    private SuiteRunner() {}

    public static void main(String[] args) throws IOException {
        ObjectMapper mapper = SchemaValidator.jsonMapper();
        PrintStream out = new PrintStream(System.out, false, "UTF-8");
        if (args[0].equals("--resolve")) {
            // "<base> <reference>" per line (the reference may be empty): the resolved URI per line
            for (String line : Files.readAllLines(Paths.get(args[1]), StandardCharsets.UTF_8)) {
                int space = line.indexOf(' ');
                if (space >= 0) out.println(Uris.resolve(line.substring(0, space), line.substring(space + 1)));
            }
            out.flush();
            return;
        }
        try (BufferedReader in = Files.newBufferedReader(Paths.get(args[0]), StandardCharsets.UTF_8)) {
            Map<String, JsonNode> documents = new HashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = SchemaValidator.readJson(in.readLine()).get("documents").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                documents.put(e.getKey(), e.getValue());
            }
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isEmpty()) continue;
                out.println(mapper.writeValueAsString(answer(mapper, documents, SchemaValidator.readJson(line))));
            }
        }
        out.flush();
    }

    private static ObjectNode answer(ObjectMapper mapper, Map<String, JsonNode> documents, JsonNode job) {
        ObjectNode answer = mapper.createObjectNode();
        answer.put("id", job.get("id").textValue());
        try {
            Map<String, String> patterns = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = job.get("patterns").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                patterns.put(e.getKey(), e.getValue().isNull() ? null : e.getValue().textValue());
            }
            // a root with a fragment ("...#/$defs/Name") validates against that subschema
            String root = job.get("root").textValue();
            SchemaValidator validator = new SchemaValidator(documents, root, job.get("schema"), patterns, job.get("formatAssertion").booleanValue());
            if (root.indexOf('#') >= 0) validator = validator.at(root);
            ArrayNode results = mapper.createArrayNode();
            for (JsonNode instance : job.get("instances")) {
                ObjectNode result = results.addObject();
                result.put("valid", validator.isValid(instance));
                ArrayNode errors = result.putArray("errors");
                List<ValidationError> found = validator.validate(instance);
                for (ValidationError error : found) {
                    errors.addObject().put("instanceLocation", error.instanceLocation()).put("keywordLocation", error.keywordLocation()).put("message", error.message());
                }
            }
            answer.set("results", results);
        } catch (RuntimeException | StackOverflowError e) {
            answer.removeAll();
            answer.put("id", job.get("id").textValue());
            answer.put("refused", String.valueOf(e.getMessage()));
        }
        return answer;
    }
}
