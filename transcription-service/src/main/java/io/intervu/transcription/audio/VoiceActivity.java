package io.intervu.transcription.audio;

import java.util.List;

/**
 * Where someone speaks, by frame energy (see {@link VoiceActivityDetector}).
 *
 * @param frameDb      level of every 20 ms frame in dBFS
 * @param voiced       whether each frame counts as voice after smoothing
 * @param pitchHz      f0 of each voiced frame, NaN where aperiodic or unvoiced
 * @param segments     voiced stretches, in seconds from the start
 * @param speechDetected enough periodic (voiced) sound to be speech, not silence or noise
 */
public record VoiceActivity(double[] frameDb, boolean[] voiced, double[] pitchHz, List<Segment> segments,
                            double durationSeconds, boolean speechDetected) {

    public static final double FRAME_SECONDS = 0.02;

    public record Segment(double start, double end) {
        public double length() {
            return end - start;
        }
    }

    public double voicedSeconds() {
        return segments.stream().mapToDouble(Segment::length).sum();
    }

    /**
     * Silence before the first voiced stretch: how long the speaker took to start. The whole
     * duration when nothing was voiced.
     */
    public double leadingSilenceSeconds() {
        return segments.isEmpty() ? durationSeconds : segments.get(0).start();
    }

    /** First voice onset to last voice offset; 0 without speech. */
    public double spanSeconds() {
        return segments.isEmpty() ? 0 : segments.get(segments.size() - 1).end() - segments.get(0).start();
    }
}
