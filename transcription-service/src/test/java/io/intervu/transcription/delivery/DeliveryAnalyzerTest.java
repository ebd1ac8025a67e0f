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
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeliveryAnalyzerTest {

    @Test
    void knownPausesAndPaceAreMeasuredFromTheAudio() {
        JsonNode known = AudioFixtures.knownPauses();
        byte[] bytes = AudioFixtures.bytes("known-pauses.ogg");
        DecodedAudio audio = AudioFixtures.decode("known-pauses.ogg");
        VoiceActivity voice = VoiceActivityDetector.detect(audio);
        Recognition recognition = new ClientTranscriptRecognizer().recognize(
                new RecognitionInput(bytes, AudioSniffer.sniff(bytes), audio, voice, "en-US", known.get("transcript").asText()));

        DeliveryMetrics metrics = DeliveryAnalyzer.analyse(recognition, voice);

        double expectedWpm = known.get("words").asInt() / known.get("spanSeconds").asDouble() * 60;
        assertTrue(metrics.speechDetected());
        assertEquals(known.get("words").asInt(), metrics.wordCount());
        assertEquals(known.get("longPauses").asInt(), metrics.longPauseCount());
        assertEquals(known.get("longestPauseSeconds").asDouble(), metrics.longestPauseSeconds(), 0.15);
        assertEquals(expectedWpm, metrics.wordsPerMinute(), expectedWpm * 0.05);
        assertEquals(known.get("speechSeconds").asDouble(), metrics.speakingTimeSeconds(), 0.6);
        assertEquals(audio.durationSeconds(), metrics.durationSeconds(), 0.05);
        // the estimated word times respect the pauses: a word starts right after each long pause
        List<Word> words = recognition.words();
        long gapsOverLimit = java.util.stream.IntStream.range(1, words.size())
                .filter(i -> words.get(i).start() - words.get(i - 1).end() > 1.5).count();
        assertEquals(2, gapsOverLimit);
    }

    @Test
    void measuredWordTimingsDrivePausesAndRuns() {
        VoiceActivity voice = VoiceActivityDetector.detect(AudioFixtures.decode("speech.flac"));
        List<Word> words = List.of(new Word("So", 0.0, 0.3, 0.9), new Word("first", 0.35, 0.7, 0.9),
                new Word("we", 2.9, 3.1, 0.9), new Word("ship.", 3.1, 3.5, 0.9));
        DeliveryMetrics metrics = DeliveryAnalyzer.analyse(new Recognition("So first we ship.", words, false), voice);
        assertEquals(1, metrics.longPauseCount());
        assertEquals(2.2, metrics.longestPauseSeconds(), 0.001);
        assertEquals(0.7, metrics.longestRunSeconds(), 0.001);
        assertEquals(4 / 3.5 * 60, metrics.wordsPerMinute(), 0.1);
        assertTrue(metrics.metrics().stream().allMatch(m -> m.source().contains("word timings") || !m.source().contains("measured")));
    }

    @Test
    void everyMetricHasABandAVerdictAndASource() {
        VoiceActivity voice = VoiceActivityDetector.detect(AudioFixtures.decode("speech.flac"));
        DeliveryMetrics metrics = DeliveryAnalyzer.analyse(new Recognition("I built an outbox relay with Kafka.",
                List.of(), true), voice);
        assertEquals(7, metrics.metrics().size());
        for (MetricBand band : metrics.metrics()) {
            assertTrue(band.bandLow() <= band.bandHigh(), band.name());
            assertTrue(List.of("below", "within", "above").contains(band.verdict()), band.name());
            assertFalse(band.source().isBlank(), band.name());
        }
        MetricBand pace = metrics.metrics().get(0);
        assertEquals("wordsPerMinute", pace.name());
        assertEquals(metrics.wordsPerMinute(), pace.value());
        assertEquals(pace.value() < 130 ? "below" : pace.value() > 175 ? "above" : "within", pace.verdict());
    }

    @Test
    void silenceHasNoSpeechAndNoMetrics() {
        VoiceActivity voice = VoiceActivityDetector.detect(AudioFixtures.decode("silence-2s.flac"));
        DeliveryMetrics metrics = DeliveryAnalyzer.analyse(new Recognition("", List.of(), false), voice);
        assertFalse(metrics.speechDetected());
        assertEquals(0, metrics.wordCount());
        assertEquals(2.0, metrics.durationSeconds(), 0.05);
        assertTrue(metrics.metrics().isEmpty());
    }

    @Test
    void fillersFollowTheirContext() {
        assertEquals(Map.of("um", 1, "you know", 1, "basically", 1),
                FillerDetector.fillers(SpokenToken.of("Um, I think I would just, you know, use a cache or something. Yeah, that's basically it.")));
        assertEquals(Map.of(), FillerDetector.fillers(SpokenToken.of("I would like to use a kind of queue. Do you know the answer? You know the drill")));
        assertEquals(Map.of("like", 2, "kind of", 1),
                FillerDetector.fillers(SpokenToken.of("It was, like, kind of slow and like the cache missed")));
        assertEquals(Map.of("i mean", 1, "sort of", 1), FillerDetector.fillers(SpokenToken.of("I mean, we sort of rewrote it")));
    }

    @Test
    void hedgesAreFoundOncePerPhrase() {
        assertEquals(List.of("I think", "I'm not sure", "maybe"),
                HedgeDetector.hedges(SpokenToken.of("I think it's fine, but I’m not sure. Maybe later.")));
        assertEquals(List.of(), HedgeDetector.hedges(SpokenToken.of("We measured it and shipped.")));
    }
}
