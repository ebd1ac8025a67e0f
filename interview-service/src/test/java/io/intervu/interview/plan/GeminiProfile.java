package io.intervu.interview.plan;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/** Gemini configured (a key is set); the base URL points at the WireMock server (see PeerStubs). */
public class GeminiProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "GOOGLE_API_KEY", "test-key",
                "quarkus.langchain4j.ai.gemini.api-key", "test-key",
                "quarkus.langchain4j.ai.gemini.timeout", "2s",
                "quarkus.langchain4j.ai.gemini.chat-model.model-id", "gemini-2.5-flash");
    }
}
