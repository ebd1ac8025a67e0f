package io.intervu.interview.rest;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.intervu.interview.support.InterviewApi;
import io.intervu.interview.support.PeerStubs;
import io.intervu.testsupport.TestJwt;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** Ownership, out-of-turn answers, double submissions and degraded transcription. */
@QuarkusTest
class LoopGuardsTest {

    private static final String ANSWER = "I would key events by account id so ordering holds per partition, keep consumers "
            + "idempotent with a processed-event table in the same transaction, and publish through an outbox. We ran this at 3,000 events per second.";

    @Inject
    CircuitBreakerMaintenance breakers;

    @Inject
    io.intervu.interview.loop.LoopTransitions transitions;

    @BeforeEach
    @AfterEach
    void peers() {
        PeerStubs.resetToDefaults();
        breakers.resetAll();
    }

    private InterviewApi owner() {
        return new InterviewApi(TestJwt.user(UUID.randomUUID().toString()));
    }

    private String ready(InterviewApi api) {
        return api.startReady("resume_backend_java.pdf", "jd_backend_java.txt", Map.of("questionCount", "3", "maxFollowUps", "0"));
    }

    @Test
    void anotherUsersInterviewDoesNotExist() {
        InterviewApi api = owner();
        String id = ready(api);
        InterviewApi stranger = owner();
        stranger.request().get("/api/interviews/" + id).then().statusCode(404).contentType("application/problem+json");
        stranger.request().get("/api/interviews/" + id + "/messages/next").then().statusCode(404);
        stranger.request().get("/api/interviews/" + id + "/events").then().statusCode(404);
        stranger.answerText(id, UUID.randomUUID().toString(), ANSWER).then().statusCode(404);
        stranger.request().get("/api/interviews/" + UUID.randomUUID()).then().statusCode(404);
        stranger.request().get("/api/interviews/not-a-uuid").then().statusCode(404);
        stranger.request().get("/api/interviews").then().statusCode(200).body("size()", equalTo(0));
        api.request().get("/api/interviews").then().statusCode(200).body("[0].id", equalTo(id)).body("[0].status", equalTo("READY"));
    }

    @Test
    void outOfTurnAnswersAreConflicts() {
        InterviewApi api = owner();
        String id = ready(api);
        String greeting = api.next(id).getString("turnId");
        api.answerText(id, UUID.randomUUID().toString(), ANSWER).then().statusCode(409)
                .body("type", containsString("out-of-turn"));
        api.answerText(id, greeting, "Ready.").then().statusCode(202);
        JsonPath q1 = api.next(id);
        assertThat(q1.getString("kind")).isEqualTo("question");
        // answering the greeting again is the same submission, not a new answer
        api.answerText(id, greeting, "Ready again.").then().statusCode(202).body("duplicate", equalTo(true));
        JsonPath again = api.next(id);
        assertThat(again.getString("turnId")).isEqualTo(q1.getString("turnId"));
        api.request().contentType(ContentType.JSON).body(Map.of("text", " ")).post("/api/interviews/" + id + "/answers")
                .then().statusCode(400).body("errors.text", containsString("empty"));
    }

    @Test
    void doubleSubmissionHasNoSecondEffect() {
        InterviewApi api = owner();
        String id = ready(api);
        api.answerText(id, api.next(id).getString("turnId"), "Yes.").then().statusCode(202);
        String turn = api.next(id).getString("turnId");
        String key = UUID.randomUUID().toString();
        for (int i = 0; i < 3; i++) {
            api.request().header("Idempotency-Key", key).contentType(ContentType.JSON).body(Map.of("text", ANSWER))
                    .post("/api/interviews/" + id + "/answers").then().statusCode(202).body("duplicate", equalTo(i > 0));
        }
        JsonPath next = api.next(id);
        assertThat(next.getString("turnId")).isNotEqualTo(turn);
        api.request().header("Idempotency-Key", key).contentType(ContentType.JSON).body(Map.of("text", ANSWER))
                .post("/api/interviews/" + id + "/answers").then().statusCode(202).body("duplicate", equalTo(true));
        assertThat(api.next(id).getString("turnId")).isEqualTo(next.getString("turnId"));
        assertThat(api.get(id).getInt("progress.answers")).isEqualTo(1);
    }

