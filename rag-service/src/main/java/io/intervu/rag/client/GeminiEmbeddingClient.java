package io.intervu.rag.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Calls Gemini's {@code models/{model}:batchEmbedContents} REST endpoint. Small on purpose: one
 * request shape, retries with backoff on 429/5xx and network errors, nothing else.
 */
public class GeminiEmbeddingClient {

    private static final int MAX_ATTEMPTS = 3;

    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper();
    private final String baseUrl;
    private final String apiKey;
    private final String model;
    private final int dimension;
    private final Duration timeout;

    public GeminiEmbeddingClient(String baseUrl, String apiKey, String model, int dimension, Duration timeout) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.apiKey = apiKey;
        this.model = model;
        this.dimension = dimension;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    /** taskType is RETRIEVAL_DOCUMENT or RETRIEVAL_QUERY. */
    public List<float[]> embed(List<String> texts, String taskType) {
        ObjectNode body = json.createObjectNode();
        ArrayNode requests = body.putArray("requests");
        for (String text : texts) {
            ObjectNode request = requests.addObject();
            request.put("model", "models/" + model);
            request.putObject("content").putArray("parts").addObject().put("text", text);
            request.put("taskType", taskType);
            // Gemini embeddings are Matryoshka-trained: truncation to the column's size is supported.
            request.put("outputDimensionality", dimension);
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/v1beta/models/" + model + ":batchEmbedContents"))
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header("x-goog-api-key", apiKey)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build();
        JsonNode response = send(request);
        JsonNode embeddings = response.path("embeddings");
        if (!embeddings.isArray() || embeddings.size() != texts.size()) {
            throw new EmbeddingUnavailableException("Gemini returned " + embeddings.size() + " embeddings for " + texts.size() + " texts");
        }
        List<float[]> vectors = new ArrayList<>(texts.size());
        for (JsonNode embedding : embeddings) {
            JsonNode values = embedding.path("values");
            if (values.size() != dimension) {
                throw new EmbeddingUnavailableException("Gemini returned " + values.size() + " dimensions, expected " + dimension);
            }
            float[] vector = new float[values.size()];
            for (int i = 0; i < vector.length; i++) {
                vector[i] = (float) values.get(i).asDouble();
            }
            vectors.add(vector);
        }
        return vectors;
    }

    private JsonNode send(HttpRequest request) {
        EmbeddingUnavailableException last = null;
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                int status = response.statusCode();
                if (status == 200) {
                    return json.readTree(response.body());
                }
                last = new EmbeddingUnavailableException("Gemini embedContents answered HTTP " + status);
                if (status != 429 && status < 500) {
                    throw last; // a client error (bad key, bad model) will not heal by retrying
                }
            } catch (IOException e) {
                last = new EmbeddingUnavailableException("Gemini embedContents failed: " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new EmbeddingUnavailableException("interrupted while calling Gemini");
            }
            backoff(attempt);
        }
        throw last;
    }

    private static void backoff(int attempt) {
        if (attempt >= MAX_ATTEMPTS) {
            return;
        }
        try {
            Thread.sleep(200L << attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
