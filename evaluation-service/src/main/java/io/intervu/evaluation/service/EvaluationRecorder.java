package io.intervu.evaluation.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.intervu.evaluation.AnswerEvaluation;
import io.intervu.evaluation.event.AnswerEvaluated;
import io.intervu.evaluation.event.AnswerRecorded;
import io.intervu.evaluation.event.OutboxWriter;
import io.intervu.evaluation.repository.ErasureRecordRepository;
import io.intervu.evaluation.repository.InterviewLock;
import io.intervu.evaluation.repository.ProcessedEventRepository;
import io.intervu.evaluation.RubricResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Stores one evaluation, its outgoing event and its processed-event row in one transaction, then
 * sees whether the interview can now be assessed. A redelivered event, or a second event for an
 * answer already evaluated, changes nothing; nor does an answer of a user erased here (the event
 * is only marked processed).
 */
@ApplicationScoped
public class EvaluationRecorder {

    public static final String CONSUMER = "evaluation.answer-recorded";
    private static final Logger LOG = Logger.getLogger(EvaluationRecorder.class);

    private final ProcessedEventRepository processed;
    private final ErasureRecordRepository erasures;
    private final InterviewLock lock;
    private final OutboxWriter outbox;
    private final AssessmentService assessments;
    private final ObjectMapper json;

    public EvaluationRecorder(ProcessedEventRepository processed, ErasureRecordRepository erasures, InterviewLock lock,
                              OutboxWriter outbox, AssessmentService assessments, ObjectMapper json) {
        this.processed = processed;
        this.erasures = erasures;
        this.lock = lock;
        this.outbox = outbox;
        this.assessments = assessments;
        this.json = json;
    }

    @Transactional
    public boolean alreadyProcessed(String eventId) {
        return processed.count("eventId = ?1 and consumer = ?2", eventId, CONSUMER) > 0;
    }

    /**
     * Before the evaluation, so an erased user's answer reaches no model: marks the event processed
     * and returns true when its user was erased here. {@link #record} checks again under the lock.
     */
    @Transactional
    public boolean skipIfErased(String eventId, String userId) {
        if (!erasures.erased(userId)) {
            return false;
        }
        processed.claim(eventId, CONSUMER);
        LOG.infof("answer event %s is about an erased user: skipped", eventId);
        return true;
    }

    /**
     * Returns false when nothing was recorded (duplicate event or answer, erased user). The user's
     * lock comes first, before the interview's and any row: the erasure waits for it too.
     */
    @Transactional
    public boolean record(String eventId, AnswerRecorded answer, JsonNode answerData, RubricResult result) {
        erasures.lockUser(answer.userId());
        lock.lock(answer.interviewId());
        if (!processed.claim(eventId, CONSUMER)) {
            return false;
        }
        if (erasures.erased(answer.userId())) {
            LOG.infof("answer event %s is about an erased user: skipped", eventId);
            return false;
        }
        if (AnswerEvaluation.count("answerId", answer.answerId()) > 0) {
            return false;
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        AnswerEvaluated event = AnswerEvaluated.of(answer, result, now.toString());
        AnswerEvaluation row = new AnswerEvaluation();
        row.id = UUID.randomUUID();
        row.interviewId = answer.interviewId();
        row.userId = answer.userId();
        row.answerId = answer.answerId();
        row.turnId = answer.turnId();
        row.questionId = answer.questionId();
        row.answered = result.answered();
        row.overallScore = BigDecimal.valueOf(result.overallScore());
        row.evaluator = result.provenance().evaluator();
        row.answerEvent = write(answerData);
        row.evaluation = write(event);
        row.answeredAt = answer.answeredAt();
        row.createdAt = now;
        row.persist();
        outbox.append(AnswerEvaluated.TOPIC, answer.interviewId(), AnswerEvaluated.TOPIC, event);
        assessments.tryAssess(answer.interviewId());
        return true;
    }

    /** A turn that is never scored (the greeting): only marked as processed. */
    @Transactional
    public void skip(String eventId) {
        processed.claim(eventId, CONSUMER);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("not serialisable", e);
        }
    }
}
