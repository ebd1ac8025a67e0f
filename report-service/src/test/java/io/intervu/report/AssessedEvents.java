package io.intervu.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.intervu.testsupport.KafkaProbe;
import io.quarkus.narayana.jta.QuarkusTransaction;

import java.time.Duration;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/** Publishes evaluation.interview-assessed as evaluation-service would, and waits for the report. */
public final class AssessedEvents {

    public static final String TOPIC = "evaluation.interview-assessed";

    private AssessedEvents() {
    }

    public static String send(ObjectNode data) {
        String eventId = UUID.randomUUID().toString();
        send(eventId, data);
        return eventId;
    }

    public static void send(String eventId, ObjectNode data) {
        String interviewId = data.get("interviewId").asText();
        KafkaProbe.send(TOPIC, interviewId, KafkaProbe.cloudEvent(eventId, TOPIC, "/intervu/evaluation-service",
                interviewId, Fixtures.asMap(data)));
    }

    public static Report report(String interviewId) {
        return QuarkusTransaction.requiringNew().call(() -> Report.<Report>find("interviewId", interviewId).firstResult());
    }

    public static Report awaitReport(String interviewId, int revision) {
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            Report r = report(interviewId);
            return r != null && r.revision >= revision;
        });
        return report(interviewId);
    }

    /** Sends the 7-question fixture for a new interview of this user and returns the stored report. */
    public static Report generateFor(String userId) {
        ObjectNode data = Fixtures.sevenQuestions(UUID.randomUUID().toString(), userId);
        send(data);
        return awaitReport(data.get("interviewId").asText(), 1);
    }
}
