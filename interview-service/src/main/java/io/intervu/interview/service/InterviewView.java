package io.intervu.interview.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.intervu.interview.event.PlanQuestionPayload;

import java.util.List;

/** GET /api/interviews/{id}: status, role, topics, progress; the plan (with key points) only once it is over. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InterviewView(String id, String status, String failureReason, String notice, String role, String roleProfile,
                            String seniority, String company, String candidateName, String interviewerName,
                            List<String> focusTopics, int questionCount, int maxFollowUps, boolean confidenceOptIn,
                            String planSource, String llmProvider, List<String> planNotes, Progress progress, String createdAt, String startedAt, String completedAt,
                            Double overallScore, String readiness, String reportId, String reportUrl,
                            List<PlanQuestionPayload> questions, PracticeOf practiceOf) {

    public record Progress(int currentQuestion, int answers, int followUps) {
    }
}
