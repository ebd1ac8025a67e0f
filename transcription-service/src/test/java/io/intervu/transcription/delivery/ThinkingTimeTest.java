package io.intervu.transcription.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import io.intervu.transcription.audio.AudioFixtures;
import io.intervu.transcription.audio.AudioSniffer;
import io.intervu.transcription.audio.DecodedAudio;
import io.intervu.transcription.audio.VoiceActivity;
import io.intervu.transcription.audio.VoiceActivityDetector;
import io.intervu.transcription.recognizer.ClientTranscriptRecognizer;
import io.intervu.transcription.recognizer.Recognition;
import io.intervu.transcription.recognizer.RecognitionInput;
import io.intervu.transcription.recognizer.Word;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The time to the first word, measured on real audio whose leading silence is known
 * (make-thinking-time-fixtures.sh), and the proof that this silence stays out of pace and pauses.
 */
class ThinkingTimeTest {

    private static final JsonNode KNOWN = AudioFixtures.knownPauses();
    private static final JsonNode THINKING = AudioFixtures.thinkingTime();

    /** One fixture through the default path: the client's transcript laid along the voiced audio. */
    private record Measured(VoiceActivity voice, DeliveryMetrics delivery) {
        static Measured of(String fixture, String transcript) {
            byte[] bytes = AudioFixtures.bytes(fixture);
            DecodedAudio audio = AudioFixtures.decode(fixture);
            VoiceActivity voice = VoiceActivityDetector.detect(audio);
            Recognition recognition = new ClientTranscriptRecognizer().recognize(
                    new RecognitionInput(bytes, AudioSniffer.sniff(bytes), audio, voice, "en-US", transcript));
            return new Measured(voice, DeliveryAnalyzer.analyse(recognition, voice));
        }

        double metric(String name) {
            return delivery.metrics().stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow().value();
        }
    }

    @Test
    void theSilenceBeforeTheFirstWordIsMeasuredOnTheAudio() {
        Measured early = Measured.of("known-pauses.ogg", KNOWN.get("transcript").asText());
        Measured late = Measured.of("known-pauses-after-5s.ogg", KNOWN.get("transcript").asText());
        JsonNode roomNoise = THINKING.get("answerAfter4sRoomNoise");
        Measured browser = Measured.of("answer-after-4s-room-noise.webm", roomNoise.get("transcript").asText());

        assertEquals(KNOWN.get("leadSeconds").asDouble(), early.delivery().timeToFirstWordSeconds(), 0.1);
        double added = THINKING.get("knownPausesAfter5s").get("addedSilenceSeconds").asDouble();
        assertEquals(added, late.voice().leadingSilenceSeconds() - early.voice().leadingSilenceSeconds(), 0.04);
        assertEquals(DeliveryAnalyzer.round1(late.voice().leadingSilenceSeconds()), late.delivery().timeToFirstWordSeconds());
        // under steady room noise, not digital silence
        assertEquals(roomNoise.get("leadSeconds").asDouble(), browser.delivery().timeToFirstWordSeconds(), 0.1);
    }

    @Test
    void leadingSilenceStaysOutOfPaceAndPauses() {
        Measured early = Measured.of("known-pauses.ogg", KNOWN.get("transcript").asText());
        Measured late = Measured.of("known-pauses-after-5s.ogg", KNOWN.get("transcript").asText());
        DeliveryMetrics a = early.delivery();
        DeliveryMetrics b = late.delivery();

        double knownWpm = KNOWN.get("words").asInt() / KNOWN.get("spanSeconds").asDouble() * 60;
        assertEquals(knownWpm, b.wordsPerMinute(), knownWpm * 0.05, "pace counts from the first word, not from the start of the recording");
        assertEquals(a.wordsPerMinute(), b.wordsPerMinute(), a.wordsPerMinute() * 0.02);
        assertEquals(KNOWN.get("longPauses").asInt(), b.longPauseCount(), "the 5 s before the answer is not a long pause");
        assertEquals(a.longPauseCount(), b.longPauseCount());
        assertEquals(a.longestPauseSeconds(), b.longestPauseSeconds(), 0.1);
        assertEquals(early.metric("longPausesPerMinute"), late.metric("longPausesPerMinute"), 0.1);
        assertEquals(a.longestRunSeconds(), b.longestRunSeconds(), 0.1);
        assertEquals(a.speakingTimeSeconds(), b.speakingTimeSeconds(), 0.2);
        assertEquals(a.durationSeconds() + 5.0, b.durationSeconds(), 0.1);
    }

    @Test
    void recognizerWordTimingsAfterTheSilenceKeepItOutOfPaceToo() {
        VoiceActivity voice = VoiceActivityDetector.detect(AudioFixtures.decode("known-pauses-after-5s.ogg"));
        // a recognizer that measured its words: the first one only after the thinking
        List<Word> words = List.of(new Word("We", 5.5, 5.7, 0.9), new Word("store", 5.8, 6.2, 0.9),
                new Word("the", 6.3, 6.4, 0.9), new Word("event.", 6.5, 7.0, 0.9));
        DeliveryMetrics delivery = DeliveryAnalyzer.analyse(new Recognition("We store the event.", words, false), voice);

        assertEquals(4 / 1.5 * 60, delivery.wordsPerMinute(), 0.1);
        assertEquals(0, delivery.longPauseCount());
        assertEquals(0.1, delivery.longestPauseSeconds(), 0.001);
        assertEquals(DeliveryAnalyzer.round1(voice.leadingSilenceSeconds()), delivery.timeToFirstWordSeconds(), "measured on the audio");
    }

    @Test
    void thinkingTimeIsReportedButNotJudgedAndAbsentWithoutSpeech() {
        Measured spoken = Measured.of("known-pauses-after-5s.ogg", KNOWN.get("transcript").asText());
        assertTrue(spoken.delivery().metrics().stream().noneMatch(m -> m.name().equals("timeToFirstWordSeconds")),
                "thinking first is fine: no band, no verdict");

        VoiceActivity silence = VoiceActivityDetector.detect(AudioFixtures.decode("silence-2s.flac"));
        DeliveryMetrics none = DeliveryAnalyzer.analyse(new Recognition("", List.of(), false), silence);
        assertFalse(none.speechDetected());
        assertNull(none.timeToFirstWordSeconds(), "nobody started speaking, so there is no first word");
    }
}
