package io.intervu.transcription.recognizer;

/** The provider refused this request (INVALID_ARGUMENT, 4xx): retrying the same request cannot help. */
public class RecognizerRejectedException extends RuntimeException {
    public RecognizerRejectedException(String message, Throwable cause) {
        super(message, cause);
    }
}
