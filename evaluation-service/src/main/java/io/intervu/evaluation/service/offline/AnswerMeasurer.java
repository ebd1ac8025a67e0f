package io.intervu.evaluation.service.offline;

import io.intervu.evaluation.AnswerInput;

/**
 * Everything the offline evaluator does before it scores: cut out attempts to instruct the grader,
 * recognise answers with nothing to grade, and measure the rest. Shared by the evaluator and by the
 * code that fits and validates its weights, so both see answers exactly alike.
 */
public final class AnswerMeasurer {

    /** Why an answer is not scored by the model; {@code NONE} when it is. */
    public enum Gate { NONE, NO_SPEECH, EMPTY, INSTRUCTIONS_ONLY, NON_ANSWER }

    /** The outcome: a gate, or the features of the screened answer. */
    public record Measurement(Gate gate, InjectionDetector.Screened screened, AnswerFeatures features) {
        public boolean scored() {
            return gate == Gate.NONE;
        }
    }

    private final FeatureExtractor features;

    public AnswerMeasurer(SentenceEmbedder embedder) {
        this.features = new FeatureExtractor(embedder);
    }

    public Measurement measure(AnswerInput in) {
        if (!in.speechDetected()) {
            return new Measurement(Gate.NO_SPEECH, null, null);
        }
        if (in.answerText().isBlank()) {
            return new Measurement(Gate.EMPTY, null, null);
        }
        InjectionDetector.Screened screened = InjectionDetector.screen(AnswerText.split(in.answerText()));
        if (screened.sentences().isEmpty()) {
            return new Measurement(Gate.INSTRUCTIONS_ONLY, screened, null);
        }
        java.util.Set<String> planStems = planStems(in);
        if (NonAnswerDetector.isNonAnswer(screened.sentences(), planStems)) {
            return new Measurement(Gate.NON_ANSWER, screened, null);
        }
        return new Measurement(Gate.NONE, screened, features.extract(in, screened.sentences(), planStems));
    }

    /** Content stems of the question and its key points: what an answer is expected to talk about. */
    private static java.util.Set<String> planStems(AnswerInput in) {
        java.util.Set<String> stems = new java.util.HashSet<>(Lexicon.contentStems(in.questionText()));
        in.keyPoints().forEach(k -> stems.addAll(Lexicon.contentStems(k)));
        return stems;
    }
}
