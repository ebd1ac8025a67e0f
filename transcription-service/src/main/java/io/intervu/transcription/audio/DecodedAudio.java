package io.intervu.transcription.audio;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Mono PCM at {@link #SAMPLE_RATE}, samples in [-1, 1]. */
public record DecodedAudio(float[] samples) {

    public static final int SAMPLE_RATE = 16000;

    public double durationSeconds() {
        return samples.length / (double) SAMPLE_RATE;
    }

    /** 16-bit little-endian PCM (LINEAR16) of samples [from, to). */
    public byte[] linear16(int from, int to) {
        ByteBuffer out = ByteBuffer.allocate((to - from) * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = from; i < to; i++) {
            out.putShort((short) Math.round(Math.max(-1f, Math.min(1f, samples[i])) * 32767f));
        }
        return out.array();
    }

    /** A complete 16 kHz mono 16-bit WAV file. */
    public byte[] toWav() {
        byte[] pcm = linear16(0, samples.length);
        ByteBuffer wav = ByteBuffer.allocate(44 + pcm.length).order(ByteOrder.LITTLE_ENDIAN);
        wav.put("RIFF".getBytes()).putInt(36 + pcm.length).put("WAVE".getBytes());
        wav.put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) 1)
                .putInt(SAMPLE_RATE).putInt(SAMPLE_RATE * 2).putShort((short) 2).putShort((short) 16);
        wav.put("data".getBytes()).putInt(pcm.length).put(pcm);
        return wav.array();
    }

    public static DecodedAudio fromLinear16(byte[] pcm, int length) {
        ByteBuffer in = ByteBuffer.wrap(pcm, 0, length - (length % 2)).order(ByteOrder.LITTLE_ENDIAN);
        float[] samples = new float[in.remaining() / 2];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = in.getShort() / 32768f;
        }
        return new DecodedAudio(samples);
    }
}
