package io.intervu.transcription.recognizer;

import java.util.List;

/**
 * A recognizer's answer.
 *
 * @param timingsEstimated true when word times were spread over voiced segments rather than measured
 */
public record Recognition(String transcript, List<Word> words, boolean timingsEstimated) {
}
