package io.intervu.evaluation.service.gemini;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * A local fake of the Generative Language API (WireMock). The service is pointed at it through the
 * same variables as in production (GEMINI_BASE_URL is the API root; application.properties appends
 * /v1beta for quarkus-langchain4j), with a key set and a short per-request timeout.
 */
public class GeminiWireMock implements QuarkusTestResourceLifecycleManager {

    static WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        return Map.of(
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
