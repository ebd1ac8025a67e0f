package io.intervu.evaluation.consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.intervu.evaluation.event.InterviewCompleted;
import io.intervu.evaluation.service.AssessmentService;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.time.temporal.ChronoUnit;

/** Records interview.completed and assesses the interview if every answer is already evaluated. */
@ApplicationScoped
public class InterviewCompletedConsumer {

    private static final Logger LOG = Logger.getLogger(InterviewCompletedConsumer.class);

    private final ObjectMapper json;
    private final AssessmentService assessments;

    public InterviewCompletedConsumer(ObjectMapper json, AssessmentService assessments) {
        this.json = json;
        this.assessments = assessments;
    }

    @Incoming("interview-completed")
    @Blocking(ordered = true)
    @Retry(maxRetries = 3, delay = 300, jitter = 100, delayUnit = ChronoUnit.MILLIS, abortOn = MalformedEventException.class)
    public void onCompleted(String payload) {
        InboundEvent event = InboundEvent.parse(json, payload);
        InterviewCompleted completed;
        try {
            completed = json.treeToValue(event.data(), InterviewCompleted.class);
        } catch (IOException | IllegalArgumentException e) {
            throw new MalformedEventException("interview.completed data unreadable: " + e.getMessage());
        }
        if (completed.interviewId() == null || completed.interviewId().isBlank() || completed.userId() == null
                || completed.userId().isBlank() || completed.answerCount() == null || completed.answerCount() < 0) {
            throw new MalformedEventException("interview.completed without interviewId, userId or answerCount: " + event.id());
        }
        boolean recorded = assessments.onCompleted(event.id(), completed, event.data());
        LOG.debugf("interview %s completed event %s", completed.interviewId(), recorded ? "recorded" : "skipped (duplicate or erased user)");
    }
}
