package io.intervu.evaluation.client;

/** Gemini did not answer usefully this time (network, timeout, 429, 5xx): worth a retry. */
public class GeminiUnavailableException extends RuntimeException {
    public GeminiUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
