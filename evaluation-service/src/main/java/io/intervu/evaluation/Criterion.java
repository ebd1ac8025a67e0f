package io.intervu.evaluation;

/** One rubric criterion: a 1-5 score and a one-line justification that cites the answer. */
public record Criterion(String name, String label, int score, String justification) {
}
