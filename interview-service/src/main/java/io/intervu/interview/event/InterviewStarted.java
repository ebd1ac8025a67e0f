package io.intervu.interview.event;

import java.util.List;

/** Payload of interview.started: the plan is ready and the interview can begin. */
public record InterviewStarted(String interviewId, String userId, String role, String seniority, String company,
                               List<String> focusTopics, int questionCount, int maxFollowUps, String planSource,
                               List<PlanQuestionPayload> questions, String startedAt) {
}
