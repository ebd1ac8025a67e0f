package io.intervu.transcription.recognizer;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/** One WireMock server standing in for an OpenAI-compatible recognizer and the emotion API. */
public class WireMockResource implements QuarkusTestResourceLifecycleManager {

    static WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        return Map.of("transcription.stt.provider", "openai",
                "transcription.stt.openai.base-url", server.baseUrl(),
                "transcription.emotion.endpoint", server.baseUrl() + "/emotion/analyze",
                "transcription.emotion.mode", "multipart");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
