package io.intervu.evaluation;

import java.util.List;

/** The evaluation of one answer, the same shape whichever evaluator made it. */
public record RubricResult(boolean answered, List<Criterion> criteria, double overallScore, String overallJustification,
                           List<String> keyPointsCovered, List<String> keyPointsMissed, List<String> strengths,
                           List<String> improvements, String strongAnswerOutline, boolean injectionSuspected,
                           Provenance provenance) {

    public RubricResult withProvenance(Provenance p) {
        return new RubricResult(answered, criteria, overallScore, overallJustification, keyPointsCovered, keyPointsMissed,
                strengths, improvements, strongAnswerOutline, injectionSuspected, p);
    }

    public int score(String criterion) {
        return criteria.stream().filter(c -> c.name().equals(criterion)).mapToInt(Criterion::score).findFirst().orElse(0);
    }
}
