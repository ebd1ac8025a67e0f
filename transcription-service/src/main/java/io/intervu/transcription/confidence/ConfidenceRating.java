package io.intervu.transcription.confidence;

/** The seed's rating bands over a 0-100 score. */
public final class ConfidenceRating {

    private ConfidenceRating() {
    }

    public static String of(double score) {
        if (score >= 80) {
            return "Very High";
        }
        if (score >= 65) {
            return "High";
        }
        if (score >= 45) {
            return "Moderate";
        }
        if (score >= 25) {
            return "Low";
        }
        return "Very Low";
    }
}
