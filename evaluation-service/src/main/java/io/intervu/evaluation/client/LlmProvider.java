package io.intervu.evaluation.client;

import java.util.Locale;
import java.util.Optional;

/** The language model behind every model call; OFFLINE means none is called. */
public enum LlmProvider {
    OFFLINE("offline", "offline"),
    GEMINI("gemini", "Gemini"),
    OPENAI_COMPATIBLE("openai-compatible", "the OpenAI-compatible server");

    /** As configured (LLM_PROVIDER) and recorded in provenance. */
    public final String key;
    /** As named in failure messages. */
    public final String label;

    LlmProvider(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** LLM_PROVIDER when set; otherwise Gemini when a Google key is set (the behaviour before LLM_PROVIDER existed). */
    public static LlmProvider resolve(Optional<String> configured, Optional<String> googleApiKey) {
        String name = configured.map(s -> s.strip().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty()).orElse(null);
        if (name == null) {
            return googleApiKey.filter(k -> !k.isBlank()).isPresent() ? GEMINI : OFFLINE;
        }
        for (LlmProvider p : values()) {
            if (p.key.equals(name)) {
                return p;
            }
        }
        throw new IllegalArgumentException("LLM_PROVIDER must be offline, gemini or openai-compatible, not '" + configured.get() + "'");
    }
}
