package io.intervu.transcription.confidence;

import java.util.Map;

/**
 * Opt-in coaching feedback on how confident the voice sounds (docs/contracts.md). {@code score}
 * is 0-100 as produced and never rescaled; it is never part of any evaluation score.
 */
public record ConfidenceAssessment(double score, String rating, String provider, Map<String, Double> components, boolean coachingOnly) {

    public static ConfidenceAssessment of(double score, String provider, Map<String, Double> components) {
        double rounded = Math.round(score * 10) / 10.0;
        return new ConfidenceAssessment(rounded, ConfidenceRating.of(rounded), provider, components, true);
    }
}
