package io.intervu.transcription.audio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Arrays;

/** The fixtures made by src/test/fixtures/make-audio-fixtures.sh, and audio built from them in memory. */
public final class AudioFixtures {

    public static final FfmpegDecoder DECODER = decoder("ffmpeg", 180, Duration.ofSeconds(30), 4);

    private AudioFixtures() {
    }

    /** A decoder with its own limits (a request waits 200 ms for a free decode) around the given ffmpeg, real or fake. */
    public static FfmpegDecoder decoder(String ffmpeg, int maxSeconds, Duration timeout, int concurrentDecodes) {
        return new FfmpegDecoder(ffmpeg, maxSeconds, timeout,
                new DecodePermits(concurrentDecodes, Duration.ofMillis(200), Duration.ofSeconds(5)));
    }

    public static byte[] bytes(String name) {
        try (InputStream in = AudioFixtures.class.getResourceAsStream("/audio/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static DecodedAudio decode(String name) {
        byte[] bytes = bytes(name);
        return DECODER.decode(bytes, AudioSniffer.sniff(bytes));
    }

    /** A real WAV whose data chunk size is replaced, e.g. to claim hours or to be a streaming writer's placeholder. */
    public static byte[] withWavDataSize(byte[] wav, long dataBytes) {
        byte[] copy = wav.clone();
        for (int i = 12; i + 8 <= copy.length; i++) {
            if (copy[i] == 'd' && copy[i + 1] == 'a' && copy[i + 2] == 't' && copy[i + 3] == 'a') {
                for (int b = 0; b < 4; b++) {
                    copy[i + 4 + b] = (byte) (dataBytes >>> (8 * b));
                }
                return copy;
            }
        }
        throw new IllegalArgumentException("no data chunk");
    }

    public static JsonNode knownPauses() {
        return json("known-pauses.json");
    }

    /** What make-thinking-time-fixtures.sh put before the first word of its fixtures. */
    public static JsonNode thinkingTime() {
        return json("thinking-time.json");
    }

    private static JsonNode json(String name) {
        try {
            return new ObjectMapper().readTree(bytes(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Real speech repeated with silences in between until the audio is at least {@code seconds} long. */
    public static DecodedAudio repeated(String name, double seconds, double gapSeconds) {
        float[] speech = decode(name).samples();
        int gap = (int) (gapSeconds * DecodedAudio.SAMPLE_RATE);
        int target = (int) (seconds * DecodedAudio.SAMPLE_RATE);
        float[] out = new float[0];
        while (out.length < target) {
            int at = out.length;
            out = Arrays.copyOf(out, at + speech.length + gap);
            System.arraycopy(speech, 0, out, at, speech.length);
        }
        return new DecodedAudio(out);
    }
}
