package io.intervu.interview.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * interview-service passes transcription-service's delivery on without knowing its fields, so a
 * metric added there (timeToFirstWordSeconds) reaches interview.answer-recorded with no change here.
 */
class TranscriptionResultTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void deliveryIsKeptWholeIncludingFieldsThisServiceDoesNotName() throws IOException {
        JsonNode sent = read("stubs/transcription-outbox.json");
        TranscriptionResult result = JSON.treeToValue(sent, TranscriptionResult.class);

        assertThat(result.delivery()).isEqualTo(sent.get("delivery"));
        assertThat(result.delivery().get("timeToFirstWordSeconds").asDouble()).isEqualTo(2.6);
    }

    private static JsonNode read(String resource) throws IOException {
        try (InputStream in = TranscriptionResultTest.class.getClassLoader().getResourceAsStream(resource)) {
            return JSON.readTree(in);
        }
    }
}
