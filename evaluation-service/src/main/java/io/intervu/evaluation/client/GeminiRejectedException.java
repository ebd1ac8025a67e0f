package io.intervu.evaluation.client;

/** Gemini refused the request (4xx other than 429, e.g. a bad key): retrying cannot help. */
public class GeminiRejectedException extends RuntimeException {
    public GeminiRejectedException(String message) {
        super(message);
    }
}
