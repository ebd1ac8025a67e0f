package io.intervu.interview.support;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * rag-service, transcription-service, Gemini and an OpenAI-compatible model server at the HTTP boundary: a
 * WireMock server answering with the contract shapes (docs/contracts.md); tests add the model's answers
 * (GeminiWire, OpenAiWire).
 */
public class PeerStubs implements QuarkusTestResourceLifecycleManager {

    private static WireMockServer server;

    public static WireMockServer server() {
        return server;
    }

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
        resetToDefaults();
        String url = "http://localhost:" + server.port();
        return Map.of(
                "quarkus.rest-client.rag.url", url,
                "quarkus.rest-client.transcription.url", url,
                "quarkus.langchain4j.ai.gemini.base-url", url,
                "quarkus.langchain4j.openai.openai-compatible.base-url", url + "/v1");
    }

    /** The default behaviour of the peers: a healthy knowledge base and a transcription service. */
    public static void resetToDefaults() {
        server.resetAll();
        server.stubFor(get(urlPathEqualTo("/api/knowledge/questions"))
                .willReturn(json(200, resource("stubs/rag-questions.json"))));
        server.stubFor(post(urlPathEqualTo("/api/knowledge/search"))
                .willReturn(json(200, resource("stubs/rag-search.json"))));
        server.stubFor(post(urlPathEqualTo("/api/transcriptions")).atPriority(5)
                .willReturn(json(201, resource("stubs/transcription-outbox.json"))));
        server.stubFor(post(urlPathEqualTo("/api/transcriptions")).atPriority(1)
                .withMultipartRequestBody(aMultipart().withName("audio").withHeader("Content-Disposition", containing("silence")))
                .willReturn(json(201, resource("stubs/transcription-silence.json"))));
        server.stubFor(post(urlPathEqualTo("/api/transcriptions")).atPriority(1)
                .withMultipartRequestBody(aMultipart().withName("audio").withHeader("Content-Disposition", containing("answer_ready")))
                .willReturn(json(201, resource("stubs/transcription-ready.json"))));
    }

    public static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    public static String resource(String name) {
        try (InputStream in = PeerStubs.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
