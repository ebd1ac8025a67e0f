package io.intervu.transcription.audio;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VoiceActivityDetectorTest {

    @ParameterizedTest
    @ValueSource(strings = {"silence-2s.flac", "noise-2s.ogg"})
    void silenceAndNoiseAreNotSpeech(String fixture) {
        VoiceActivity voice = VoiceActivityDetector.detect(AudioFixtures.decode(fixture));
        assertFalse(voice.speechDetected());
        assertTrue(voice.segments().isEmpty());
    }

    @Test
    void findsTheKnownPausesBetweenWords() {
        JsonNode known = AudioFixtures.knownPauses();
        VoiceActivity voice = VoiceActivityDetector.detect(AudioFixtures.decode("known-pauses.ogg"));
        assertTrue(voice.speechDetected());
        List<VoiceActivity.Segment> segments = voice.segments();
        long longPauses = 0;
        double longest = 0;
        for (int i = 1; i < segments.size(); i++) {
            double pause = segments.get(i).start() - segments.get(i - 1).end();
            longest = Math.max(longest, pause);
            if (pause > 1.5) {
                longPauses++;
            }
        }
        assertEquals(known.get("longPauses").asInt(), longPauses);
        assertEquals(known.get("longestPauseSeconds").asDouble(), longest, 0.15);
        assertEquals(known.get("leadSeconds").asDouble(), segments.get(0).start(), 0.1);
        assertEquals(known.get("spanSeconds").asDouble(), voice.spanSeconds(), 0.25);
    }

    @Test
    void yinFindsThePitchOfATone() {
        float[] tone = new float[16000];
        for (int i = 0; i < tone.length; i++) {
            tone[i] = (float) (0.5 * Math.sin(2 * Math.PI * 180 * i / 16000.0));
        }
        assertEquals(180, PitchTracker.pitch(tone, 3200), 1.5);
        float[] noise = new float[16000];
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < noise.length; i++) {
            noise[i] = (float) (random.nextGaussian() * 0.2);
        }
        assertTrue(Double.isNaN(PitchTracker.pitch(noise, 3200)));
    }
}
