package io.intervu.transcription.audio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;

/** The fixtures made by src/test/fixtures/make-audio-fixtures.sh, and audio built from them in memory. */
public final class AudioFixtures {

    public static final FfmpegDecoder DECODER = new FfmpegDecoder("ffmpeg", 180, 60_000);

    private AudioFixtures() {
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
