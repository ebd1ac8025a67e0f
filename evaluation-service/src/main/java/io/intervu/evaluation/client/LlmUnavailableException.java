package io.intervu.evaluation.client;

/** The model did not answer usefully this time (network, timeout, 429, 5xx): worth a retry. */
public class LlmUnavailableException extends RuntimeException {
    public LlmUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
