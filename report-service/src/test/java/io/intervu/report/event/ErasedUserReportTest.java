package io.intervu.report.event;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.intervu.report.AssessedEvents;
import io.intervu.report.ErasureRecord;
import io.intervu.report.Fixtures;
import io.intervu.report.OutboxEvent;
import io.intervu.report.ProcessedEvent;
import io.intervu.report.Report;
import io.intervu.testsupport.KafkaProbe;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** An assessment still in flight when its user was erased is consumed without a report; other users still get theirs. */
@QuarkusTest
class ErasedUserReportTest {

    @Test
    void anAssessmentOfAnErasedUserIsAcknowledgedAndRendersNoReport() {
        String userId = UUID.randomUUID().toString();
        KafkaProbe.send("auth.user-deleted", userId, KafkaProbe.cloudEvent(UUID.randomUUID().toString(),
                "auth.user-deleted", "/intervu/auth-service", userId, Map.of("userId", userId)));
        await().atMost(Duration.ofSeconds(30)).until(() ->
                QuarkusTransaction.requiringNew().call(() -> ErasureRecord.count("userId", userId)) == 1);

        ObjectNode late = Fixtures.sevenQuestions(UUID.randomUUID().toString(), userId);
        String lateInterview = late.get("interviewId").asText();
        String eventId = AssessedEvents.send(late);
        Report theirs = AssessedEvents.generateFor(UUID.randomUUID().toString());
        await().atMost(Duration.ofSeconds(60)).until(() ->
                QuarkusTransaction.requiringNew().call(() -> ProcessedEvent.count("eventId", eventId)) == 1);

        assertNotNull(theirs, "another user's assessment still becomes a report");
        assertEquals(0, count(() -> Report.count("userId", userId)), "no report for the erased user");
        assertEquals(0, count(() -> Report.count("interviewId", lateInterview)));
        assertEquals(0, count(() -> OutboxEvent.count("eventKey", lateInterview)), "no report.generated about them");
    }

    private static long count(Callable<Long> query) {
        return QuarkusTransaction.requiringNew().call(query);
    }
}
