package io.intervu.transcription.recognizer;

/** The provider could not answer now (network, UNAVAILABLE, DEADLINE_EXCEEDED, 5xx, 429): retried, then breaks the circuit. */
public class RecognizerUnavailableException extends RuntimeException {
    public RecognizerUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
