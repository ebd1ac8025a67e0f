package io.intervu.evaluation.service.llm;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;
import java.util.UUID;

/**
 * A local fake of the Generative Language API (WireMock). The service is pointed at it through the
 * same variables as in production (GEMINI_BASE_URL is the API root; application.properties appends
 * /v1beta for quarkus-langchain4j), with a key set and a short per-request timeout.
 * <p>
 * The answer consumer reads a topic of this instance's own: on the shared test topic it would
 * re-deliver answers an earlier test's instance left unacknowledged at shutdown (the database is
 * cleaned at each start, so nothing dedupes them), and their Gemini calls would add requests and
 * failures, and open the circuit breaker, in the middle of these tests.
 */
public class GeminiWireMock implements QuarkusTestResourceLifecycleManager {

    static WireMockServer server;
    static String answerTopic;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        answerTopic = "interview.answer-recorded.gemini-test-" + UUID.randomUUID();
        return Map.of(
                "mp.messaging.incoming.interview-answer-recorded.topic", answerTopic,
                "GOOGLE_API_KEY", "test-key",
                "GEMINI_BASE_URL", server.baseUrl(),
                "GEMINI_MODEL", "gemini-2.5-flash",
                "GEMINI_TIMEOUT", "3s");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
