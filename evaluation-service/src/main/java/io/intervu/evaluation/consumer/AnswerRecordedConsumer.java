package io.intervu.evaluation.consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.intervu.evaluation.event.AnswerRecorded;
import io.intervu.evaluation.service.EvaluationService;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.time.temporal.ChronoUnit;

/**
 * Evaluates each recorded answer. Transient failures (database, broker) are retried here with
 * exponential backoff, 4 attempts in all (about 0.3 s, 0.6 s, 1.2 s apart); what still fails, and
 * malformed events at once, go to interview.answer-recorded.dlq with the error (the connector's
 * dead-letter-queue failure strategy). Gemini trouble never gets here: it falls back to the
 * offline evaluator inside the evaluation.
 */
@ApplicationScoped
public class AnswerRecordedConsumer {

    private static final Logger LOG = Logger.getLogger(AnswerRecordedConsumer.class);

    private final ObjectMapper json;
    private final EvaluationService evaluations;

    public AnswerRecordedConsumer(ObjectMapper json, EvaluationService evaluations) {
        this.json = json;
        this.evaluations = evaluations;
    }

    @Incoming("interview-answer-recorded")
    @Blocking(ordered = true)
    @Retry(maxRetries = 3, delay = 300, jitter = 100, delayUnit = ChronoUnit.MILLIS, abortOn = MalformedEventException.class)
    @ExponentialBackoff
    public void onAnswerRecorded(String payload) {
        InboundEvent event = InboundEvent.parse(json, payload);
        AnswerRecorded answer;
        try {
            answer = json.treeToValue(event.data(), AnswerRecorded.class);
        } catch (IOException | IllegalArgumentException e) {
            throw new MalformedEventException("interview.answer-recorded data unreadable: " + e.getMessage());
        }
        if (blank(answer.interviewId()) || blank(answer.userId()) || blank(answer.answerId())) {
            throw new MalformedEventException("interview.answer-recorded without interviewId, userId or answerId: " + event.id());
        }
        boolean recorded = evaluations.onAnswerRecorded(event.id(), answer, event.data());
        LOG.debugf("answer %s of interview %s %s", answer.answerId(), answer.interviewId(), recorded ? "evaluated" : "skipped (duplicate, unscored or erased user)");
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
