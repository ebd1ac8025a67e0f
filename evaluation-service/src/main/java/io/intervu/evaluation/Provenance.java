package io.intervu.evaluation;

/**
 * Who produced an evaluation: {@code evaluator} is offline-rubric or the language model's provider
 * (gemini, openai-compatible) and {@code model} the model or encoder that scored. {@code fallbackReason}
 * says why the configured provider was not used; {@code review} says what the sceptical second pass
 * changed (language models only); {@code method} tells the
 * candidate what the evaluator measures, what it cannot judge and its measured typical error
 * (offline only).
 */
public record Provenance(String evaluator, String model, String fallbackReason, String review, String method) {

    public static final String OFFLINE = "offline-rubric";

    public Provenance(String evaluator, String model, String fallbackReason, String review) {
        this(evaluator, model, fallbackReason, review, null);
    }

    public Provenance withFallback(String reason) {
        return new Provenance(evaluator, model, reason, review, method);
    }
}
