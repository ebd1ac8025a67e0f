package io.intervu.interview.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;

/** transcription-service's result; delivery and confidence are carried through unchanged. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TranscriptionResult(String id, String transcript, Double durationSeconds, Boolean speechDetected,
                                  String provider, String format, String languageCode, JsonNode delivery,
                                  JsonNode confidence, String fallbackReason) {
}
