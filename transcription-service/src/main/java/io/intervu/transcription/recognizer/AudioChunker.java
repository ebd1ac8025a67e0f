package io.intervu.transcription.recognizer;

import io.intervu.transcription.audio.DecodedAudio;
import io.intervu.transcription.audio.VoiceActivity;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits long answers for a recognizer with a per-request length limit: each cut is placed in
 * the middle of the longest pause in the last part of the allowed window, so no word is cut;
 * only speech without any pause is cut hard at the limit.
 */
public final class AudioChunker {

    /** A piece of the decoded audio, [fromSample, toSample). */
    public record Chunk(int fromSample, int toSample) {
        public double offsetSeconds() {
            return fromSample / (double) DecodedAudio.SAMPLE_RATE;
        }

        public double lengthSeconds() {
            return (toSample - fromSample) / (double) DecodedAudio.SAMPLE_RATE;
        }
    }

    private AudioChunker() {
    }

    public static List<Chunk> split(DecodedAudio audio, VoiceActivity voice, double maxSeconds) {
        int rate = DecodedAudio.SAMPLE_RATE;
        int total = audio.samples().length;
        List<Chunk> chunks = new ArrayList<>();
        int from = 0;
        while (total - from > maxSeconds * rate) {
            double start = from / (double) rate;
            double windowStart = start + maxSeconds / 2;
            double windowEnd = start + maxSeconds;
            double cut = windowEnd;
            double longestPause = 0;
            List<VoiceActivity.Segment> segments = voice.segments();
            for (int i = 0; i + 1 < segments.size(); i++) {
                double pauseStart = segments.get(i).end();
                double pauseEnd = segments.get(i + 1).start();
                double middle = (pauseStart + pauseEnd) / 2;
                if (middle > windowStart && middle < windowEnd && pauseEnd - pauseStart > longestPause) {
                    longestPause = pauseEnd - pauseStart;
                    cut = middle;
                }
            }
            int to = Math.min(total, (int) Math.floor(cut * rate));
            chunks.add(new Chunk(from, to));
            from = to;
        }
        chunks.add(new Chunk(from, total));
        return chunks;
    }
}
