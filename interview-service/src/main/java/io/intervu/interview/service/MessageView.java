package io.intervu.interview.service;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The interviewer's current message; answer it by posting to /answers with this turnId. Questions
 * and their follow-ups also carry the prepared question's type, topic and difficulty.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MessageView(String turnId, String kind, String text, String questionId, String questionType, String topic,
                          String difficulty, int questionNumber, int questionCount, int followUpIndex, boolean last, String notice) {
}
