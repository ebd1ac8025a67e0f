package io.intervu.evaluation.service.gemini;

/** Gemini answered, but not with output that passes the response schema. */
public class GeminiOutputException extends RuntimeException {
    public GeminiOutputException(String message) {
        super(message);
    }
}
