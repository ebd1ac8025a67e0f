package io.intervu.interview.plan;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.HashMap;
import java.util.Map;

/**
 * Gemini configured (a key is set); the base URL points at the WireMock server (see PeerStubs).
 * Only the planner uses it here, so planner tests see exactly the planner's calls;
 * {@link Everywhere} also lets Gemini refine the analysis and propose follow-ups.
 */
public class GeminiProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = new HashMap<>(Map.of(
                "GOOGLE_API_KEY", "test-key",
                "quarkus.langchain4j.ai.gemini.api-key", "test-key",
                "quarkus.langchain4j.ai.gemini.timeout", "2s",
                "quarkus.langchain4j.ai.gemini.chat-model.model-id", "gemini-2.5-flash"));
        config.put("intervu.llm.refine-analysis", String.valueOf(everywhere()));
        config.put("intervu.llm.follow-ups", String.valueOf(everywhere()));
        config.put("intervu.llm.follow-up-deadline", "3s");
        return config;
    }

    protected boolean everywhere() {
        return false;
    }

    /** Gemini for the analysis, the plan and the follow-ups, as in production with a key set. */
    public static class Everywhere extends GeminiProfile {

        @Override
        protected boolean everywhere() {
            return true;
        }
    }
}
