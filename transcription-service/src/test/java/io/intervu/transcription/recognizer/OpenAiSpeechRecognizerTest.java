package io.intervu.transcription.recognizer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.intervu.transcription.audio.AudioFixtures;
import io.intervu.transcription.audio.AudioSniffer;
import io.intervu.transcription.audio.DecodedAudio;
import io.intervu.transcription.audio.VoiceActivityDetector;
import io.intervu.transcription.config.TranscriptionConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OpenAiSpeechRecognizerTest {

    /** The shape OpenAI's API (and faster-whisper servers) answer for verbose_json with word timestamps. */
    static final String VERBOSE_JSON = """
            {"task":"transcribe","language":"english","duration":3.06,"text":"I built an outbox relay with Kafka.",
             "words":[{"word":"I","start":0.3,"end":0.42},{"word":"built","start":0.42,"end":0.7},{"word":"an","start":0.7,"end":0.8},
                      {"word":"outbox","start":0.8,"end":1.3},{"word":"relay","start":1.3,"end":1.7},{"word":"with","start":1.7,"end":1.9},
                      {"word":"Kafka","start":1.9,"end":2.6}],
             "segments":[{"id":0,"seek":0,"start":0.3,"end":2.6,"text":" I built an outbox relay with Kafka.","tokens":[50364,286],
                          "temperature":0.0,"avg_logprob":-0.21,"compression_ratio":0.84,"no_speech_prob":0.01}]}
            """;

    static WireMockServer wireMock;
    static OpenAiSpeechRecognizer recognizer;

    @BeforeAll
    static void start() {
        wireMock = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        wireMock.start();
        recognizer = new OpenAiSpeechRecognizer(config(wireMock.baseUrl()), new ObjectMapper());
    }

    @AfterAll
    static void stop() {
        wireMock.stop();
    }

    @BeforeEach
    void reset() {
        wireMock.resetAll();
    }

    static TranscriptionConfig.OpenAi config(String baseUrl) {
        return new TranscriptionConfig.OpenAi() {
            public String baseUrl() { return baseUrl; }
            public Optional<String> apiKey() { return Optional.of("sk-test"); }
            public String model() { return "whisper-1"; }
            public Duration timeout() { return Duration.ofSeconds(5); }
        };
    }

    static RecognitionInput input(String fixture) {
        byte[] bytes = AudioFixtures.bytes(fixture);
        DecodedAudio audio = AudioFixtures.decode(fixture);
        return new RecognitionInput(bytes, AudioSniffer.sniff(bytes), audio, VoiceActivityDetector.detect(audio), "en-US", null);
    }

    @Test
    void postsTheFileAndReadsWordTimestamps() {
        wireMock.stubFor(post("/v1/audio/transcriptions").willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(VERBOSE_JSON)));
        RecognitionInput input = input("speech.webm");

        Recognition recognition = recognizer.recognize(input);

        assertEquals("I built an outbox relay with Kafka.", recognition.transcript());
        assertEquals(7, recognition.words().size());
        assertEquals(new Word("Kafka", 1.9, 2.6, null), recognition.words().get(6));
        assertFalse(recognition.timingsEstimated());
        wireMock.verify(postRequestedFor(urlEqualTo("/v1/audio/transcriptions"))
                .withHeader("Authorization", equalTo("Bearer sk-test"))
                .withHeader("Content-Type", matching("multipart/form-data; boundary=.+"))
                .withRequestBodyPart(aMultipart("file").withHeader("Content-Disposition", matching(".*filename=\"answer.webm\".*"))
                        .withBody(binaryEqualTo(input.original())).build())
                .withRequestBodyPart(aMultipart("model").withBody(equalTo("whisper-1")).build())
                .withRequestBodyPart(aMultipart("response_format").withBody(equalTo("verbose_json")).build())
                .withRequestBodyPart(aMultipart("timestamp_granularities[]").withBody(equalTo("word")).build())
                .withRequestBodyPart(aMultipart("language").withBody(equalTo("en")).build()));
    }

    @Test
    void serversWithoutWordTimestampsStillGiveSegmentTimes() {
        wireMock.stubFor(post("/v1/audio/transcriptions").willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("""
                {"text":"First part. Second part.","segments":[{"id":0,"start":0.0,"end":1.0,"text":" First part."},
                 {"id":1,"start":3.0,"end":4.0,"text":" Second part."}]}""")));
        Recognition recognition = recognizer.recognize(input("speech.flac"));
        assertTrue(recognition.timingsEstimated());
        assertEquals(List.of("First", "part.", "Second", "part."), recognition.words().stream().map(Word::word).toList());
        assertEquals(3.0, recognition.words().get(2).start(), 1e-9);
    }

    @Test
    void serverErrorsAreRetryableClientErrorsAreNot() {
        wireMock.stubFor(post("/v1/audio/transcriptions").willReturn(aResponse().withStatus(503)));
        assertThrows(RecognizerUnavailableException.class, () -> recognizer.recognize(input("speech.flac")));
        wireMock.stubFor(post("/v1/audio/transcriptions").willReturn(aResponse().withStatus(429)));
        assertThrows(RecognizerUnavailableException.class, () -> recognizer.recognize(input("speech.flac")));
        wireMock.stubFor(post("/v1/audio/transcriptions").willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json").withBody("{\"error\":{\"message\":\"Invalid file format.\"}}")));
        RecognizerRejectedException rejected = assertThrows(RecognizerRejectedException.class, () -> recognizer.recognize(input("speech.flac")));
        assertTrue(rejected.getMessage().contains("Invalid file format"), rejected.getMessage());
    }

    @Test
    void anUnreachableServerIsRetryable() {
        OpenAiSpeechRecognizer nowhere = new OpenAiSpeechRecognizer(config("http://127.0.0.1:1"), new ObjectMapper());
        assertThrows(RecognizerUnavailableException.class, () -> nowhere.recognize(input("speech.flac")));
    }
}
