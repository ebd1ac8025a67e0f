package io.intervu.report.consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.intervu.report.AssessedEvents;
import io.intervu.report.Fixtures;
import io.intervu.report.OutboxEvent;
import io.intervu.report.ProcessedEvent;
import io.intervu.report.Report;
import io.intervu.report.event.ReportGenerated;
import io.intervu.report.ReportContent;
import io.intervu.report.pdf.PdfText;
import io.intervu.testsupport.KafkaProbe;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class InterviewAssessedConsumerTest {

    @Test
    void anEventBecomesAStoredReportAndAReportGeneratedEvent() {
        ObjectNode data = Fixtures.sevenQuestions();
        String interviewId = data.get("interviewId").asText();
        try (KafkaProbe generated = new KafkaProbe(ReportGenerated.TOPIC)) {
            AssessedEvents.send(data);
            Report report = AssessedEvents.awaitReport(interviewId, 1);

            assertEquals(data.get("userId").asText(), report.userId);
            byte[] pdf = QuarkusTransaction.requiringNew().call(() -> ReportContent.<ReportContent>findById(report.id).pdf);
            assertEquals(report.sizeBytes, pdf.length);
            PdfText text = PdfText.read(pdf);
            assertEquals(report.pageCount, text.pages());
            for (JsonNode q : data.get("questions")) {
                assertTrue(text.contains(q.get("text").asText()), "question missing: " + q.get("ordinal"));
            }

            List<ConsumerRecord<String, String>> records = generated.await(r -> interviewId.equals(r.key()), 1, Duration.ofSeconds(30));
            assertEquals(1, records.size());
            JsonNode event = KafkaProbe.json(records.get(0));
            assertEquals("report.generated", event.get("type").asText());
            JsonNode body = event.get("data");
            JsonNode schema = Fixtures.load("schemas/report.generated.json");
            for (JsonNode required : schema.get("required")) {
                assertTrue(body.hasNonNull(required.asText()), "report.generated lacks " + required.asText());
            }
            assertEquals(report.id.toString(), body.get("reportId").asText());
            assertEquals("/api/reports/" + report.id + "/pdf", body.get("url").asText());
            assertEquals(report.pageCount, body.get("pageCount").asInt());
            assertEquals(report.sizeBytes, body.get("sizeBytes").asLong());
            assertEquals(report.userId, body.get("userId").asText());
        }
    }

    @Test
    void duplicateEventsMakeOneReport() {
        ObjectNode data = Fixtures.sevenQuestions();
        String interviewId = data.get("interviewId").asText();
        String eventId = UUID.randomUUID().toString();
        AssessedEvents.send(eventId, data);
        AssessedEvents.send(eventId, data); // a relay that crashed before marking sends it again
        // a newer assessment of the same interview (same partition) proves the duplicate was consumed, not in flight
        String newer = AssessedEvents.send(data);
        Report report = AssessedEvents.awaitReport(interviewId, 2);

        assertEquals(2, report.revision, "the duplicate had no effect; the newer assessment replaced the PDF");
        assertEquals(newer, report.sourceEventId);
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> Report.count("interviewId", interviewId)));
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> ProcessedEvent.count("eventId", eventId)));
        assertEquals(2L, QuarkusTransaction.requiringNew().call(() ->
                OutboxEvent.count("eventKey = ?1 and topic = ?2", interviewId, ReportGenerated.TOPIC)));
    }

    @Test
    void hostileTextIsStoredAsAReadablePdf() {
        ObjectNode data = Fixtures.hostile();
        AssessedEvents.send(data);
        Report report = AssessedEvents.awaitReport(data.get("interviewId").asText(), 1);
        byte[] pdf = QuarkusTransaction.requiringNew().call(() -> ReportContent.<ReportContent>findById(report.id).pdf);
        PdfText text = PdfText.read(pdf);
        assertTrue(text.contains("<script>alert('x')</script> & &amp; &lt;"));
        assertTrue(text.pages() > 10, "the 5,000-word answer spans pages");
    }

    @Test
    void unusableEventsGoToTheDeadLetterTopicAndDoNotBlockTheNext() {
        String key = UUID.randomUUID().toString();
        try (KafkaProbe dlq = new KafkaProbe(AssessedEvents.TOPIC + ".dlq")) {
            KafkaProbe.send(AssessedEvents.TOPIC, key, "{not json");
            KafkaProbe.send(AssessedEvents.TOPIC, key, KafkaProbe.cloudEvent(UUID.randomUUID().toString(), AssessedEvents.TOPIC,
                    "/intervu/evaluation-service", key, Map.of("interviewId", key))); // no userId: nobody could own it
            ObjectNode good = Fixtures.sevenQuestions(key, UUID.randomUUID().toString());
            AssessedEvents.send(good);

            assertEquals(2, dlq.await(r -> key.equals(r.key()), 2, Duration.ofSeconds(60)).size());
            assertNotNull(AssessedEvents.awaitReport(key, 1));
        }
    }
}
