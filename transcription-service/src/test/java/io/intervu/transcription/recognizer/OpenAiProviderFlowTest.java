package io.intervu.transcription.recognizer;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.intervu.testsupport.TestJwt;
import io.intervu.transcription.audio.AudioFixtures;
import io.intervu.transcription.confidence.EmotionApiClientTest;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** STT_PROVIDER=openai and EMOTION_API_ENDPOINT set, both against WireMock, through the REST endpoint. */
@QuarkusTest
@QuarkusTestResource(value = WireMockResource.class, restrictToAnnotatedClass = true)
class OpenAiProviderFlowTest {

    @BeforeEach
    void reset() {
        WireMockResource.server.resetAll();
        CircuitBreakerMaintenance.get().resetAll();
    }

    @Test
    void aFailingServerIsRetriedThenItsWordTimingsAreUsed() {
        WireMockResource.server.stubFor(post("/v1/audio/transcriptions").inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(502)).willSetStateTo("recovered"));
        WireMockResource.server.stubFor(post("/v1/audio/transcriptions").inScenario("flaky").whenScenarioStateIs("recovered")
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(OpenAiSpeechRecognizerTest.VERBOSE_JSON)));

        given().auth().oauth2(TestJwt.user(UUID.randomUUID().toString()))
                .multiPart("audio", "answer", AudioFixtures.bytes("speech.ogg"), "application/octet-stream")
                .when().post("/api/transcriptions").then()
                .statusCode(201)
                .body("provider", equalTo("openai"))
                .body("format", equalTo("ogg/opus"))
                .body("transcript", equalTo("I built an outbox relay with Kafka."))
                .body("words", hasSize(7))
                .body("words[6].end", equalTo(2.6f));
        WireMockResource.server.verify(2, postRequestedFor(urlEqualTo("/v1/audio/transcriptions")));
    }

    @Test
    void theEmotionApisScoreArrivesUnchanged() {
        WireMockResource.server.stubFor(post("/v1/audio/transcriptions")
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(OpenAiSpeechRecognizerTest.VERBOSE_JSON)));
        WireMockResource.server.stubFor(post("/emotion/analyze")
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(EmotionApiClientTest.ANSWER)));

        given().auth().oauth2(TestJwt.user(UUID.randomUUID().toString()))
                .multiPart("audio", "answer", AudioFixtures.bytes("speech.m4a"), "application/octet-stream")
                .multiPart("analyseConfidence", "true")
                .when().post("/api/transcriptions").then()
                .statusCode(201)
                .body("confidence.score", equalTo(71.5f))
                .body("confidence.rating", equalTo("High"))
                .body("confidence.provider", equalTo("emotion-api"))
                .body("confidence.coachingOnly", equalTo(true));
    }

    @Test
    void aBrokenEmotionApiFallsBackToProsody() {
        WireMockResource.server.stubFor(post("/v1/audio/transcriptions")
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(OpenAiSpeechRecognizerTest.VERBOSE_JSON)));
        WireMockResource.server.stubFor(post("/emotion/analyze").willReturn(aResponse().withStatus(500)));

        given().auth().oauth2(TestJwt.user(UUID.randomUUID().toString()))
                .multiPart("audio", "answer", AudioFixtures.bytes("speech.flac"), "application/octet-stream")
                .multiPart("analyseConfidence", "true")
                .when().post("/api/transcriptions").then()
                .statusCode(201)
                .body("provider", equalTo("openai"))
                .body("confidence.provider", equalTo("prosody"));
    }
}
