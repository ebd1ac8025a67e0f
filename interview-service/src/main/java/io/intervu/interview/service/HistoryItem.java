package io.intervu.interview.service;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** One row of GET /api/interviews; scores appear once evaluation-service has assessed the interview. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HistoryItem(String id, String status, String role, String company, List<String> focusTopics, String createdAt,
                          String completedAt, Double overallScore, String readiness, String reportId, String reportUrl,
                          PracticeOf practiceOf) {
}
