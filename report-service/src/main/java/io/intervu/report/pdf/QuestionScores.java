package io.intervu.report.pdf;

import io.intervu.report.model.InterviewAssessed.Question;
import io.intervu.report.model.InterviewAssessed.Turn;

import java.util.OptionalDouble;

/** A question's score: the mean of its evaluated turns (the answer and its follow-ups). */
final class QuestionScores {
    private QuestionScores() {
    }

    static Double score(Question q) {
        OptionalDouble mean = ReportContext.list(q.turns()).stream()
                .map(Turn::evaluation)
                .filter(e -> e != null && e.overallScore() != null)
                .mapToDouble(e -> e.overallScore())
                .average();
        return mean.isPresent() ? mean.getAsDouble() : null;
    }
}
