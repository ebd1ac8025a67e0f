package io.intervu.evaluation.service.offline;

import io.intervu.evaluation.service.offline.model.RubricModel;
import io.intervu.evaluation.AnswerInput;
import io.intervu.evaluation.Criterion;
import io.intervu.evaluation.Provenance;
import io.intervu.evaluation.Rubric;
import io.intervu.evaluation.RubricResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * The deterministic default evaluator. Attempts to instruct the grader are cut out first, answers
 * that say "I don't know" score 1, and everything else is measured ({@link FeatureExtractor}:
 * key-point coverage, relevance against the neighbouring questions, focus, form, evidence, story
 * structure) and scored by a linear model per criterion whose weights were fitted on the graded
 * answer corpus ({@link RubricModel}). Every justification names the evidence that moved its score.
 * Same input, same output.
 */
public class OfflineRubricEvaluator {

    private final AnswerMeasurer measurer;
    private final RubricModel model;
    private final Provenance provenance;

    public OfflineRubricEvaluator(SentenceEmbedder embedder, RubricModel model) {
        this.measurer = new AnswerMeasurer(embedder);
        this.model = model;
        this.provenance = new Provenance(Provenance.OFFLINE, embedder.encoder().modelName + " + fitted rubric", null, null,
                method(model.typicalError()));
    }

    /** What the candidate is told about this evaluator: what it measures, what it cannot judge, how far off it typically is. */
    static String method(double typicalError) {
        return String.format(Locale.ROOT, "Offline evaluator: measures how well the answer covers the expected key points, "
                + "whether it answers this question rather than a neighbouring one, its structure and its concrete evidence. "
                + "It recognises wrong claims only when they resemble the common misconceptions the knowledge base lists "
                + "for the question; it cannot judge whether a statement is factually right. Typical difference from a human grader: "
                + "%.2f points on the 1-5 scale (mean absolute error, measured on answers it was not fitted on).", typicalError);
    }

    public RubricModel model() {
        return model;
    }

    public RubricResult evaluate(AnswerInput in) {
        AnswerMeasurer.Measurement m = measurer.measure(in);
        InjectionDetector.Screened screened = m.screened();
        switch (m.gate()) {
            case NO_SPEECH:
                return Rubric.notAnswered(in, "no speech was detected in the recording", provenance);
            case EMPTY:
                return Rubric.notAnswered(in, "the answer was empty", provenance);
            case INSTRUCTIONS_ONLY:
                return Rubric.nothingToGrade(in, "the answer only tried to instruct the evaluator ("
                        + Justifications.quote(screened.removed().get(0)) + ")", true, provenance);
            case NON_ANSWER:
                return Rubric.nothingToGrade(in, "the answer says the candidate does not know ("
                        + Justifications.quote(String.join(" ", screened.sentences())) + ")", screened.suspected(), provenance);
            default:
                break;
        }
        AnswerFeatures f = m.features();
        Justifications why = new Justifications(in, f, model);
        Map<String, Double> scores = model.scores(f.values());
        List<Criterion> criteria = new ArrayList<>();
        for (String name : Rubric.CRITERIA) {
            double raw = scores.get(name);
            criteria.add(Rubric.criterion(name, (int) Math.round(raw), why.criterion(name, raw)));
        }
        double overall = Rubric.round1(scores.get(RubricModel.OVERALL));
        List<String> covered = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        for (AnswerFeatures.KeyPointEvidence k : f.keyPoints()) {
            (k.similarity() >= model.coveredSimilarity() ? covered : missed).add(k.keyPoint());
        }
        return new RubricResult(true, criteria, overall, why.overall(overall, criteria, covered.size(), screened),
                covered, missed, why.strengths(criteria), why.improvements(criteria, missed),
                Rubric.outline(in), screened.suspected(), provenance);
    }
}
