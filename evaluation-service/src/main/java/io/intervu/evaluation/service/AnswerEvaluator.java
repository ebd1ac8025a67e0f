package io.intervu.evaluation.service;

import io.intervu.evaluation.service.gemini.GeminiEvaluator;
import io.intervu.evaluation.service.offline.OfflineRubricEvaluator;
import io.intervu.evaluation.service.rubric.AnswerInput;
import io.intervu.evaluation.service.rubric.RubricResult;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Chooses the evaluator: Gemini when a key is configured, the offline rubric otherwise or when
 * Gemini fails in any way (outage, open circuit, invalid output); the fallback and its reason are
 * recorded in the provenance. Unanswered turns never reach a provider.
 */
@ApplicationScoped
public class AnswerEvaluator {

    private static final Logger LOG = Logger.getLogger(AnswerEvaluator.class);

    private final GeminiEvaluator gemini;
    private final OfflineRubricEvaluator offline;

    public AnswerEvaluator(GeminiEvaluator gemini, OfflineRubricEvaluator offline) {
        this.gemini = gemini;
        this.offline = offline;
    }

    public RubricResult evaluate(AnswerInput in) {
        if (!in.speechDetected() || in.answerText().isBlank()) {
            return offline.evaluate(in);
        }
        if (!gemini.configured()) {
            return offline.evaluate(in);
        }
        try {
            return gemini.evaluate(in);
        } catch (RuntimeException e) {
            String reason = "gemini: " + describe(e);
            LOG.warnf("falling back to the offline evaluator: %s", reason);
            RubricResult result = offline.evaluate(in);
            return result.withProvenance(result.provenance().withFallback(reason));
        }
    }

    private static String describe(RuntimeException e) {
        String name = e.getClass().getSimpleName();
        String message = e.getMessage() == null ? "" : e.getMessage();
        return switch (name) {
            case "CircuitBreakerOpenException" -> "circuit breaker open after repeated failures";
            case "TimeoutException" -> "timed out";
            default -> message.isBlank() ? name : message;
        };
    }

}
