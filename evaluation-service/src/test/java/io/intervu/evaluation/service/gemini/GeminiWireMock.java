package io.intervu.evaluation.service.gemini;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/** A local fake of the Generative Language API (WireMock), with the service pointed at it and a key set. */
public class GeminiWireMock implements QuarkusTestResourceLifecycleManager {

    static WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        return Map.of(
                "intervu.evaluation.gemini.api-key", "test-key",
                "intervu.evaluation.gemini.base-url", server.baseUrl(),
                "intervu.evaluation.gemini.model", "gemini-2.5-flash",
                "intervu.evaluation.gemini.request-timeout", "3s");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
