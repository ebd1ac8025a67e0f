package io.intervu.report.pdf;

import io.intervu.report.model.InterviewAssessed.Question;

/** The number a question is shown with: its plan ordinal, else its position. */
final class QuestionNumbers {
    private QuestionNumbers() {
    }

    static int number(Question q, int index) {
        return q.ordinal() != null && q.ordinal() > 0 ? q.ordinal() : index + 1;
    }
}
