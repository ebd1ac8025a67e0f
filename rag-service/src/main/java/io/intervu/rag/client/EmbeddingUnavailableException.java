package io.intervu.rag.client;

/** The configured embedding provider could not produce vectors (network, quota, bad answer). */
public class EmbeddingUnavailableException extends RuntimeException {
    public EmbeddingUnavailableException(String message) {
        super(message);
    }
}
