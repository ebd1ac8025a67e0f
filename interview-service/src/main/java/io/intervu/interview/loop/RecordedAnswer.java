package io.intervu.interview.loop;

/** A processed answer, ready to be recorded on its turn. */
public record RecordedAnswer(String text, String source, String provider, String transcriptionId, Double durationSeconds,
                             Boolean speechDetected, String deliveryJson, String confidenceJson) {
}
