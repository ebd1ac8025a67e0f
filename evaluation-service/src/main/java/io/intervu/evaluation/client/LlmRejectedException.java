package io.intervu.evaluation.client;

/**
 * The model refused the request (4xx other than 429, e.g. a bad key) or answered with nothing that
 * can be read: sending the same request again cannot help, and it does not count against the breaker.
 */
public class LlmRejectedException extends RuntimeException {
    public LlmRejectedException(String message) {
        super(message);
    }
}
