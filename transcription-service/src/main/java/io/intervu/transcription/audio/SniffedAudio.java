package io.intervu.transcription.audio;

/**
 * What the magic bytes told: the container, the codec when the header names it ("pcm_s16le",
 * "mulaw", "opus", "vorbis", "flac", ...), and for WAV/FLAC/Ogg the stream's rate and channels (0 when unknown).
 * {@code declaredSeconds} is the duration the header claims (WAV data size, FLAC total samples), 0 when it does not say.
 */
public record SniffedAudio(AudioContainer container, String codec, int sampleRate, int channels, int bitsPerSample,
                           double declaredSeconds) {

    public SniffedAudio(AudioContainer container, String codec, int sampleRate, int channels, int bitsPerSample) {
        this(container, codec, sampleRate, channels, bitsPerSample, 0);
    }

    /** e.g. "wav/pcm_s16le", "webm/opus", "mp3". */
    public String label() {
        return codec == null ? container.wireName : container.wireName + "/" + codec;
    }
}
