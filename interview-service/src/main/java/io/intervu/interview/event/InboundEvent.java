package io.intervu.interview.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;

/** The CloudEvents envelope as this service reads it: only what it needs, unknown fields ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record InboundEvent(String id, String type, String source, String subject, JsonNode data) {

    public boolean isValid() {
        return id != null && !id.isBlank() && type != null && data != null && data.isObject();
    }

    public String text(String field) {
        JsonNode node = data == null ? null : data.get(field);
        return node == null || node.isNull() ? null : node.asText();
    }
}
