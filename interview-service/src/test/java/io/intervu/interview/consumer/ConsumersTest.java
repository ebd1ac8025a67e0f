package io.intervu.interview.consumer;

import io.intervu.interview.support.InterviewApi;
import io.intervu.interview.support.PeerStubs;
import io.intervu.testsupport.KafkaProbe;
import io.intervu.testsupport.TestJwt;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** Scores and report links reach the history; auth.user-deleted erases the user's interviews. */
@QuarkusTest
class ConsumersTest {

    @Test
    void historyShowsScoresAndReportOnceKnown() {
        PeerStubs.resetToDefaults();
        String userId = UUID.randomUUID().toString();
        InterviewApi api = new InterviewApi(TestJwt.user(userId));
        String id = api.startReady("resume_backend_java.pdf", "jd_backend_java.txt", Map.of("questionCount", "3"));
        String assessed = KafkaProbe.cloudEvent(UUID.randomUUID().toString(), "evaluation.interview-assessed", "/intervu/evaluation-service", id,
                Map.of("interviewId", id, "userId", userId, "futureField", 1,
                        "assessment", Map.of("overallScore", 3.6, "readiness", "Almost ready", "summary", "ok")));
        KafkaProbe.send("evaluation.interview-assessed", id, assessed);
        KafkaProbe.send("evaluation.interview-assessed", id, assessed); // duplicate delivery
        String reportId = UUID.randomUUID().toString();
        KafkaProbe.send("report.generated", id, KafkaProbe.cloudEvent(UUID.randomUUID().toString(), "report.generated",
                "/intervu/report-service", id, Map.of("interviewId", id, "userId", userId, "reportId", reportId,
                        "url", "/api/reports/" + reportId + "/pdf", "pageCount", 9)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> api.request().get("/api/interviews").then()
                .body("[0].overallScore", equalTo(3.6f))
                .body("[0].readiness", equalTo("Almost ready"))
                .body("[0].reportId", equalTo(reportId)));
    }

    @Test
    void userDeletionErasesTheirInterviews() {
        PeerStubs.resetToDefaults();
        String userId = UUID.randomUUID().toString();
        InterviewApi api = new InterviewApi(TestJwt.user(userId));
        String id = api.startReady("resume_backend_java.pdf", "jd_backend_java.txt", Map.of("questionCount", "3"));
        InterviewApi other = new InterviewApi(TestJwt.user(UUID.randomUUID().toString()));
        String kept = other.startReady("resume_backend_java.pdf", "jd_backend_java.txt", Map.of("questionCount", "3"));
        KafkaProbe.send("auth.user-deleted", userId, KafkaProbe.cloudEvent(UUID.randomUUID().toString(), "auth.user-deleted",
                "/intervu/auth-service", userId, Map.of("userId", userId, "deletedAt", "2026-11-25T12:00:00Z")));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                api.request().get("/api/interviews/" + id).then().statusCode(404));
        api.request().get("/api/interviews").then().body("size()", equalTo(0));
        other.request().get("/api/interviews/" + kept).then().statusCode(200);
    }
}
