package io.intervu.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Checks a record against the envelope rules of docs/contracts.md and its producer's published JSON Schema. */
public final class EventSchemas {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private EventSchemas() {
    }

    /** @return the CloudEvent's data, after checking the envelope and validating data against the schema file */
    public static JsonNode validCloudEvent(String topic, String key, String value, Path schemaFile) throws IOException {
        JsonNode event = JSON.readTree(value);
        assertEquals("1.0", event.path("specversion").asText(), "specversion of " + topic);
        assertEquals(topic, event.path("type").asText(), "CloudEvent type equals the topic");
        assertEquals(key, event.path("subject").asText(), "CloudEvent subject equals the record key");
        assertTrue(event.hasNonNull("id") && event.hasNonNull("source") && event.hasNonNull("time"), "id, source, time present: " + value);
        JsonNode data = event.path("data");
        assertTrue(data.isObject(), "data is a JSON object: " + value);

        assertTrue(Files.isReadable(schemaFile), "the producer publishes its schema at " + schemaFile);
        Schema schema = REGISTRY.getSchema(Files.readString(schemaFile), InputFormat.JSON);
        List<Error> errors = schema.validate(JSON.writeValueAsString(data), InputFormat.JSON);
        assertTrue(errors.isEmpty(), () -> topic + " data does not match " + schemaFile.getFileName() + ": "
                + errors.stream().map(e -> e.getInstanceLocation() + " " + e.getMessage()).toList());
        return data;
    }
}
