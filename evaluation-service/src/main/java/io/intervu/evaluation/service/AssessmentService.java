package io.intervu.evaluation.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.intervu.evaluation.AnswerEvaluation;
import io.intervu.evaluation.InterviewAssessment;
import io.intervu.evaluation.InterviewCompletion;
import io.intervu.evaluation.event.InterviewCompleted;
import io.intervu.evaluation.event.OutboxWriter;
import io.intervu.evaluation.repository.ErasureRecordRepository;
import io.intervu.evaluation.repository.InterviewLock;
import io.intervu.evaluation.repository.ProcessedEventRepository;
import io.intervu.evaluation.service.assessment.AssessmentBuilder;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes the one overall assessment of an interview once interview.completed has arrived and as
 * many answers are evaluated as it announced, whichever comes last. Callers hold the user's
 * erasure lock, then the interview lock; the assessment's primary key refuses a second one
 * regardless. Nothing is stored about a user erased here.
 */
@ApplicationScoped
public class AssessmentService {

    public static final String CONSUMER = "evaluation.interview-completed";
    public static final String TOPIC = "evaluation.interview-assessed";
    private static final Logger LOG = Logger.getLogger(AssessmentService.class);

    private final ProcessedEventRepository processed;
    private final ErasureRecordRepository erasures;
    private final InterviewLock lock;
    private final OutboxWriter outbox;
    private final ObjectMapper json;

    public AssessmentService(ProcessedEventRepository processed, ErasureRecordRepository erasures, InterviewLock lock,
                             OutboxWriter outbox, ObjectMapper json) {
        this.processed = processed;
        this.erasures = erasures;
        this.lock = lock;
        this.outbox = outbox;
        this.json = json;
    }

    /** Returns false for a duplicate event or one about an erased user (marked processed, nothing stored). */
    @Transactional
    public boolean onCompleted(String eventId, InterviewCompleted completed, JsonNode data) {
        erasures.lockUser(completed.userId());
        lock.lock(completed.interviewId());
        if (!processed.claim(eventId, CONSUMER)) {
            return false;
        }
        if (erasures.erased(completed.userId())) {
            LOG.infof("completed event %s is about an erased user: skipped", eventId);
            return false;
        }
        if (InterviewCompletion.findById(completed.interviewId()) == null) {
            InterviewCompletion row = new InterviewCompletion();
            row.interviewId = completed.interviewId();
            row.userId = completed.userId();
            row.answerCount = completed.answerCount() == null ? 0 : completed.answerCount();
            row.payload = write(data);
            row.receivedAt = OffsetDateTime.now(ZoneOffset.UTC);
            row.persist();
        }
        tryAssess(completed.interviewId());
        return true;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void tryAssess(String interviewId) {
        assess(interviewId, false);
    }

    /**
     * For an interview whose completed event is older than the grace period and still lacks some
     * evaluations (an answer event dead-lettered or lost upstream): assess what there is, saying
     * how many answers are missing, rather than never reporting at all.
     */
    @Transactional
    public void assessOverdue(String interviewId) {
        InterviewCompletion completion = InterviewCompletion.findById(interviewId);
        if (completion == null) {
            return;
        }
        erasures.lockUser(completion.userId);
        lock.lock(interviewId);
        if (erasures.erased(completion.userId)) {
            return; // erased after this completion was read: nothing more about the user
        }
        assess(interviewId, true);
    }

    private void assess(String interviewId, boolean withMissing) {
        if (InterviewAssessment.findById(interviewId) != null) {
            return;
        }
        InterviewCompletion completion = InterviewCompletion.findById(interviewId);
        if (completion == null) {
            return;
        }
        List<AnswerEvaluation> evaluations = AnswerEvaluation.list("interviewId", Sort.by("createdAt").and("answerId"), interviewId);
        if (evaluations.size() < completion.answerCount && !withMissing) {
            LOG.debugf("interview %s: %d of %d answers evaluated", interviewId, evaluations.size(), completion.answerCount);
            return;
        }
        List<AssessmentBuilder.Turn> turns = new ArrayList<>();
        for (AnswerEvaluation e : evaluations) {
            turns.add(new AssessmentBuilder.Turn(read(e.answerEvent), read(e.evaluation)));
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        ObjectNode data = new AssessmentBuilder(json).build(read(completion.payload), turns, now.toString());
        int missing = Math.max(0, completion.answerCount - evaluations.size());
        ObjectNode assessment = (ObjectNode) data.path("assessment");
        assessment.put("missingEvaluations", missing);
        if (missing > 0) {
            LOG.warnf("interview %s assessed with %d of %d answers evaluated (grace period over)", interviewId,
                    evaluations.size(), completion.answerCount);
            assessment.put("summary", assessment.path("summary").asText() + " " + missing
                    + (missing == 1 ? " answer could" : " answers could") + " not be evaluated and " + (missing == 1 ? "is" : "are") + " missing.");
        }

        InterviewAssessment row = new InterviewAssessment();
        row.interviewId = interviewId;
        row.userId = completion.userId;
        row.overallScore = BigDecimal.valueOf(data.path("assessment").path("overallScore").asDouble());
        row.readiness = data.path("assessment").path("readiness").asText();
        row.payload = write(data);
        row.createdAt = now;
        row.persist();
        outbox.append(TOPIC, interviewId, TOPIC, data);
    }

    private JsonNode read(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON unreadable", e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("not serialisable", e);
        }
    }
}
