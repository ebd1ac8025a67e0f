package io.intervu.evaluation.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/** interview.answer-recorded as this service reads it (docs/contracts.md); unknown fields are ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AnswerRecorded(String interviewId, String userId, String answerId, String turnId, String turnKind,
                             Integer followUpIndex, String prompt, FollowUp followUp, PlanQuestion question, String role,
                             List<String> focusTopics, Answer answer, JsonNode delivery, JsonNode confidence,
                             String answeredAt) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PlanQuestion(String questionId, Integer ordinal, String type, String topic, String difficulty,
                               String text, List<String> keyPoints, Source source, List<String> neighbours,
                               List<String> misconceptions) {
    }

    /** Follow-up turns only (absent from older producers): the key point the follow-up probed and who proposed it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FollowUp(String probes, String proposedBy, String reason) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Source(String documentId, String documentTitle, String questionRef) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Answer(String text, String source, String transcriptionId, String provider, Double durationSeconds,
                         Boolean speechDetected) {
    }

    /** No speech detected, by the answer itself or by the delivery metrics. */
    public boolean speechDetected() {
        if (answer != null && Boolean.FALSE.equals(answer.speechDetected())) {
            return false;
        }
        return delivery == null || !delivery.has("speechDetected") || delivery.get("speechDetected").asBoolean(true);
    }

    public Double fillerRate() {
        return delivery != null && delivery.hasNonNull("fillerRate") && delivery.get("fillerRate").isNumber()
                ? delivery.get("fillerRate").asDouble() : null;
    }

    public String questionId() {
        return question == null ? null : question.questionId();
    }
}
