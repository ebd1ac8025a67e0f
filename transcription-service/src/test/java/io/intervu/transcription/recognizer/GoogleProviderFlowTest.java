package io.intervu.transcription.recognizer;

import io.grpc.Status;
import io.intervu.testsupport.TestJwt;
import io.intervu.transcription.Transcription;
import io.intervu.transcription.audio.AudioFixtures;
import io.intervu.transcription.service.UserErasureService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** STT_PROVIDER=google against the fake gRPC server: retry with backoff, fallback, 503, circuit breaker. */
@QuarkusTest
@QuarkusTestResource(value = FakeSpeechServerResource.class, restrictToAnnotatedClass = true)
class GoogleProviderFlowTest {

    static final String CLIENT_TRANSCRIPT = "I built an outbox relay with Kafka.";

    @Inject
    UserErasureService erasure;

    FakeSpeechServer fake() {
        return FakeSpeechServerResource.server;
    }

    @BeforeEach
    void reset() {
        fake().reset();
        CircuitBreakerMaintenance.get().resetAll();
    }

    static ValidatableResponse post(String fixture, String transcript) {
        var request = given().auth().oauth2(TestJwt.user(UUID.randomUUID().toString()))
                .multiPart("audio", "answer", AudioFixtures.bytes(fixture), "application/octet-stream");
        if (transcript != null) {
            request.multiPart("transcript", transcript);
        }
        return request.when().post("/api/transcriptions").then();
    }

    @Test
    void unavailableThenSuccessIsRetried() {
        fake().thenFail(Status.UNAVAILABLE.withDescription("try again"))
                .then(r -> FakeSpeechServer.response("I@0.31-0.42 built@0.42-0.7 an@0.7-0.8 outbox@0.8-1.3 relay@1.3-1.7 with@1.7-1.9 Kafka.@1.9-2.6"));
        post("speech.webm", null).statusCode(201)
                .body("provider", equalTo("google"))
                .body("transcript", equalTo("I built an outbox relay with Kafka."))
                .body("words", hasSize(7))
                .body("words[6].start", equalTo(1.9f))
                .body("words[6].confidence", equalTo(0.9f))
                .body("fallbackReason", nullValue())
                .body("delivery.wordCount", equalTo(7));
        assertEquals(2, fake().requests.size());
        assertEquals("WEBM_OPUS", fake().requests.get(1).getConfig().getEncoding().name());
    }

    @Test
    void deadlineExceededEveryTimeFallsBackToTheClientTranscript() {
        fake().always(r -> Status.DEADLINE_EXCEEDED);
        post("speech.flac", CLIENT_TRANSCRIPT).statusCode(201)
                .body("provider", equalTo("client"))
                .body("transcript", equalTo(CLIENT_TRANSCRIPT))
                .body("fallbackReason", containsString("DEADLINE_EXCEEDED"));
        assertEquals(3, fake().requests.size(), "first try and two retries");
    }

    @Test
    void unavailableWithoutAClientTranscriptIsA503Problem() {
        fake().always(r -> Status.UNAVAILABLE);
        post("speech.flac", null).statusCode(503).contentType("application/problem+json")
                .body("type", equalTo("https://intervu.dev/problems/recognizer-unavailable"));
    }

    @Test
    void invalidArgumentIsNotRetried() {
        fake().always(r -> Status.INVALID_ARGUMENT.withDescription("bad sample rate"));
        post("speech.flac", null).statusCode(502).contentType("application/problem+json")
                .body("type", equalTo("https://intervu.dev/problems/recognizer-rejected"));
        assertEquals(1, fake().requests.size());
        post("speech.flac", CLIENT_TRANSCRIPT).statusCode(201).body("provider", equalTo("client"))
                .body("fallbackReason", containsString("INVALID_ARGUMENT"));
    }

    @Test
    void theCircuitOpensAfterRepeatedFailuresAndStopsCallingGoogle() {
        fake().always(r -> Status.UNAVAILABLE);
        for (int i = 0; i < 4; i++) {
            post("speech.flac", CLIENT_TRANSCRIPT).statusCode(201).body("provider", equalTo("client"));
        }
        assertEquals(CircuitBreakerState.OPEN, CircuitBreakerMaintenance.get().currentState("speech-recognizer"));
        int calls = fake().requests.size();
        post("speech.flac", CLIENT_TRANSCRIPT).statusCode(201).body("fallbackReason", containsString("circuit open"));
        post("speech.flac", null).statusCode(503);
        assertEquals(calls, fake().requests.size(), "no call while the circuit is open");
    }

    @Test
    void silenceIsNeverSentToTheRecognizer() {
        post("silence-2s.flac", null).statusCode(201).body("speechDetected", equalTo(false)).body("provider", equalTo("google"));
        assertEquals(0, fake().requests.size());
    }

    @Test
    void anErasureThatCommitsWhileTheAudioIsRecognisedLeavesNothingStored() throws Exception {
        String user = UUID.randomUUID().toString();
        CountDownLatch recognising = new CountDownLatch(1);
        CountDownLatch erasureDone = new CountDownLatch(1);
        fake().then(r -> {
            recognising.countDown();
            try {
                erasureDone.await(4, TimeUnit.SECONDS); // inside the recognizer's 5 s deadline
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return FakeSpeechServer.response("I@0.31-0.42 built@0.42-0.7 it.@0.7-1.0");
        });
        CompletableFuture<ExtractableResponse<Response>> upload = CompletableFuture.supplyAsync(() ->
                given().auth().oauth2(TestJwt.user(user))
                        .multiPart("audio", "answer", AudioFixtures.bytes("speech.flac"), "application/octet-stream")
                        .when().post("/api/transcriptions").then().extract());

        assertTrue(recognising.await(20, TimeUnit.SECONDS), "the audio reached the recognizer");
        assertTrue(erasure.erase(UUID.randomUUID().toString(), user)); // what auth.user-deleted triggers
        erasureDone.countDown();

        ExtractableResponse<Response> refused = upload.get(30, TimeUnit.SECONDS);
        assertEquals(401, refused.statusCode());
        assertEquals("https://intervu.dev/problems/account-gone", refused.path("type"));
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> Transcription.count("ownerId", user)),
                "the recognised answer of an erased user is not stored");
    }
}
