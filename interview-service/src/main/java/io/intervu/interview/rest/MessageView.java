package io.intervu.interview.rest;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The interviewer's current message; answer it by posting to /answers with this turnId. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MessageView(String turnId, String kind, String text, String questionId, int questionNumber, int questionCount,
                          int followUpIndex, boolean last, String notice) {
}
