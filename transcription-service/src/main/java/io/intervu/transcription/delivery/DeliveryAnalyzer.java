package io.intervu.transcription.delivery;

import io.intervu.transcription.audio.VoiceActivity;
import io.intervu.transcription.recognizer.Recognition;
import io.intervu.transcription.recognizer.Word;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Delivery metrics measured from the audio and the words. Pauses come from the recognizer's word
 * timings when it measured them, otherwise from the voice activity detector; every metric carries
 * the reference band it is judged against and where the band comes from.
 */
public final class DeliveryAnalyzer {

    public static final double LONG_PAUSE_SECONDS = 1.5;
    /** A run of speech ends at a pause at least this long. */
    public static final double RUN_BREAK_SECONDS = 0.5;

    private DeliveryAnalyzer() {
    }

    public static DeliveryMetrics analyse(Recognition recognition, VoiceActivity voice) {
        double duration = round1(voice.durationSeconds());
        if (!voice.speechDetected()) {
            return new DeliveryMetrics(false, duration, null, 0, 0, 0, 0, 0, Map.of(), 0, 0, 0, 0, List.of(), List.of());
        }
        List<SpokenToken> tokens = SpokenToken.of(recognition.transcript());
        int wordCount = tokens.size();
        Map<String, Integer> fillers = FillerDetector.fillers(tokens);
        int fillerCount = fillers.values().stream().mapToInt(Integer::intValue).sum();
        List<String> hedges = HedgeDetector.hedges(tokens);

        boolean fromWords = !recognition.timingsEstimated() && recognition.words().size() >= 2;
        List<double[]> speech = fromWords ? wordIntervals(recognition.words()) : segmentIntervals(voice.segments());
        String timingSource = fromWords ? "measured from the recognizer's word timings"
                : "measured by voice activity detection on the audio (20 ms energy frames)";
        List<Double> pauses = new ArrayList<>();
        for (int i = 1; i < speech.size(); i++) {
            pauses.add(Math.max(0, speech.get(i)[0] - speech.get(i - 1)[1]));
        }
        double span = speech.isEmpty() ? 0 : speech.get(speech.size() - 1)[1] - speech.get(0)[0];
        double speakingTime = voice.voicedSeconds();
        double wpm = span > 0 ? wordCount / span * 60 : 0;
        double fillerRate = wordCount > 0 ? (double) fillerCount / wordCount : 0;
        int longPauses = (int) pauses.stream().filter(p -> p > LONG_PAUSE_SECONDS).count();
        double longestPause = pauses.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        double longestRun = longestRun(speech);
        double minutes = Math.max(span, 1) / 60;

        List<MetricBand> metrics = List.of(
                MetricBand.of("wordsPerMinute", "Speaking pace", round1(wpm), "wpm", 130, 175,
                        "Words over the time from first to last word; " + timingSource
                                + ". Band: Intervu coaching range for a clear interview answer (conversational English averages about 150 wpm)."),
                MetricBand.of("fillerRate", "Filler words", round3(fillerRate), "ratio", 0, 0.04,
                        "Fillers (um, uh, like, you know, basically, sort of, ...) with context rules, over all words. Band: Intervu coaching target, under 4 % of words."),
                MetricBand.of("longPausesPerMinute", "Long pauses", round1(longPauses / minutes), "per minute", 0, 2,
                        "Silences over " + LONG_PAUSE_SECONDS + " s between words, " + timingSource + ". Band: Intervu coaching target, at most 2 per minute."),
                MetricBand.of("longestPauseSeconds", "Longest pause", round1(longestPause), "s", 0, 3,
                        "Longest silence between words, " + timingSource + ". Band: Intervu coaching target, a thinking pause under 3 s."),
                MetricBand.of("longestRunSeconds", "Longest run without a pause", round1(longestRun), "s", 0, 30,
                        "Longest stretch of speech without a pause of " + RUN_BREAK_SECONDS + " s or more, " + timingSource
                                + ". Band: Intervu coaching target, breathe and pause at least every 30 s."),
                MetricBand.of("speakingTimeSeconds", "Speaking time", round1(speakingTime), "s", 30, 120,
                        "Voiced time found by voice activity detection. Band: Intervu coaching range, a complete answer (e.g. STAR) takes 30 s to 2 min."),
                MetricBand.of("hedgingCount", "Hedging phrases", hedges.size(), "count", 0, 2,
                        "Phrases such as I think, maybe, I'm not sure in the transcript. Band: Intervu coaching target, at most 2 per answer."));

        // Thinking time is measured on the audio whatever the recognizer said, and reported on its own: it is
        // not judged (thinking first is fine), so it has no band in metrics[]. Pace, pauses and runs above
        // start at the first word, so the leading silence never counts as slow speech or as a long pause.
        double timeToFirstWord = round1(voice.leadingSilenceSeconds());
        return new DeliveryMetrics(true, duration, timeToFirstWord, round1(speakingTime), wordCount, round1(wpm), fillerCount, round3(fillerRate),
                fillers, longPauses, round1(longestPause), round1(longestRun), hedges.size(),
                List.copyOf(new LinkedHashSet<>(hedges)), metrics);
    }

    private static List<double[]> wordIntervals(List<Word> words) {
        List<double[]> intervals = new ArrayList<>();
        for (Word w : words) {
            intervals.add(new double[] {w.start(), Math.max(w.start(), w.end())});
        }
        intervals.sort((a, b) -> Double.compare(a[0], b[0]));
        return intervals;
    }

    private static List<double[]> segmentIntervals(List<VoiceActivity.Segment> segments) {
        return segments.stream().map(s -> new double[] {s.start(), s.end()}).toList();
    }

    private static double longestRun(List<double[]> speech) {
        double longest = 0;
        double runStart = speech.isEmpty() ? 0 : speech.get(0)[0];
        for (int i = 0; i < speech.size(); i++) {
            boolean breaks = i + 1 == speech.size() || speech.get(i + 1)[0] - speech.get(i)[1] >= RUN_BREAK_SECONDS;
            if (breaks) {
                longest = Math.max(longest, speech.get(i)[1] - runStart);
                if (i + 1 < speech.size()) {
                    runStart = speech.get(i + 1)[0];
                }
            }
        }
        return longest;
    }

    static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }

    static double round3(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