    @Test
    void recordingWithoutSpeechReopensTheTurn() {
        InterviewApi api = owner();
        String id = ready(api);
        String greeting = api.next(id).getString("turnId");
        api.answerAudio(id, greeting, "silence_3s.wav", null).then().statusCode(202);
        JsonPath again = api.next(id);
        assertThat(again.getString("turnId")).isEqualTo(greeting);
        assertThat(again.getString("notice")).contains("did not hear any speech");
        api.answerAudio(id, greeting, "answer_ready.wav", null).then().statusCode(202);
        assertThat(api.next(id).getString("kind")).isEqualTo("question");
    }

    @Test
    void transcriptionOutageDegradesToTheClientTranscriptOrAsksAgain() {
        InterviewApi api = owner();
        String id = ready(api);
        PeerStubs.server().stubFor(post(urlPathEqualTo("/api/transcriptions")).atPriority(0)
                .willReturn(aResponse().withStatus(503)));
        String greeting = api.next(id).getString("turnId");
        api.answerAudio(id, greeting, "answer_outbox.webm", null).then().statusCode(202);
        JsonPath again = api.next(id);
        assertThat(again.getString("turnId")).isEqualTo(greeting);
        assertThat(again.getString("notice")).contains("type your answer");
        api.answerAudio(id, greeting, "answer_outbox.webm", "Yes, I am ready.").then().statusCode(202);
        assertThat(api.next(id).getString("kind")).isEqualTo("question");
        PeerStubs.server().verify(WireMock.moreThanOrExactly(2), WireMock.postRequestedFor(urlPathEqualTo("/api/transcriptions")));
    }

    @Test
    void knowledgeBaseOutageFallsBackToTheBuiltInBank() {
        PeerStubs.server().stubFor(WireMock.get(urlPathEqualTo("/api/knowledge/questions")).atPriority(0)
                .willReturn(aResponse().withStatus(503)));
        InterviewApi api = owner();
        String id = ready(api);
        assertThat(api.get(id).getInt("questionCount")).isEqualTo(3);
        assertThat(api.next(id).getString("kind")).isEqualTo("greeting");
    }

    @Test
    void inactiveInterviewIsAbandonedAndSaysSoInItsCompletedEvent() {
        InterviewApi api = owner();
        String id = ready(api);
        String greeting = api.next(id).getString("turnId");
        try (io.intervu.testsupport.KafkaProbe completed = new io.intervu.testsupport.KafkaProbe("interview.completed")) {
            // recent activity: the sweep's cut-off (now - timeout) lies before it, nothing happens
            assertThat(transitions.abandon(UUID.fromString(id), java.time.OffsetDateTime.now().minusMinutes(30))).isFalse();
            // untouched since before the cut-off, as the sweep sees it once the timeout passed
            assertThat(transitions.abandon(UUID.fromString(id), java.time.OffsetDateTime.now().plusSeconds(1))).isTrue();

            api.request().get("/api/interviews/" + id).then().statusCode(200).body("status", equalTo("ABANDONED"));
            api.answerText(id, greeting, "Ready.").then().statusCode(409).body("type", containsString("interview-finished"));
            api.request().get("/api/interviews/" + id + "/messages/next").then().statusCode(409)
                    .body("type", containsString("interview-abandoned"));
            var records = completed.await(r -> id.equals(r.key()), 1, java.time.Duration.ofSeconds(20));
            assertThat(records).hasSize(1);
            assertThat(io.intervu.testsupport.KafkaProbe.json(records.get(0)).get("data").get("status").asText()).isEqualTo("ABANDONED");
            // a second sweep finds nothing left to abandon
            assertThat(transitions.abandon(UUID.fromString(id), java.time.OffsetDateTime.now().plusSeconds(1))).isFalse();
        }
    }
}
