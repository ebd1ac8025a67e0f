package io.intervu.rag.client;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.StringJoiner;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The Gemini embedding adapter against a local fake speaking the batchEmbedContents wire format. */
class GeminiEmbeddingClientTest {

    private static final String PATH = "/v1beta/models/gemini-embedding-001:batchEmbedContents";

    private WireMockServer server;
    private GeminiEmbeddingClient client;

    @BeforeEach
    void start() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
        client = new GeminiEmbeddingClient("http://localhost:" + server.port(), "test-key", "gemini-embedding-001", 384, Duration.ofSeconds(5));
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private static String embeddings(int count, int dimension) {
        StringJoiner all = new StringJoiner(",", "{\"embeddings\":[", "]}");
        for (int e = 0; e < count; e++) {
            StringJoiner values = new StringJoiner(",", "{\"values\":[", "]}");
            for (int i = 0; i < dimension; i++) {
                values.add(Double.toString(e + i / 1000.0));
            }
            all.add(values.toString());
        }
        return all.toString();
    }

    @Test
    void sendsTheDocumentedRequestAndReadsTheVectors() {
        server.stubFor(post(urlEqualTo(PATH)).withHeader("x-goog-api-key", equalTo("test-key"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(embeddings(2, 384))));
        List<float[]> vectors = client.embed(List.of("first text", "second text"), "RETRIEVAL_QUERY");
        assertEquals(2, vectors.size());
        assertEquals(384, vectors.get(0).length);
        assertEquals(1.001f, vectors.get(1)[1], 1e-6);
        server.verify(postRequestedFor(urlEqualTo(PATH))
                .withRequestBody(matchingJsonPath("$.requests[0].model", equalTo("models/gemini-embedding-001")))
                .withRequestBody(matchingJsonPath("$.requests[1].content.parts[0].text", equalTo("second text")))
                .withRequestBody(matchingJsonPath("$.requests[0].taskType", equalTo("RETRIEVAL_QUERY")))
                .withRequestBody(matchingJsonPath("$.requests[0].outputDimensionality", equalTo("384"))));
    }

    @Test
    void retriesAfterAnOverloadedAnswer() {
        server.stubFor(post(urlEqualTo(PATH)).inScenario("busy").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("recovered"));
        server.stubFor(post(urlEqualTo(PATH)).inScenario("busy").whenScenarioStateIs("recovered")
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(embeddings(1, 384))));
        assertEquals(1, client.embed(List.of("text"), "RETRIEVAL_DOCUMENT").size());
        server.verify(2, postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void aClientErrorIsNotRetriedAndWrongShapesAreRefused() {
        server.stubFor(post(urlEqualTo(PATH)).withRequestBody(equalToJson("{}", true, true))
                .willReturn(aResponse().withStatus(400).withBody("{\"error\":{\"code\":400,\"message\":\"API key not valid\"}}")));
        assertThrows(EmbeddingUnavailableException.class, () -> client.embed(List.of("text"), "RETRIEVAL_DOCUMENT"));
        server.verify(1, postRequestedFor(urlEqualTo(PATH)));

        server.resetAll();
        server.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(embeddings(1, 768))));
        assertThrows(EmbeddingUnavailableException.class, () -> client.embed(List.of("text"), "RETRIEVAL_DOCUMENT"));
        server.resetAll();
        server.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(embeddings(1, 384))));
        assertThrows(EmbeddingUnavailableException.class, () -> client.embed(List.of("a", "b"), "RETRIEVAL_DOCUMENT"));
    }
}
