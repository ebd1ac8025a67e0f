package io.intervu.evaluation.consumer;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;

/** The CloudEvents envelope as this service reads it: only what it needs, unknown fields ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record InboundEvent(String id, String type, String source, String subject, JsonNode data) {

    /** Reads one message; anything that is not a CloudEvent with object data can never be processed. */
    public static InboundEvent parse(ObjectMapper json, String payload) {
        if (payload == null) {
            throw new MalformedEventException("empty record");
        }
        try {
            InboundEvent event = json.readValue(payload, InboundEvent.class);
            if (event == null || !event.isValid()) {
                throw new MalformedEventException("not a CloudEvent with object data");
            }
            return event;
        } catch (IOException e) {
            throw new MalformedEventException("not JSON: " + e.getMessage());
        }
    }

    public boolean isValid() {
        return id != null && !id.isBlank() && type != null && data != null && data.isObject();
    }

    public String text(String field) {
        JsonNode node = data == null ? null : data.get(field);
        return node == null || node.isNull() ? null : node.asText();
    }
}
