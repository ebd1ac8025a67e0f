package io.intervu.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The whole system through the gateway, as deploy/local/demo does it, plus isolation between users,
 * account erasure in every service, and the public event's schema. Needs the local stack
 * (deploy/local/up, or INTERVU_E2E_START=true). The steps share one journey, hence the order.
 */
@ExtendWith(LocalStack.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EndToEndJourneyTest {

    private static final Duration JOURNEY = Duration.ofMinutes(4);

    static TopicRecorder events;
    static Account alice;
    static InterviewDriver journey;
    static String reportId;

    @BeforeAll
    static void listen() {
        if (!LocalStack.available()) {
            return;
        }
        events = new TopicRecorder(List.of("interview.answer-recorded", "interview.completed", "evaluation.interview-assessed",
                "report.generated", "auth.user-deleted"));
    }

    @AfterAll
    static void stopListening() throws InterruptedException {
        if (events != null) {
            events.close();
        }
    }

    @Test
    @Order(1)
    void candidateGetsAPdfReportForAFullInterview() throws Exception {
        alice = Account.registerConfirmAndLogin("alice");
        journey = new InterviewDriver(alice);
        journey.start();
        var interview = journey.awaitReady(Duration.ofMinutes(2));
        assertFalse(String.valueOf(interview.getString("role")).isBlank(), "a role was worked out");
        assertFalse(interview.getList("focusTopics").isEmpty(), "focus topics were worked out");

        journey.answerEverything(JOURNEY);
        assertTrue(journey.answers >= 7, "every prepared question was answered: " + journey.transcript);

        Response report = journey.awaitReport(Duration.ofMinutes(2));
        reportId = report.jsonPath().getString("id");
        Response pdf = alice.api().accept("application/pdf").get("/api/reports/" + reportId + "/pdf");
        assertEquals(200, pdf.statusCode(), pdf::asString);
        byte[] bytes = pdf.asByteArray();
        assertTrue(bytes.length > 10_000 && new String(bytes, 0, 5).equals("%PDF-"), "a real PDF came back: " + bytes.length + " bytes");
        Path out = StackConfig.root().resolve(".run/e2e/report-" + journey.interviewId + ".pdf");
        Files.createDirectories(out.getParent());
        Files.write(out, bytes);

        Response evaluations = alice.api().get("/api/evaluations?interviewId=" + journey.interviewId);
        assertEquals(200, evaluations.statusCode(), evaluations::asString);
        assertTrue(evaluations.asString().contains("overallScore"), "scores are visible to the owner: " + evaluations.asString());
    }

    @Test
    @Order(2)
    void interviewCompletedEventMatchesItsPublishedSchema() throws Exception {
        assumeTrue(journey != null && reportId != null, "needs the journey");
        ConsumerRecord<String, String> completed = events.await("interview.completed",
                r -> journey.interviewId.equals(r.key()), Duration.ofSeconds(30)).orElseThrow(
                () -> new AssertionError("no interview.completed for " + journey.interviewId + " on the broker"));
        JsonNode data = EventSchemas.validCloudEvent("interview.completed", journey.interviewId, completed.value(),
                StackConfig.root().resolve("interview-service/src/main/resources/schemas/interview.completed.json"));
        assertEquals(journey.interviewId, data.path("interviewId").asText());
        assertEquals(alice.userId(), data.path("userId").asText());
        assertEquals("COMPLETED", data.path("status").asText());
        long recorded = events.all("interview.answer-recorded", r -> journey.interviewId.equals(r.key())).size();
        assertEquals(recorded, data.path("answerCount").asLong(), "answerCount = answer-recorded events of this interview");
        assertTrue(data.path("transcript").size() > journey.answers, "the transcript has both sides");

    }

    @Test
    @Order(3)
    void anotherUserCannotSeeTheInterviewTranscriptOrReport() throws Exception {
        assumeTrue(journey != null && reportId != null, "needs the journey");
        // a transcription id from an audio answer (interview.answer-recorded carries it)
        String transcriptionId = null;
        for (ConsumerRecord<String, String> r : events.all("interview.answer-recorded", r -> journey.interviewId.equals(r.key()))) {
            JsonNode answer = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.value()).path("data").path("answer");
            if (answer.hasNonNull("transcriptionId")) {
                transcriptionId = answer.path("transcriptionId").asText();
            }
        }
        assertNotNull(transcriptionId, "an audio answer was transcribed (transcriptionId in interview.answer-recorded)");
        Account mallory = Account.registerConfirmAndLogin("mallory");
        Map<String, Response> attempts = Map.of(
                "interview", mallory.api().get("/api/interviews/" + journey.interviewId),
                "next message", mallory.api().get("/api/interviews/" + journey.interviewId + "/messages/next"),
                "report", mallory.api().get("/api/reports/" + reportId),
                "report pdf", mallory.api().get("/api/reports/" + reportId + "/pdf"));
        attempts.forEach((what, r) -> assertEquals(404, r.statusCode(), () -> what + " of another user: " + r.asString()));
        Response own = alice.api().get("/api/transcriptions/" + transcriptionId);
        assertEquals(200, own.statusCode(), () -> "the owner reads the transcript: " + own.asString());
        Response t = mallory.api().get("/api/transcriptions/" + transcriptionId);
        assertEquals(404, t.statusCode(), () -> "transcript of another user: " + t.asString());
        Response evaluations = mallory.api().get("/api/evaluations?interviewId=" + journey.interviewId);
        assertTrue(evaluations.statusCode() == 404 || !evaluations.asString().contains("overallScore"),
                () -> "evaluations of another user: " + evaluations.asString());
        assertFalse(mallory.api().get("/api/interviews").asString().contains(journey.interviewId), "not in the other user's history");
        assertFalse(mallory.api().get("/api/reports").asString().contains(reportId), "not in the other user's reports");
        Response noToken = Account.anonymous().get("/api/interviews/" + journey.interviewId);
        assertEquals(401, noToken.statusCode(), "no token, no interview");
    }

    @Test
    @Order(4)
    void deletingTheAccountErasesTheUserInEveryService() throws Exception {
        assumeTrue(alice != null && reportId != null, "needs the journey");
        Map<String, Long> before = ErasureProbe.rowsAbout(alice.userId());
        assertTrue(before.values().stream().mapToLong(Long::longValue).sum() > 0, "the journey left data to erase: " + before);

        Response wrong = alice.api().contentType(ContentType.JSON).body(Map.of("password", "not-the-password")).delete("/api/auth/me");
        assertTrue(wrong.statusCode() >= 400 && wrong.statusCode() < 500, () -> "deletion needs the password: " + wrong.asString());
        Response deleted = alice.api().contentType(ContentType.JSON).body(Map.of("password", alice.password())).delete("/api/auth/me");
        assertEquals(204, deleted.statusCode(), deleted::asString);

        ConsumerRecord<String, String> event = events.await("auth.user-deleted", r -> alice.userId().equals(r.key()),
                Duration.ofSeconds(30)).orElseThrow(() -> new AssertionError("no auth.user-deleted for " + alice.userId()));
        EventSchemas.validCloudEvent("auth.user-deleted", alice.userId(), event.value(),
                StackConfig.root().resolve("auth-service/src/main/resources/schemas/auth.user-deleted.json"));

        // every consumer erases asynchronously: wait until no row is left and each has recorded its erasure
        Map<String, Long> left = before;
        Map<String, Long> erased = Map.of();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            left = ErasureProbe.rowsAbout(alice.userId());
            erased = ErasureProbe.erasureRecords(alice.userId());
            if (left.values().stream().allMatch(n -> n == 0) && erased.values().stream().allMatch(n -> n >= 1)) {
                break;
            }
            Thread.sleep(500);
        }
        Map<String, Long> remaining = left;
        assertTrue(remaining.values().stream().allMatch(n -> n == 0), () -> "rows about the deleted user remain: " + remaining);
        Map<String, Long> records = erased;
        assertTrue(records.values().stream().allMatch(n -> n >= 1), () -> "every consuming service recorded the erasure: " + records);

        Response login = Account.anonymous().contentType(ContentType.JSON)
                .body(Map.of("login", alice.email(), "password", alice.password())).post("/api/auth/login");
        assertEquals(401, login.statusCode(), () -> "a deleted account cannot log in: " + login.asString());
        // the access token is still cryptographically valid for a few minutes: the data behind it is gone
        assertEquals(404, alice.api().get("/api/interviews/" + journey.interviewId).statusCode(), "interview erased");
        assertEquals(404, alice.api().get("/api/reports/" + reportId).statusCode(), "report erased");
    }
}
