package io.intervu.interview.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/** Payload of interview.answer-recorded: one answer to a prepared question or one of its follow-ups. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record AnswerRecorded(String interviewId, String userId, String answerId, String turnId, String turnKind,
                             int followUpIndex, String prompt, FollowUp followUp, PlanQuestionPayload question, String role,
                             List<String> focusTopics, Answer answer, JsonNode delivery, JsonNode confidence,
                             String answeredAt) {

    /** Follow-up turns only: the key point probed, who proposed the follow-up ("gemini" or "rules") and why. */
    public record FollowUp(String probes, String proposedBy, String reason) {
    }

    public record Answer(String text, String source, String transcriptionId, String provider, Double durationSeconds,
                         Boolean speechDetected) {
    }
}
