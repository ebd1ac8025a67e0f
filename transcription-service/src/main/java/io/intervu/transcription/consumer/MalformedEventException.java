package io.intervu.transcription.consumer;

/** An event that can never be processed: not retried, sent to the dead-letter topic at once. */
public class MalformedEventException extends RuntimeException {
    public MalformedEventException(String message) {
        super(message);
    }
}
