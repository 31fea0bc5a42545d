// Java conformance runner (the protocol in test/helpers/protocol.ts). Usage:
//   java -cp <classes>:<jackson jars> Runner <units.json>
// units.json maps each unit key to {package, registry}: registry maps a $defs name to
// {className, nullable}. Each line is read through jsonMapper() into the generated class, then
// validate() decides; an accepted value is written back through jsonMapper().

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.openai.core.ObjectMappers;
import com.openai.errors.OpenAIInvalidDataException;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;

public final class Runner {
    private static final ObjectMapper PLAIN = new ObjectMapper();

    private Runner() {}

    public static void main(String[] args) throws Exception {
        JsonNode units = PLAIN.readTree(new File(args[0]));
        String firstKey = units.fieldNames().next();
        ObjectMapper mapper = ObjectMappers.jsonMapper();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        StringBuilder out = new StringBuilder();
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (line.trim().isEmpty()) {
                continue;
            }
            JsonNode vector = PLAIN.readTree(line);
            JsonNode unit = units.get(vector.has("case") ? vector.get("case").asText() : firstKey);
            JsonNode entry = unit.get("registry").get(vector.get("schema").asText());
            Class<?> type = Class.forName(unit.get("package").asText() + "." + entry.get("className").asText());
            String text = PLAIN.writeValueAsString(vector.get("json"));
            out.append(PLAIN.writeValueAsString(run(mapper, type, text, entry.get("nullable").asBoolean()))).append('\n');
        }
        PrintStream stdout = new PrintStream(System.out, false, "UTF-8");
        stdout.print(out);
        stdout.flush();
    }

    private static ObjectNode run(ObjectMapper mapper, Class<?> type, String text, boolean nullable) throws Exception {
        Object value;
        try {
            value = mapper.readValue(text, type);
        } catch (JsonProcessingException e) {
            // Only model objects refuse to read, and only JSON that is not an object.
            return failure("", "type", "must be object");
        }
        if (value == null) {
            return nullable ? success(PLAIN.nullNode()) : failure("", "type", "must not be null");
        }
        try {
            type.getMethod("validate").invoke(value);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof OpenAIInvalidDataException) {
                OpenAIInvalidDataException invalid = (OpenAIInvalidDataException) e.getCause();
                return failure(invalid.pointer().orElse("?"), invalid.keyword().orElse("?"), invalid.getMessage());
            }
            throw e;
        }
        return success(PLAIN.readTree(mapper.writeValueAsString(value)));
    }

    private static ObjectNode success(JsonNode json) {
        ObjectNode result = PLAIN.createObjectNode();
        result.put("ok", true);
        result.set("json", json);
        return result;
    }

    private static ObjectNode failure(String pointer, String keyword, String message) {
        ObjectNode result = PLAIN.createObjectNode();
        result.put("ok", false);
        result.put("pointer", pointer);
        result.put("keyword", keyword);
        result.put("message", message);
        return result;
    }
}
