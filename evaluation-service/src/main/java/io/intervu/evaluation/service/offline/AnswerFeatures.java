package io.intervu.evaluation.service.offline;

import java.util.List;

/**
 * What the offline scorer knows about one answer: the feature vector the fitted model reads (in
 * {@link #NAMES} order) and the evidence behind it, which the justifications quote.
 *
 * @param values        one value per name; {@code NaN} where a feature cannot be measured (no neighbouring questions)
 * @param keyPoints     per key point: the best-matching part of the answer and how close it is
 * @param signals       cues measured on the text (numbers, identifiers, STAR parts, hedges …)
 * @param words         words of the scored content
 * @param neighbourBest the neighbouring question closest to the answer, or null
 * @param misconception the part of the answer closest to one of the question's known misconceptions, or null when
 *                      the question lists none
 */
public record AnswerFeatures(double[] values, List<KeyPointEvidence> keyPoints, AnswerSignals signals, int words,
                             double questionSimilarity, String neighbourBest, double neighbourSimilarity,
                             MisconceptionEvidence misconception) {

    public static final List<String> NAMES = List.of(
            "kpBestMean", "kpTopMean", "kpLexical", "kpLexicalTop", "questionSim", "neighbourMargin", "sentenceFocus",
            "logWords", "excessLength", "functionWordRatio", "commaRate", "hedges", "numbers", "identifiers", "connectives",
            "examples", "ownActions", "story", "storyParts", "storyReflection", "storyMeasuredResult", "fillerRate",
            "kpLift", "kpDistinct", "kpHybrid", "kpHybridTop", "absolutes", "storyRedFlags", "storyPastActions", "shortness",
            "neighbourCloser", "modelAnswerSim", "modelAnswerLift", "wholeToKeyPoints", "kpTop3", "softRecall", "softRecallTop",
            "misconceptionBest", "misconceptionMargin", "misconceptionMeanMargin", "misconceptionWords",
            "listLike", "commaExcess");

    /** One key point, the part of the answer closest to it on the encoder, and how close. */
    public record KeyPointEvidence(String keyPoint, double similarity, String quote) {
    }

    /**
     * The known misconception a part of the answer reads most like (closer to it than to the key point it gets wrong,
     * by the largest margin), that part, and its closeness to the misconception.
     */
    public record MisconceptionEvidence(String misconception, String quote, double similarity) {
    }

    public double value(String name) {
        return values[NAMES.indexOf(name)];
    }
}
