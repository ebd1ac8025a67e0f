package io.intervu.interview.event;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** Payload of interview.completed, the public event: the whole interview for other systems. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record InterviewCompleted(String interviewId, String userId, String candidateName, String role, String company,
                                 String seniority, List<String> focusTopics, String status, String startedAt,
                                 String completedAt, double durationSeconds, int questionCount, int answerCount,
                                 int followUpCount, boolean confidenceOptIn, String planSource, Providers providers,
                                 List<PlanQuestionPayload> questions, List<TranscriptEntry> transcript) {

    public record Providers(String llm, String speech) {
    }

    public record TranscriptEntry(String turnId, String kind, String questionId, String speaker, String text, String at) {
    }
}
