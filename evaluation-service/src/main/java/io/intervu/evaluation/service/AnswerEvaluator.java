package io.intervu.evaluation.service;

import io.intervu.evaluation.client.LlmChatClient;
import io.intervu.evaluation.service.llm.LlmEvaluator;
import io.intervu.evaluation.service.offline.OfflineRubricEvaluator;
import io.intervu.evaluation.AnswerInput;
import io.intervu.evaluation.RubricResult;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Chooses the evaluator: the configured language model (LLM_PROVIDER: Gemini or an OpenAI-compatible
 * server), the offline rubric otherwise or when the model fails in any way (outage, open circuit,
 * refusal, invalid output); the fallback and its reason, prefixed with the provider, are recorded in
 * the provenance. Unanswered turns never reach a provider.
 */
@ApplicationScoped
public class AnswerEvaluator {

    private static final Logger LOG = Logger.getLogger(AnswerEvaluator.class);

    private final LlmEvaluator model;
    private final LlmChatClient client;
    private final OfflineRubricEvaluator offline;

    public AnswerEvaluator(LlmEvaluator model, LlmChatClient client, OfflineRubricEvaluator offline) {
        this.model = model;
        this.client = client;
        this.offline = offline;
    }

    public RubricResult evaluate(AnswerInput in) {
        if (!in.speechDetected() || in.answerText().isBlank()) {
            return offline.evaluate(in);
        }
        if (!client.configured()) {
            return offline.evaluate(in);
        }
        try {
            return model.evaluate(in);
        } catch (RuntimeException e) {
            String reason = client.provider().key + ": " + describe(e);
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
