package io.intervu.interview.service;

import java.util.List;

/** The intake form after parsing; nulls mean "use the default"; {@code focusTopics} empty: the job description decides. */
public record StartRequest(byte[] resumePdf, String jobDescription, Integer questionCount, Integer maxFollowUps,
                           String candidateName, String interviewerName, String company, boolean confidenceOptIn,
                           String idempotencyKey, List<String> focusTopics) {
}
