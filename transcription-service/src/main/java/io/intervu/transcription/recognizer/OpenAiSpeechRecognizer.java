package io.intervu.transcription.recognizer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.intervu.transcription.client.MultipartBody;
import io.intervu.transcription.config.TranscriptionConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * Any OpenAI-compatible {@code POST /v1/audio/transcriptions} (OpenAI, faster-whisper and
 * whisper.cpp servers): the original file goes as is, {@code verbose_json} with word timestamps comes back.
 */
@ApplicationScoped
public class OpenAiSpeechRecognizer implements SpeechRecognizer {

    public static final String NAME = "openai";

    private final TranscriptionConfig.OpenAi config;
    private final ObjectMapper json;
    private final HttpClient http;

    @Inject
    public OpenAiSpeechRecognizer(TranscriptionConfig config, ObjectMapper json) {
        this(config.stt().openai(), json);
    }

    public OpenAiSpeechRecognizer(TranscriptionConfig.OpenAi config, ObjectMapper json) {
        this.config = config;
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(java.time.Duration.ofSeconds(5)).build();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Recognition recognize(RecognitionInput input) {
        MultipartBody body = new MultipartBody()
                .file("file", "answer." + input.sniffed().container().extension, input.sniffed().container().mimeType, input.original())
                .field("model", config.model())
                .field("response_format", "verbose_json")
                .field("timestamp_granularities[]", "word")
                .field("timestamp_granularities[]", "segment")
                .field("language", isoLanguage(input.languageCode()));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(config.baseUrl().replaceAll("/+$", "") + "/v1/audio/transcriptions"))
                .timeout(config.timeout())
                .header("Content-Type", body.contentType())
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.build()));
        config.apiKey().filter(k -> !k.isBlank()).ifPresent(key -> request.header("Authorization", "Bearer " + key));
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new RecognizerUnavailableException("OpenAI-compatible recognizer unreachable: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RecognizerUnavailableException("interrupted", e);
        }
        int status = response.statusCode();
        if (status == 429 || status == 408 || status >= 500) {
            throw new RecognizerUnavailableException("OpenAI-compatible recognizer answered HTTP " + status, null);
        }
        if (status != 200) {
            throw new RecognizerRejectedException("OpenAI-compatible recognizer answered HTTP " + status + ": " + abbreviate(response.body()), null);
        }
        try {
            return parse(json.readTree(response.body()));
        } catch (IOException e) {
            throw new RecognizerRejectedException("OpenAI-compatible recognizer answered with invalid JSON", e);
        }
    }

    static Recognition parse(JsonNode body) {
        String transcript = body.path("text").asText("").strip();
        List<Word> words = new ArrayList<>();
        for (JsonNode word : body.path("words")) {
            String text = word.path("word").asText("").strip();
            if (!text.isEmpty()) {
                words.add(new Word(text, word.path("start").asDouble(), word.path("end").asDouble(),
                        word.has("probability") ? word.get("probability").asDouble() : null));
            }
        }
        if (!words.isEmpty()) {
            return new Recognition(transcript, words, false);
        }
        // servers without word timestamps still give segments: spread each segment's words over it
        boolean estimated = false;
        for (JsonNode segment : body.path("segments")) {
            List<String> tokens = WordTimingEstimator.tokens(segment.path("text").asText(""));
            double start = segment.path("start").asDouble();
            double end = segment.path("end").asDouble();
            words.addAll(WordTimingEstimator.estimate(tokens, List.of(new io.intervu.transcription.audio.VoiceActivity.Segment(start, end))));
            estimated = true;
        }
        return new Recognition(transcript, words, estimated);
    }

    /** "en-US" → "en": Whisper takes ISO-639-1. */
    static String isoLanguage(String languageCode) {
        int dash = languageCode.indexOf('-');
        return (dash > 0 ? languageCode.substring(0, dash) : languageCode).toLowerCase(java.util.Locale.ROOT);
    }

    private static String abbreviate(String text) {
        return text == null ? "" : text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
