package io.intervu.interview.service;

/** The intake form after parsing; nulls mean "use the default". */
public record StartRequest(byte[] resumePdf, String jobDescription, Integer questionCount, Integer maxFollowUps,
                           String candidateName, String interviewerName, String company, boolean confidenceOptIn,
                           String idempotencyKey) {
}
