package io.intervu.interview.service;

import io.intervu.interview.Interview;

/** On a practice round: the finished interview and the question of it that the round asks again. */
public record PracticeOf(String interviewId, String questionId) {

    /** The link of a practice round, or null for an ordinary interview (left out of the JSON). */
    public static PracticeOf of(Interview i) {
        return i.practiceOfInterview == null ? null
                : new PracticeOf(i.practiceOfInterview.toString(), i.practiceOfQuestion == null ? null : i.practiceOfQuestion.toString());
    }
}
