package io.intervu.transcription.confidence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.intervu.transcription.audio.DecodedAudio;
import io.intervu.transcription.client.MultipartBody;
import io.intervu.transcription.config.TranscriptionConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The external emotion API (the seed's EmotionalAnalysis_API contract): it answers
 * {@code score} 0-100, {@code rating}, {@code primary_emotion}, {@code all_probs}, {@code segment_results}.
 * It reads a file path, so in {@code file-path} mode the audio (16 kHz mono WAV) is written to a
 * folder both can see and its path is posted as {@code {"file_path": ...}}; in {@code multipart}
 * mode the WAV is uploaded as the part {@code file}. The score is taken as given: never rescaled.
 */
@ApplicationScoped
public class EmotionApiClient {

    public static final String PROVIDER = "emotion-api";

    private final TranscriptionConfig.Emotion config;
    private final ObjectMapper json;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(java.time.Duration.ofSeconds(5)).build();

    @Inject
    public EmotionApiClient(TranscriptionConfig config, ObjectMapper json) {
        this(config.emotion(), json);
    }

    public EmotionApiClient(TranscriptionConfig.Emotion config, ObjectMapper json) {
        this.config = config;
        this.json = json;
    }

    public boolean configured() {
        return config.endpoint().filter(e -> !e.isBlank()).isPresent();
    }

    /** The API's assessment; an exception when it failed or answered without a valid score. */
    public ConfidenceAssessment assess(DecodedAudio audio) throws EmotionApiException {
        String endpoint = config.endpoint().orElseThrow();
        byte[] wav = audio.toWav();
        Path shared = null;
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(endpoint)).timeout(config.timeout())
                    .header("Accept", "application/json");
            if ("file-path".equals(config.mode())) {
                Path dir = Path.of(config.sharedDir());
                Files.createDirectories(dir);
                String name = "answer-" + UUID.randomUUID() + ".wav";
                shared = dir.resolve(name);
                Files.write(shared, wav);
                String remote = config.sharedDirRemote().orElse(config.sharedDir()).replaceAll("/+$", "") + "/" + name;
                request.header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("file_path", remote))));
            } else {
                MultipartBody body = new MultipartBody().file("file", "answer.wav", "audio/wav", wav);
                request.header("Content-Type", body.contentType()).POST(HttpRequest.BodyPublishers.ofByteArray(body.build()));
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new EmotionApiException("emotion API answered HTTP " + response.statusCode());
            }
            return parse(json.readTree(response.body()));
        } catch (IOException e) {
            throw new EmotionApiException("emotion API unreachable or unreadable: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EmotionApiException("interrupted");
        } finally {
            if (shared != null) {
                try {
                    Files.deleteIfExists(shared);
                } catch (IOException ignored) {
                    // a leftover file in a temp folder is harmless
                }
            }
        }
    }

    static ConfidenceAssessment parse(JsonNode body) throws EmotionApiException {
        JsonNode score = body.get("score");
        if (score == null || !score.isNumber() || score.asDouble() < 0 || score.asDouble() > 100) {
            throw new EmotionApiException("emotion API answered without a score between 0 and 100");
        }
        Map<String, Double> components = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> probabilities = body.path("all_probs").fields();
        while (probabilities.hasNext()) {
            Map.Entry<String, JsonNode> p = probabilities.next();
            if (p.getValue().isNumber()) {
                components.put(p.getKey(), p.getValue().asDouble());
            }
        }
        // the rating is recomputed from the score with the same bands, so the two can never disagree
        return ConfidenceAssessment.of(score.asDouble(), PROVIDER, components);
    }

    public static class EmotionApiException extends Exception {
        public EmotionApiException(String message) {
            super(message);
        }
    }
}
