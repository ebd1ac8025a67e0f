package io.intervu.transcription.audio;

import io.intervu.transcription.RequestRefusedException;

import java.time.Duration;

/**
 * The audio could not be decoded now for a reason of the server's (no free decoder, or ffmpeg got too little CPU to
 * finish in time), so the same bytes may well decode later: {@link Reason#UNAVAILABLE}, with a time to retry after.
 */
public class DecodeUnavailableException extends RequestRefusedException {

    public DecodeUnavailableException(String slug, String title, String detail, Duration retryAfter) {
        super(Reason.UNAVAILABLE, slug, title, detail, null, Math.max(1, (retryAfter.toMillis() + 999) / 1000));
    }
}
