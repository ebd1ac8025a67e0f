package io.intervu.evaluation.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The fields of interview.completed this service needs to decide when to assess; the rest is kept as received. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record InterviewCompleted(String interviewId, String userId, Integer answerCount, String status) {
}
