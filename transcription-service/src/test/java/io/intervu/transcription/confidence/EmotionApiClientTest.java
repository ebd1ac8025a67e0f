package io.intervu.transcription.confidence;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.intervu.transcription.audio.AudioFixtures;
import io.intervu.transcription.audio.DecodedAudio;
import io.intervu.transcription.config.TranscriptionConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

public class EmotionApiClientTest {

    /** The seed EmotionalAnalysis_API's answer: score already 0-100. */
    public static final String ANSWER = """
            {"score":71.5,"rating":"High","primary_emotion":"neutral",
             "all_probs":{"neutral":0.55,"happy":0.25,"sad":0.05,"angry":0.05,"fearful":0.1},
             "segment_results":[{"start":0.0,"end":3.0,"emotion":"neutral","confidence":0.55}]}""";

    /** Size of the shared file at the moment the API was called, proving it existed then. */
    static final AtomicLong sharedFileSize = new AtomicLong(-1);
    static WireMockServer wireMock;
    static DecodedAudio audio;

    @TempDir
    Path shared;

    @BeforeAll
    static void start() {
        ServeEventListener fileProbe = new ServeEventListener() {
            @Override
            public void beforeResponseSent(ServeEvent event, Parameters parameters) {
                try {
                    String path = new ObjectMapper().readTree(event.getRequest().getBodyAsString()).path("file_path").asText();
                    sharedFileSize.set(path.isEmpty() ? -1 : Files.size(Path.of(path)));
                } catch (Exception e) {
                    sharedFileSize.set(-2);
                }
            }

            @Override
            public String getName() {
                return "shared-file-probe";
            }
        };
        wireMock = new WireMockServer(WireMockConfiguration.options().dynamicPort().extensions(fileProbe));
        wireMock.start();
        audio = AudioFixtures.decode("speech.flac");
    }

    @AfterAll
    static void stop() {
        wireMock.stop();
    }

    @BeforeEach
    void reset() {
        wireMock.resetAll();
        sharedFileSize.set(-1);
    }

    TranscriptionConfig.Emotion config(String mode) {
        return new TranscriptionConfig.Emotion() {
            public Optional<String> endpoint() { return Optional.of(wireMock.baseUrl() + "/analyze"); }
            public String mode() { return mode; }
            public String sharedDir() { return shared.toString(); }
            public Optional<String> sharedDirRemote() { return Optional.empty(); }
            public Duration timeout() { return Duration.ofSeconds(5); }
        };
    }

    @Test
    void multipartModeUploadsTheWavAndKeepsTheScoreAsGiven() throws Exception {
        wireMock.stubFor(post("/analyze").willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(ANSWER)));
        ConfidenceAssessment assessment = new EmotionApiClient(config("multipart"), new ObjectMapper()).assess(audio);

        assertEquals(71.5, assessment.score(), 1e-9, "never multiplied again");
        assertEquals("High", assessment.rating());
        assertEquals("emotion-api", assessment.provider());
        assertEquals(0.55, assessment.components().get("neutral"));
        assertTrue(assessment.coachingOnly());
        wireMock.verify(postRequestedFor(urlEqualTo("/analyze"))
                .withRequestBodyPart(aMultipart("file").withHeader("Content-Disposition", matching(".*filename=\"answer.wav\".*")).build()));
        byte[] sent = wireMock.getAllServeEvents().get(0).getRequest().getParts().iterator().next().getBody().asBytes();
        assertEquals("RIFF", new String(sent, 0, 4));
        assertEquals(44 + audio.samples().length * 2, sent.length);
    }

    @Test
    void filePathModeSharesTheFileForTheCallOnly() throws Exception {
        wireMock.stubFor(post("/analyze").willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(ANSWER)));
        ConfidenceAssessment assessment = new EmotionApiClient(config("file-path"), new ObjectMapper()).assess(audio);

        assertEquals(71.5, assessment.score(), 1e-9);
        wireMock.verify(postRequestedFor(urlEqualTo("/analyze"))
                .withRequestBody(matchingJsonPath("$.file_path", matching(java.util.regex.Pattern.quote(shared.toString()) + "/answer-.+\\.wav"))));
        assertEquals(44 + audio.samples().length * 2, sharedFileSize.get(), "the WAV was in the shared folder during the call");
        try (var left = Files.list(shared)) {
            assertFalse(left.findAny().isPresent(), "and removed afterwards");
        }
    }

    @Test
    void aScoreOutside0To100IsRejectedNotRescaled() {
        wireMock.stubFor(post("/analyze").willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody("{\"score\":7150,\"rating\":\"Very High\"}")));
        assertThrows(EmotionApiClient.EmotionApiException.class, () -> new EmotionApiClient(config("multipart"), new ObjectMapper()).assess(audio));
        wireMock.stubFor(post("/analyze").willReturn(aResponse().withStatus(500)));
        assertThrows(EmotionApiClient.EmotionApiException.class, () -> new EmotionApiClient(config("multipart"), new ObjectMapper()).assess(audio));
    }
}
