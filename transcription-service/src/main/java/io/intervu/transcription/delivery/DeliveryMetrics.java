package io.intervu.transcription.delivery;

import java.util.List;
import java.util.Map;

/**
 * How the answer was delivered; the shape is fixed by docs/contracts.md (DeliveryMetrics).
 * {@code timeToFirstWordSeconds} is null without speech (nobody started) and in rows stored before it existed.
 */
public record DeliveryMetrics(boolean speechDetected, double durationSeconds, Double timeToFirstWordSeconds,
                              double speakingTimeSeconds, int wordCount,
                              double wordsPerMinute, int fillerCount, double fillerRate, Map<String, Integer> fillers,
                              int longPauseCount, double longestPauseSeconds, double longestRunSeconds,
                              int hedgingCount, List<String> hedges, List<MetricBand> metrics) {
}
