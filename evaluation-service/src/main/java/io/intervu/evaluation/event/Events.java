package io.intervu.evaluation.event;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;

/** Reads a CloudEvents envelope or rejects it as malformed (never retried). */
final class Events {

    private Events() {
    }

    static InboundEvent parse(ObjectMapper json, String payload) {
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
}
