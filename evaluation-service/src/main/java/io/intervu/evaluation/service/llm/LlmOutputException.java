package io.intervu.evaluation.service.llm;

/** Gemini answered, but not with output that passes the response schema. */
public class LlmOutputException extends RuntimeException {
    public LlmOutputException(String message) {
        super(message);
    }
}
