package io.intervu.interview.plan;

import io.intervu.interview.analysis.OpenAiWire;
import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * LLM_PROVIDER=openai-compatible for the analysis, the plan and the follow-ups, against the WireMock server
 * (PeerStubs points the base URL at it). A Google key is set as well: LLM_PROVIDER must win over it.
 */
public class OpenAiCompatibleProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "GOOGLE_API_KEY", "unused-google-key",
                "LLM_PROVIDER", "openai-compatible",
                "LLM_MODEL", OpenAiWire.MODEL,
                "LLM_API_KEY", OpenAiWire.KEY,
                "LLM_TIMEOUT", "2s",
                "intervu.llm.follow-up-deadline", "3s");
    }
}
