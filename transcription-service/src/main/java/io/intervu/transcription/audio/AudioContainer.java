package io.intervu.transcription.audio;

/** The containers this service accepts, as recognised from their first bytes. */
public enum AudioContainer {
    WAV("wav", "audio/wav", "wav"),
    WEBM("webm", "audio/webm", "webm"),
    OGG("ogg", "audio/ogg", "ogg"),
    FLAC("flac", "audio/flac", "flac"),
    MP3("mp3", "audio/mpeg", "mp3"),
    MP4("mp4", "audio/mp4", "m4a");

    public final String wireName;
    public final String mimeType;
    public final String extension;

    AudioContainer(String wireName, String mimeType, String extension) {
        this.wireName = wireName;
        this.mimeType = mimeType;
        this.extension = extension;
    }
}
