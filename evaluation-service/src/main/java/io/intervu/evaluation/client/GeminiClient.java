package io.intervu.evaluation.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.intervu.evaluation.config.EvaluationConfig;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import io.smallrye.faulttolerance.api.ExponentialBackoff;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;

/**
 * A hand-written client for Gemini's {@code POST /v1beta/models/{model}:generateContent} (the
 * REST wire format; no SDK), guarded by a timeout, retries with exponential backoff and a circuit
 * breaker. Returns the raw response body; making sense of it is the caller's job.
 */
@ApplicationScoped
public class GeminiClient {

    private final EvaluationConfig config;
    private final ObjectMapper json;
    private final HttpClient http;

    public GeminiClient(EvaluationConfig config, ObjectMapper json) {
        this.config = config;
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(config.gemini().requestTimeout()).build();
    }

    public boolean configured() {
        return config.gemini().apiKey().filter(k -> !k.isBlank()).isPresent();
    }

    public String model() {
        return config.gemini().model();
    }

    @Timeout(value = 60, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 300, jitter = 150, delayUnit = ChronoUnit.MILLIS, retryOn = GeminiUnavailableException.class)
    @ExponentialBackoff
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 30, delayUnit = ChronoUnit.SECONDS,
            skipOn = GeminiRejectedException.class)
    public JsonNode generateContent(JsonNode request) {
        String key = config.gemini().apiKey().orElseThrow(() -> new GeminiRejectedException("no GOOGLE_API_KEY configured"));
        String url = config.gemini().baseUrl().replaceAll("/+$", "") + "/v1beta/models/"
                + URLEncoder.encode(config.gemini().model(), StandardCharsets.UTF_8) + ":generateContent";
        HttpResponse<String> response;
        try {
            HttpRequest httpRequest = HttpRequest.newBuilder(URI.create(url))
                    .timeout(config.gemini().requestTimeout())
                    .header("Content-Type", "application/json")
                    .header("x-goog-api-key", key)
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(request)))
                    .build();
            response = http.send(httpRequest, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new GeminiUnavailableException("Gemini unreachable: " + e.getClass().getSimpleName() + " " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GeminiUnavailableException("Gemini call interrupted", e);
        }
        int status = response.statusCode();
        if (status == 429 || status >= 500) {
            throw new GeminiUnavailableException("Gemini answered HTTP " + status, null);
        }
        if (status >= 300) {
            throw new GeminiRejectedException("Gemini refused the request with HTTP " + status);
        }
        try {
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new GeminiUnavailableException("Gemini returned a body that is not JSON", e);
        }
    }
}
