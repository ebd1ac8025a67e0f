package io.intervu.report.consumer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.intervu.report.Report;
import io.intervu.report.service.ReportService;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Turns each {@code evaluation.interview-assessed} event into the candidate's PDF report.
 * Transient failures are retried here; what still fails goes to the dead-letter topic.
 */
@ApplicationScoped
public class InterviewAssessedConsumer {

    private static final Logger LOG = Logger.getLogger(InterviewAssessedConsumer.class);

    private final ObjectMapper json;
    private final ReportService reports;

    public InterviewAssessedConsumer(ObjectMapper json, ReportService reports) {
        this.json = json;
        this.reports = reports;
    }

    @Incoming("evaluation-interview-assessed")
    @Blocking(ordered = true)
    @Retry(maxRetries = 3, delay = 300, jitter = 100, delayUnit = ChronoUnit.MILLIS, abortOn = MalformedEventException.class)
    public void onInterviewAssessed(String payload) {
        InboundEvent event = InboundEvent.parse(json, payload);
        String data;
        try {
            data = json.writeValueAsString(event.data());
        } catch (JsonProcessingException e) {
            throw new MalformedEventException("data not serialisable: " + e.getMessage());
        }
        Optional<Report> report;
        try {
            report = reports.generate(event.id(), data);
        } catch (IllegalArgumentException e) {
            throw new MalformedEventException("event " + event.id() + ": " + e.getMessage());
        }
        LOG.debugf("event %s %s", event.id(), report.map(r -> "stored as report " + r.id).orElse("skipped (duplicate or erased user)"));
    }
}
