package io.intervu.transcription.recognizer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/** Starts the fake Speech-to-Text server and points the service's Google recognizer at it (plaintext, no credentials). */
public class FakeSpeechServerResource implements QuarkusTestResourceLifecycleManager {

    static FakeSpeechServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = new FakeSpeechServer();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return Map.of("transcription.stt.provider", "google",
                "transcription.stt.google.endpoint", server.endpoint(),
                "transcription.stt.google.plaintext", "true",
                "transcription.stt.google.timeout", "5s");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.close();
        }
    }
}
