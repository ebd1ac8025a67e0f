package io.intervu.evaluation.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a published event against the service's own JSON Schema in src/main/resources/schemas
 * (the keywords those schemas use: type, required, properties, items, enum, minimum, maximum,
 * minItems, maxItems, $ref to a sibling schema). Returns the violations.
 */
final class SchemaCheck {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SchemaCheck() {
    }

    static List<String> violations(String schemaFile, JsonNode data) {
        List<String> out = new ArrayList<>();
        check(load(schemaFile), data, "$", out);
        return out;
    }

    private static JsonNode load(String file) {
        try (InputStream in = SchemaCheck.class.getResourceAsStream("/schemas/" + file)) {
            return JSON.readTree(in);
        } catch (Exception e) {
            throw new IllegalStateException("schema " + file + " unreadable", e);
        }
    }

    private static void check(JsonNode schema, JsonNode value, String path, List<String> out) {
        if (schema.has("$ref")) {
            check(load(schema.get("$ref").asText()), value, path, out);
            return;
        }
        if (schema.has("type") && !typeMatches(schema.get("type"), value)) {
            out.add(path + ": expected " + schema.get("type") + " but was " + value.getNodeType());
            return;
        }
        if (schema.has("enum")) {
            boolean found = false;
            for (JsonNode e : schema.get("enum")) {
                found |= e.equals(value) || (e.isNull() && value.isNull());
            }
            if (!found) {
                out.add(path + ": " + value + " not in " + schema.get("enum"));
            }
        }
        if (value.isNumber()) {
            if (schema.has("minimum") && value.asDouble() < schema.get("minimum").asDouble()) {
                out.add(path + ": below minimum");
            }
            if (schema.has("maximum") && value.asDouble() > schema.get("maximum").asDouble()) {
                out.add(path + ": above maximum");
            }
        }
        if (value.isObject()) {
            schema.path("required").forEach(r -> {
                if (!value.has(r.asText())) {
                    out.add(path + ": missing " + r.asText());
                }
            });
            schema.path("properties").fields().forEachRemaining(p -> {
                if (value.has(p.getKey())) {
                    check(p.getValue(), value.get(p.getKey()), path + "." + p.getKey(), out);
                }
            });
        }
        if (value.isArray()) {
            if (schema.has("minItems") && value.size() < schema.get("minItems").asInt()) {
                out.add(path + ": fewer than " + schema.get("minItems") + " items");
            }
            if (schema.has("maxItems") && value.size() > schema.get("maxItems").asInt()) {
                out.add(path + ": more than " + schema.get("maxItems") + " items");
            }
            if (schema.has("items")) {
                for (int i = 0; i < value.size(); i++) {
                    check(schema.get("items"), value.get(i), path + "[" + i + "]", out);
                }
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
            default -> false;
        };
    }
}
