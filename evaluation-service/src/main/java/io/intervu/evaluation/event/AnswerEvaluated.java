package io.intervu.evaluation.event;

import io.intervu.evaluation.Criterion;
import io.intervu.evaluation.Provenance;
import io.intervu.evaluation.RubricResult;

import java.util.List;

/** evaluation.answer-evaluated (docs/contracts.md; schema in schemas/evaluation.answer-evaluated.json). */
public record AnswerEvaluated(String interviewId, String userId, String answerId, String turnId, String questionId,
                              String turnKind, boolean answered, List<Criterion> criteria, double overallScore,
                              String overallJustification, List<String> keyPointsCovered, List<String> keyPointsMissed,
                              List<String> strengths, List<String> improvements, String strongAnswerOutline,
                              boolean injectionSuspected, Provenance provenance, String evaluatedAt) {

    public static final String TOPIC = "evaluation.answer-evaluated";

    public static AnswerEvaluated of(AnswerRecorded a, RubricResult r, String evaluatedAt) {
        return new AnswerEvaluated(a.interviewId(), a.userId(), a.answerId(), a.turnId(), a.questionId(), a.turnKind(),
                r.answered(), r.criteria(), r.overallScore(), r.overallJustification(), r.keyPointsCovered(),
                r.keyPointsMissed(), r.strengths(), r.improvements(), r.strongAnswerOutline(), r.injectionSuspected(),
                r.provenance(), evaluatedAt);
    }
}
