package io.intervu.interview.consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.intervu.interview.service.OutcomeRecorder;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Tolerant readers of evaluation.interview-assessed (overall score, readiness) and report.generated
 * (report id and URL), for the caller's history. Unknown fields are ignored.
 */
@ApplicationScoped
public class OutcomeConsumers {

    private final ObjectMapper json;
    private final OutcomeRecorder recorder;

    public OutcomeConsumers(ObjectMapper json, OutcomeRecorder recorder) {
        this.json = json;
        this.recorder = recorder;
    }

    @Incoming("evaluation-interview-assessed")
    @Blocking(ordered = true)
    @Retry(maxRetries = 3, delay = 200, jitter = 100, delayUnit = ChronoUnit.MILLIS, abortOn = MalformedEventException.class)
    public void onAssessed(String payload) {
        InboundEvent event = InboundEvent.parse(json, payload);
        JsonNode assessment = event.data().path("assessment");
        Double score = assessment.path("overallScore").isNumber() ? assessment.path("overallScore").asDouble() : null;
        String readiness = assessment.path("readiness").isTextual() ? assessment.path("readiness").asText() : null;
        recorder.assessed(event.id(), interviewId(event), event.text("userId"), score, readiness);
    }

    @Incoming("report-generated")
    @Blocking(ordered = true)
    @Retry(maxRetries = 3, delay = 200, jitter = 100, delayUnit = ChronoUnit.MILLIS, abortOn = MalformedEventException.class)
    public void onReport(String payload) {
        InboundEvent event = InboundEvent.parse(json, payload);
        String reportId = event.text("reportId");
        if (reportId == null) {
            throw new MalformedEventException("report.generated without reportId: " + event.id());
        }
        recorder.reportGenerated(event.id(), interviewId(event), event.text("userId"), reportId, event.text("url"));
    }

    private static UUID interviewId(InboundEvent event) {
        String id = event.text("interviewId") != null ? event.text("interviewId") : event.subject();
        try {
            return UUID.fromString(id);
        } catch (RuntimeException e) {
            throw new MalformedEventException("event " + event.id() + " has no valid interviewId");
        }
    }
}
