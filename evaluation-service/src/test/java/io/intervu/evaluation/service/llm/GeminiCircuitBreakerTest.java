package io.intervu.evaluation.service.llm;

import io.intervu.evaluation.event.TestEvents;
import io.intervu.evaluation.service.AnswerEvaluator;
import io.intervu.evaluation.RubricResult;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Its own application instance, so the breaker it opens does not leak into other tests. */
@QuarkusTest
@QuarkusTestResource(value = GeminiWireMock.class, restrictToAnnotatedClass = true)
class GeminiCircuitBreakerTest {

    @Inject
    AnswerEvaluator evaluator;

    @Test
    void slowAnswersTimeOutAndRepeatedFailuresOpenTheCircuit() {
        GeminiWireMock.server.resetAll();
        // slower than the 3 s request timeout of the test configuration (GEMINI_TIMEOUT)
        GeminiWireMock.server.stubFor(post(urlEqualTo(GeminiEvaluationTest.PATH))
                .willReturn(aResponse().withFixedDelay(4000).withStatus(200).withBody("{}")));
        RubricResult timedOut = evaluator.evaluate(GeminiEvaluationTest.input(TestEvents.STRONG_KAFKA_ANSWER));
        assertEquals("offline-rubric", timedOut.provenance().evaluator());
        assertTrue(timedOut.provenance().fallbackReason().startsWith("gemini: Gemini timed out"), timedOut.provenance().fallbackReason());
        // the first call and two retries, each cut off by the per-request timeout
        GeminiWireMock.server.verify(3, postRequestedFor(urlEqualTo(GeminiEvaluationTest.PATH)));

        GeminiWireMock.server.resetAll();
        GeminiWireMock.server.stubFor(post(urlEqualTo(GeminiEvaluationTest.PATH)).willReturn(aResponse().withStatus(500)));
        for (int i = 0; i < 2; i++) {
            evaluator.evaluate(GeminiEvaluationTest.input(TestEvents.STRONG_KAFKA_ANSWER));
        }
        int calls = GeminiWireMock.server.findAll(postRequestedFor(urlEqualTo(GeminiEvaluationTest.PATH))).size();

        RubricResult shortCircuited = evaluator.evaluate(GeminiEvaluationTest.input(TestEvents.STRONG_KAFKA_ANSWER));
        assertEquals("offline-rubric", shortCircuited.provenance().evaluator());
        assertEquals("gemini: circuit breaker open after repeated failures", shortCircuited.provenance().fallbackReason());
        GeminiWireMock.server.verify(calls, postRequestedFor(urlEqualTo(GeminiEvaluationTest.PATH)));
        assertTrue(calls > 0);
    }
}
