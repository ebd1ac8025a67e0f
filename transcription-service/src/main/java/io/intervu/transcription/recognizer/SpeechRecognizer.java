package io.intervu.transcription.recognizer;

/**
 * Turns speech into words. Implementations throw {@link RecognizerUnavailableException} for
 * failures worth retrying and {@link RecognizerRejectedException} when the provider refused the request.
 */
public interface SpeechRecognizer {

    /** "client", "google" or "openai": stored with each transcript. */
    String name();

    Recognition recognize(RecognitionInput input);
}
