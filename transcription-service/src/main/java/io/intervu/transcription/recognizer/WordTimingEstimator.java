package io.intervu.transcription.recognizer;

import io.intervu.transcription.audio.VoiceActivity;

import java.util.ArrayList;
import java.util.List;

/**
 * Gives a transcript's words times from the audio when nothing measured them: words are laid
 * along the voiced time in proportion to their length (letters as a proxy for syllables), each
 * word kept inside the voiced segment its middle falls in, so pauses stay where the audio has them.
 */
public final class WordTimingEstimator {

    private WordTimingEstimator() {
    }

    public static List<String> tokens(String transcript) {
        List<String> tokens = new ArrayList<>();
        for (String token : transcript.strip().split("\\s+")) {
            if (token.chars().anyMatch(Character::isLetterOrDigit)) {
                tokens.add(token);
            }
        }
        return tokens;
    }

    public static List<Word> estimate(List<String> tokens, List<VoiceActivity.Segment> segments) {
        if (tokens.isEmpty() || segments.isEmpty()) {
            return List.of();
        }
        double[] weights = new double[tokens.size()];
        double totalWeight = 0;
        for (int i = 0; i < weights.length; i++) {
            weights[i] = 1 + tokens.get(i).chars().filter(Character::isLetterOrDigit).count();
            totalWeight += weights[i];
        }
        double voiced = segments.stream().mapToDouble(VoiceActivity.Segment::length).sum();

        // which segment each word's middle falls in, on the voiced-only timeline
        int[] segmentOf = new int[tokens.size()];
        double cumulative = 0;
        for (int i = 0; i < tokens.size(); i++) {
            double middle = (cumulative + weights[i] / 2) / totalWeight * voiced;
            cumulative += weights[i];
            double passed = 0;
            int s = 0;
            while (s < segments.size() - 1 && passed + segments.get(s).length() < middle) {
                passed += segments.get(s).length();
                s++;
            }
            segmentOf[i] = s;
        }
        List<Word> words = new ArrayList<>(tokens.size());
        int i = 0;
        while (i < tokens.size()) {
            int s = segmentOf[i];
            int j = i;
            double segmentWeight = 0;
            while (j < tokens.size() && segmentOf[j] == s) {
                segmentWeight += weights[j];
                j++;
            }
            VoiceActivity.Segment segment = segments.get(s);
            double t = segment.start();
            for (int k = i; k < j; k++) {
                double length = segment.length() * weights[k] / segmentWeight;
                words.add(new Word(tokens.get(k), round(t), round(t + length), null));
                t += length;
            }
            i = j;
        }
        return words;
    }

    private static double round(double seconds) {
        return Math.round(seconds * 1000) / 1000.0;
    }
}
