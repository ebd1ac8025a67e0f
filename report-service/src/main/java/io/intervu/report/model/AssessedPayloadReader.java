package io.intervu.report.model;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;

/**
 * Reads {@code evaluation.interview-assessed} data leniently: unknown fields, a single value where
 * a list is expected and empty strings for objects are all accepted, because the producer evolves
 * on its own schedule.
 */
public final class AssessedPayloadReader {

    private static final ObjectMapper LENIENT = JsonMapper.builder()
            .findAndAddModules()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .enable(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT)
            .build();

    private AssessedPayloadReader() {
    }

    /** Throws {@link IllegalArgumentException} when the data cannot be read or lacks the ids a report needs. */
    public static InterviewAssessed read(JsonNode data) {
        InterviewAssessed assessed;
        try {
            assessed = LENIENT.treeToValue(data, InterviewAssessed.class);
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException("unreadable interview-assessed data: " + e.getMessage(), e);
        }
        if (isBlank(assessed.interviewId()) || isBlank(assessed.userId())) {
            throw new IllegalArgumentException("interview-assessed data without interviewId or userId");
        }
        return assessed;
    }

    public static InterviewAssessed read(String json) {
        try {
            return read(LENIENT.readTree(json));
        } catch (IOException e) {
            throw new IllegalArgumentException("not JSON: " + e.getMessage(), e);
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
