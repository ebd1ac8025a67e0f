package io.intervu.interview.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A small JSON Schema subset check (required, type, enum, items, $ref to $defs) of a published
 * payload against the schema this service ships in src/main/resources/schemas.
 */
public final class SchemaCheck {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SchemaCheck() {
    }

    public static List<String> violations(String topic, JsonNode data) {
        try {
            JsonNode schema = JSON.readTree(SchemaCheck.class.getResourceAsStream("/schemas/" + topic + ".json"));
            List<String> out = new ArrayList<>();
            check(schema, schema, data, "$", out);
            return out;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void check(JsonNode root, JsonNode schema, JsonNode value, String path, List<String> out) {
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText().replace("#/$defs/", "");
            check(root, root.get("$defs").get(ref), value, path, out);
            return;
        }
        if (schema.has("enum")) {
            boolean found = false;
            for (JsonNode allowed : schema.get("enum")) {
                found |= allowed.equals(value);
            }
            if (!found) {
                out.add(path + " not in enum: " + value);
            }
        }
        if (schema.has("type") && !typeMatches(schema.get("type"), value)) {
            out.add(path + " has wrong type: " + value.getNodeType());
            return;
        }
        if (value.isObject()) {
            for (JsonNode required : schema.path("required")) {
                if (!value.has(required.asText())) {
                    out.add(path + " misses " + required.asText());
                }
            }
            Iterator<Map.Entry<String, JsonNode>> props = schema.path("properties").fields();
            while (props.hasNext()) {
                Map.Entry<String, JsonNode> p = props.next();
                if (value.has(p.getKey())) {
                    check(root, p.getValue(), value.get(p.getKey()), path + "." + p.getKey(), out);
                }
            }
        }
        if (value.isArray() && schema.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                check(root, schema.get("items"), value.get(i), path + "[" + i + "]", out);
            }
        }
    }

    private static boolean typeMatches(JsonNode type, JsonNode value) {
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (typeMatches(t, value)) {
                    return true;
                }
            }
            return false;
        }
        return switch (type.asText()) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "null" -> value.isNull();
            default -> true;
        };
    }
}
