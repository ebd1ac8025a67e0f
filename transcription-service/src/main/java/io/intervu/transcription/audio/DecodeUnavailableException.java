package io.intervu.transcription.audio;

import io.intervu.transcription.rest.ProblemException;

import java.time.Duration;

/**
 * 503: the audio could not be decoded now for a reason of the server's (no free decoder, or ffmpeg got too little
 * CPU to finish in time), so the same bytes may well decode later; the answer carries Retry-After.
 */
public class DecodeUnavailableException extends ProblemException {

    private final long retryAfterSeconds;

    public DecodeUnavailableException(String slug, String title, String detail, Duration retryAfter) {
        super(503, slug, title, detail);
        this.retryAfterSeconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
