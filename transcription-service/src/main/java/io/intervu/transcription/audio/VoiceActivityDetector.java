package io.intervu.transcription.audio;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An energy VAD with an adaptive noise floor: a frame is voice when it is well above the quietest
 * frames of the same recording. Stationary noise never rises above its own floor; speech must
 * also be periodic somewhere (pitch found) so loud noise bursts are not taken for words.
 */
public final class VoiceActivityDetector {

    static final int FRAME = (int) (DecodedAudio.SAMPLE_RATE * VoiceActivity.FRAME_SECONDS);
    private static final double ABSOLUTE_FLOOR_DB = -50;
    private static final double ABOVE_NOISE_DB = 12;
    /** Dips shorter than this inside a word (stops, closures) do not end a segment. */
    private static final int BRIDGE_FRAMES = 10;
    /** Clicks shorter than this are not voice. */
    private static final int MIN_RUN_FRAMES = 4;
    private static final double MIN_PITCHED_SECONDS = 0.1;
    private static final double MIN_PITCHED_RATIO = 0.1;

    private VoiceActivityDetector() {
    }

    public static VoiceActivity detect(DecodedAudio audio) {
        float[] x = audio.samples();
        int frames = x.length / FRAME;
        double[] db = new double[frames];
        for (int f = 0; f < frames; f++) {
            double energy = 0;
            for (int i = f * FRAME; i < (f + 1) * FRAME; i++) {
                energy += x[i] * x[i];
            }
            db[f] = 10 * Math.log10(energy / FRAME + 1e-10);
        }
        double threshold = Math.max(ABSOLUTE_FLOOR_DB, percentile(db, 0.10) + ABOVE_NOISE_DB);
        boolean[] voiced = new boolean[frames];
        for (int f = 0; f < frames; f++) {
            voiced[f] = db[f] > threshold;
        }
        bridge(voiced);
        dropShortRuns(voiced);

        double[] pitch = new double[frames];
        Arrays.fill(pitch, Double.NaN);
        int voicedFrames = 0;
        int pitchedFrames = 0;
        for (int f = 0; f < frames; f++) {
            if (voiced[f]) {
                voicedFrames++;
                pitch[f] = PitchTracker.pitch(x, f * FRAME);
                if (!Double.isNaN(pitch[f])) {
                    pitchedFrames++;
                }
            }
        }
        boolean speech = pitchedFrames * VoiceActivity.FRAME_SECONDS >= MIN_PITCHED_SECONDS
                && pitchedFrames >= MIN_PITCHED_RATIO * voicedFrames;
        List<VoiceActivity.Segment> segments = speech ? segments(voiced) : List.of();
        if (!speech) {
            Arrays.fill(voiced, false);
        }
        return new VoiceActivity(db, voiced, pitch, segments, audio.durationSeconds(), speech);
    }

    private static void bridge(boolean[] voiced) {
        int lastVoiced = -1;
        for (int f = 0; f < voiced.length; f++) {
            if (voiced[f]) {
                if (lastVoiced >= 0 && f - lastVoiced > 1 && f - lastVoiced - 1 < BRIDGE_FRAMES) {
                    Arrays.fill(voiced, lastVoiced + 1, f, true);
                }
                lastVoiced = f;
            }
        }
    }

    private static void dropShortRuns(boolean[] voiced) {
        int f = 0;
        while (f < voiced.length) {
            if (!voiced[f]) {
                f++;
                continue;
            }
            int start = f;
            while (f < voiced.length && voiced[f]) {
                f++;
            }
            if (f - start < MIN_RUN_FRAMES) {
                Arrays.fill(voiced, start, f, false);
            }
        }
    }

    private static List<VoiceActivity.Segment> segments(boolean[] voiced) {
        List<VoiceActivity.Segment> segments = new ArrayList<>();
        int f = 0;
        while (f < voiced.length) {
            if (!voiced[f]) {
                f++;
                continue;
            }
            int start = f;
            while (f < voiced.length && voiced[f]) {
                f++;
            }
            segments.add(new VoiceActivity.Segment(start * VoiceActivity.FRAME_SECONDS, f * VoiceActivity.FRAME_SECONDS));
        }
        return segments;
    }

    private static double percentile(double[] values, double q) {
        if (values.length == 0) {
            return ABSOLUTE_FLOOR_DB;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
    }
}
