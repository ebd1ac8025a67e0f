package io.intervu.report.event;

import io.intervu.report.AssessedEvents;
import io.intervu.report.ErasureRecord;
import io.intervu.report.OutboxEvent;
import io.intervu.report.Report;
import io.intervu.report.ReportContent;
import io.intervu.testsupport.KafkaProbe;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

@QuarkusTest
class ReportErasureTest {

    @Test
    void deletingAUserErasesTheirReportsAndTheirEventsAndOnlyTheirs() {
        String userId = UUID.randomUUID().toString();
        String otherUser = UUID.randomUUID().toString();
        Report mine = AssessedEvents.generateFor(userId);
        Report second = AssessedEvents.generateFor(userId);
        Report theirs = AssessedEvents.generateFor(otherUser);

        KafkaProbe.send("auth.user-deleted", userId, KafkaProbe.cloudEvent(UUID.randomUUID().toString(),
                "auth.user-deleted", "/intervu/auth-service", userId, Map.of("userId", userId)));
        await().atMost(Duration.ofSeconds(30)).until(() ->
                QuarkusTransaction.requiringNew().call(() -> ErasureRecord.count("userId", userId)) == 1);

        QuarkusTransaction.requiringNew().run(() -> {
            assertEquals(0, Report.count("userId", userId));
            assertNull(ReportContent.findById(mine.id));
            assertNull(ReportContent.findById(second.id));
            assertEquals(1, Report.count("userId", otherUser));
            // their report.generated outbox rows went too; the other user's stays
            assertEquals(0, OutboxEvent.count("eventKey in ?1", List.of(mine.interviewId, second.interviewId)));
            assertEquals(1, OutboxEvent.count("eventKey", theirs.interviewId));
            assertEquals(6, ErasureRecord.<ErasureRecord>find("userId", userId).firstResult().rowsErased,
                    "2 reports, 2 contents, 2 report.generated events");
        });
        assertEquals(theirs.id, AssessedEvents.report(theirs.interviewId).id);
    }
}
