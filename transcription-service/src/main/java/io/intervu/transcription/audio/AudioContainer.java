package io.intervu.transcription.audio;

/**
 * The containers this service accepts, as recognised from their first bytes. {@code demuxer} is the ffmpeg input
 * format forced for it, so ffmpeg never probes the bytes into some other of its many formats.
 */
public enum AudioContainer {
    WAV("wav", "audio/wav", "wav", "wav"),
    WEBM("webm", "audio/webm", "webm", "matroska"),
    OGG("ogg", "audio/ogg", "ogg", "ogg"),
    FLAC("flac", "audio/flac", "flac", "flac"),
    MP3("mp3", "audio/mpeg", "mp3", "mp3"),
    MP4("mp4", "audio/mp4", "m4a", "mov");

    public final String wireName;
    public final String mimeType;
    public final String extension;
    public final String demuxer;

    AudioContainer(String wireName, String mimeType, String extension, String demuxer) {
        this.wireName = wireName;
        this.mimeType = mimeType;
        this.extension = extension;
        this.demuxer = demuxer;
    }
}
