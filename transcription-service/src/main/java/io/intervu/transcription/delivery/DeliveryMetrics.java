package io.intervu.transcription.delivery;

import java.util.List;
import java.util.Map;

/** How the answer was delivered; the shape is fixed by docs/contracts.md (DeliveryMetrics). */
public record DeliveryMetrics(boolean speechDetected, double durationSeconds, double speakingTimeSeconds, int wordCount,
                              double wordsPerMinute, int fillerCount, double fillerRate, Map<String, Integer> fillers,
                              int longPauseCount, double longestPauseSeconds, double longestRunSeconds,
                              int hedgingCount, List<String> hedges, List<MetricBand> metrics) {
}
