package io.intervu.transcription.confidence;

import io.intervu.transcription.audio.VoiceActivity;
import io.intervu.transcription.delivery.DeliveryMetrics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Built-in, offline confidence estimate from prosody: steady loudness, a lively (not monotone)
 * pitch, few silences inside the answer and a pace near the conversational range. Each component
 * is 0-1 (pauseRatio is the raw share of silence); the score is their weighted sum times 100.
 */
public final class ProsodyAnalyzer {

    public static final String PROVIDER = "prosody";
    /** 15 dB of spread in loudness across voiced frames counts as fully unsteady. */
    private static final double UNSTEADY_DB = 15;
    /** 4 semitones of spread in pitch counts as fully expressive. */
    private static final double EXPRESSIVE_SEMITONES = 4;

    private ProsodyAnalyzer() {
    }

    public static ConfidenceAssessment analyse(VoiceActivity voice, DeliveryMetrics delivery) {
        if (!voice.speechDetected()) {
            return ConfidenceAssessment.of(0, PROVIDER, Map.of("energyStability", 0.0, "pitchVariation", 0.0, "pauseRatio", 1.0, "pace", 0.0));
        }
        List<Double> levels = new ArrayList<>();
        List<Double> semitones = new ArrayList<>();
        for (int f = 0; f < voice.voiced().length; f++) {
            if (voice.voiced()[f]) {
                levels.add(voice.frameDb()[f]);
                if (!Double.isNaN(voice.pitchHz()[f])) {
                    semitones.add(12 * Math.log(voice.pitchHz()[f] / 100) / Math.log(2));
                }
            }
        }
        double energyStability = clamp(1 - standardDeviation(levels) / UNSTEADY_DB);
        double pitchVariation = clamp(standardDeviation(semitones) / EXPRESSIVE_SEMITONES);
        double span = voice.spanSeconds();
        double pauseRatio = span > 0 ? clamp(1 - voice.voicedSeconds() / span) : 0;
        // up to a quarter of the answer in pauses is normal thinking time; beyond that confidence drops
        double pauseScore = clamp(1 - Math.max(0, pauseRatio - 0.25) / 0.4);
        double pace = paceScore(delivery.wordsPerMinute(), delivery.wordCount());

        double score = 100 * (0.3 * energyStability + 0.25 * pitchVariation + 0.2 * pauseScore + 0.25 * pace);
        Map<String, Double> components = new LinkedHashMap<>();
        components.put("energyStability", round2(energyStability));
        components.put("pitchVariation", round2(pitchVariation));
        components.put("pauseRatio", round2(pauseRatio));
        components.put("pace", round2(pace));
        return ConfidenceAssessment.of(score, PROVIDER, components);
    }

    /** 1 inside 130-175 wpm, falling linearly to 0 at 60 and 260 wpm; neutral 0.5 without words. */
    static double paceScore(double wpm, int words) {
        if (words == 0) {
            return 0.5;
        }
        if (wpm < 130) {
            return clamp((wpm - 60) / 70);
        }
        if (wpm > 175) {
            return clamp((260 - wpm) / 85);
        }
        return 1;
    }

    private static double standardDeviation(List<Double> values) {
        if (values.size() < 2) {
            return 0;
        }
        double mean = values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        double variance = values.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum() / (values.size() - 1);
        return Math.sqrt(variance);
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }

    private static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
