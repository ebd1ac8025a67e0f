package io.intervu.evaluation.service.rubric;

/**
 * Who produced an evaluation. {@code fallbackReason} says why the configured provider was not used;
 * {@code review} says what the sceptical second pass changed (Gemini only).
 */
public record Provenance(String evaluator, String model, String fallbackReason, String review) {

    public static final String OFFLINE = "offline-rubric";
    public static final String GEMINI = "gemini";

    public Provenance withFallback(String reason) {
        return new Provenance(evaluator, model, reason, review);
    }
}
