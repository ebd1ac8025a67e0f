package io.intervu.transcription.confidence;

import io.intervu.transcription.audio.AudioFixtures;
import io.intervu.transcription.audio.DecodedAudio;
import io.intervu.transcription.audio.VoiceActivity;
import io.intervu.transcription.audio.VoiceActivityDetector;
import io.intervu.transcription.delivery.DeliveryAnalyzer;
import io.intervu.transcription.delivery.DeliveryMetrics;
import io.intervu.transcription.recognizer.Recognition;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProsodyAnalyzerTest {

    @Test
    void ratingBandsAreTheSeeds() {
        assertEquals("Very High", ConfidenceRating.of(80));
        assertEquals("High", ConfidenceRating.of(79.9));
        assertEquals("High", ConfidenceRating.of(65));
        assertEquals("Moderate", ConfidenceRating.of(45));
        assertEquals("Low", ConfidenceRating.of(25));
        assertEquals("Very Low", ConfidenceRating.of(24.9));
    }

    @Test
    void speechGetsAScoreBetween0And100WithItsComponents() {
        DecodedAudio audio = AudioFixtures.decode("speech.flac");
        VoiceActivity voice = VoiceActivityDetector.detect(audio);
        DeliveryMetrics delivery = DeliveryAnalyzer.analyse(new Recognition("I built an outbox relay with Kafka.", List.of(), true), voice);
        ConfidenceAssessment assessment = ProsodyAnalyzer.analyse(voice, delivery);
        assertTrue(assessment.score() > 0 && assessment.score() <= 100, "score " + assessment.score());
        assertEquals(ConfidenceRating.of(assessment.score()), assessment.rating());
        assertEquals("prosody", assessment.provider());
        assertTrue(assessment.coachingOnly());
        assertEquals(List.of("energyStability", "pitchVariation", "pauseRatio", "pace"), List.copyOf(assessment.components().keySet()));
        // espeak-ng's voice has intonation: pitch varies, but it is not a monotone hum
        assertTrue(assessment.components().get("pitchVariation") > 0.05, assessment.components().toString());
    }

    @Test
    void leadingSilenceStaysOutOfThePauseRatioAndThePace() {
        String transcript = AudioFixtures.knownPauses().get("transcript").asText();
        ConfidenceAssessment early = assess("known-pauses.ogg", transcript);
        ConfidenceAssessment late = assess("known-pauses-after-5s.ogg", transcript);
        // the same answer after 5 s of thinking: the share of silence counts from the first word
        assertEquals(early.components().get("pauseRatio"), late.components().get("pauseRatio"), 0.02);
        assertEquals(early.components().get("pace"), late.components().get("pace"), 0.02);
        assertEquals(early.score(), late.score(), 2.0);
    }

    private static ConfidenceAssessment assess(String fixture, String transcript) {
        VoiceActivity voice = VoiceActivityDetector.detect(AudioFixtures.decode(fixture));
        DeliveryMetrics delivery = DeliveryAnalyzer.analyse(new Recognition(transcript, List.of(), true), voice);
        return ProsodyAnalyzer.analyse(voice, delivery);
    }

    @Test
    void aMonotoneHumScoresLowerOnPitchVariationThanSpeech() {
        float[] hum = new float[16000 * 3];
        for (int i = 8000; i < hum.length - 8000; i++) {
            hum[i] = (float) (0.3 * Math.sin(2 * Math.PI * 150 * i / 16000.0));
        }
        VoiceActivity voice = VoiceActivityDetector.detect(new DecodedAudio(hum));
        DeliveryMetrics delivery = DeliveryAnalyzer.analyse(new Recognition("hmm", List.of(), true), voice);
        ConfidenceAssessment assessment = ProsodyAnalyzer.analyse(voice, delivery);
        assertEquals(0.0, assessment.components().get("pitchVariation"), 0.02);
        assertEquals(1.0, assessment.components().get("energyStability"), 0.05);
    }

    @Test
    void paceScoreIsOneInsideTheBand() {
        assertEquals(1, ProsodyAnalyzer.paceScore(150, 40));
        assertEquals(0, ProsodyAnalyzer.paceScore(50, 40));
        assertEquals(0.5, ProsodyAnalyzer.paceScore(95, 40), 0.01);
        assertEquals(0.5, ProsodyAnalyzer.paceScore(0, 0));
    }
}
