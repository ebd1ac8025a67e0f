package io.intervu.transcription.recognizer;

import com.google.cloud.speech.v1.RecognitionConfig;
import com.google.cloud.speech.v1.RecognizeRequest;
import io.grpc.Status;
import io.intervu.transcription.audio.AudioFixtures;
import io.intervu.transcription.audio.AudioSniffer;
import io.intervu.transcription.audio.DecodedAudio;
import io.intervu.transcription.audio.SniffedAudio;
import io.intervu.transcription.audio.VoiceActivityDetector;
import io.intervu.transcription.config.TranscriptionConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GoogleSpeechRecognizerTest {

    static FakeSpeechServer fake;
    static GoogleSpeechRecognizer recognizer;

    @BeforeAll
    static void start() throws Exception {
        fake = new FakeSpeechServer();
        recognizer = new GoogleSpeechRecognizer(config(fake.endpoint()));
    }

    @AfterAll
    static void stop() {
        recognizer.close();
        fake.close();
    }

    @BeforeEach
    void clear() {
        fake.reset();
    }

    static TranscriptionConfig.Google config(String endpoint) {
        return new TranscriptionConfig.Google() {
            public String endpoint() { return endpoint; }
            public boolean plaintext() { return true; }
            public Duration timeout() { return Duration.ofSeconds(10); }
            public int maxChunkSeconds() { return 55; }
            public Optional<String> model() { return Optional.empty(); }
        };
    }

    static RecognitionInput input(String fixture) {
        byte[] bytes = AudioFixtures.bytes(fixture);
        DecodedAudio audio = AudioFixtures.decode(fixture);
        return new RecognitionInput(bytes, AudioSniffer.sniff(bytes), audio, VoiceActivityDetector.detect(audio), "en-GB", null);
    }

    @ParameterizedTest
    @CsvSource({
            "speech-pcm16-16k.wav, LINEAR16, 16000, true",
            "speech.flac, FLAC, 16000, true",
            "speech.ogg, OGG_OPUS, 16000, true",
            "speech.webm, WEBM_OPUS, 48000, true",
            "speech.mp3, LINEAR16, 16000, false",
            "speech.m4a, LINEAR16, 16000, false",
            "speech-mulaw-8k.wav, LINEAR16, 16000, false",
            "speech-pcm24-8k.wav, LINEAR16, 16000, false",
            "speech-44k-stereo.wav, LINEAR16, 16000, false"})
    void sendsBrowserFormatsNativelyAndTranscodesTheRest(String fixture, String encoding, int rate, boolean sentAsIs) {
        fake.then(r -> FakeSpeechServer.response("I@0.3-0.4 built@0.4-0.7 it.@0.7-1.0"));
        RecognitionInput input = input(fixture);

        Recognition recognition = recognizer.recognize(input);

        RecognizeRequest request = fake.requests.get(0);
        RecognitionConfig config = request.getConfig();
        assertEquals(encoding, config.getEncoding().name(), fixture);
        assertEquals(rate, config.getSampleRateHertz(), fixture);
        assertEquals("en-GB", config.getLanguageCode());
        assertTrue(config.getEnableWordTimeOffsets() && config.getEnableAutomaticPunctuation());
        byte[] sent = request.getAudio().getContent().toByteArray();
        if (sentAsIs) {
            assertArrayEquals(input.original(), sent, fixture);
        } else {
            assertEquals(input.decoded().samples().length * 2, sent.length, fixture + " sent as 16 kHz LINEAR16");
        }
        assertEquals("I built it.", recognition.transcript());
        assertEquals(List.of("I", "built", "it."), recognition.words().stream().map(Word::word).toList());
        assertEquals(0.7, recognition.words().get(2).start(), 1e-9);
        assertEquals(0.9, recognition.words().get(2).confidence(), 1e-6);
    }

    @Test
    void joinsAllResultsNotJustTheFirst() {
        fake.then(r -> FakeSpeechServer.response("First@0.3-0.6 part.@0.6-0.9", "Second@1.2-1.5 part.@1.5-1.9", "Third.@2.0-2.4"));
        Recognition recognition = recognizer.recognize(input("speech.flac"));
        assertEquals("First part. Second part. Third.", recognition.transcript());
        assertEquals(5, recognition.words().size());
        assertEquals(2.4, recognition.words().get(4).end(), 1e-9);
    }

    @Test
    void longAnswersAreSplitAtPausesAndOffsetsStitched() {
        // 70 s of real speech with 1.2 s pauses, built in memory from a fixture
        DecodedAudio audio = AudioFixtures.repeated("speech.flac", 70, 1.2);
        byte[] wav = audio.toWav();
        SniffedAudio sniffed = AudioSniffer.sniff(wav);
        RecognitionInput input = new RecognitionInput(wav, sniffed, audio, VoiceActivityDetector.detect(audio), "en-US", null);
        fake.always(r -> FakeSpeechServer.response("chunk@0.5-1.0 start.@1.0-1.5"));

        Recognition recognition = recognizer.recognize(input);

        assertTrue(fake.requests.size() >= 2, "split into " + fake.requests.size());
        double offset = 0;
        for (int i = 0; i < fake.requests.size(); i++) {
            RecognizeRequest request = fake.requests.get(i);
            assertEquals(RecognitionConfig.AudioEncoding.LINEAR16, request.getConfig().getEncoding());
            double seconds = request.getAudio().getContent().size() / 2.0 / 16000;
            assertTrue(seconds <= 55, "chunk " + i + " is " + seconds + " s");
            // every cut lies in a pause: the samples around it are silent
            if (i > 0) {
                int cut = (int) Math.round(offset * 16000);
                float[] around = Arrays.copyOfRange(audio.samples(), cut - 800, cut + 800);
                for (float sample : around) {
                    assertTrue(Math.abs(sample) < 0.01, "cut at " + offset + " s is inside speech");
                }
            }
            assertEquals(offset + 0.5, recognition.words().get(2 * i).start(), 1e-3, "word offset of chunk " + i);
            offset += seconds;
        }
        assertEquals(audio.durationSeconds(), offset, 1e-3);
        assertEquals(String.join(" ", java.util.Collections.nCopies(fake.requests.size(), "chunk start.")), recognition.transcript());
    }

    @Test
    void unavailableAndDeadlineAreRetryableInvalidArgumentIsNot() {
        fake.thenFail(Status.UNAVAILABLE.withDescription("backend down"));
        assertThrows(RecognizerUnavailableException.class, () -> recognizer.recognize(input("speech.flac")));
        fake.thenFail(Status.DEADLINE_EXCEEDED);
        assertThrows(RecognizerUnavailableException.class, () -> recognizer.recognize(input("speech.flac")));
        fake.thenFail(Status.INVALID_ARGUMENT.withDescription("sample_rate_hertz mismatch"));
        RecognizerRejectedException rejected = assertThrows(RecognizerRejectedException.class, () -> recognizer.recognize(input("speech.flac")));
        assertTrue(rejected.getMessage().contains("INVALID_ARGUMENT"), rejected.getMessage());
        assertEquals(3, fake.requests.size(), "the client itself never retries");
    }
}
