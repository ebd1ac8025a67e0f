package io.intervu.interview.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/**
 * Which language model refines the analysis, writes the plan and proposes follow-ups (LLM_PROVIDER),
 * and which of those uses it gets. Connecting to it is quarkus-langchain4j's configuration:
 * quarkus.langchain4j.ai.gemini.* (GEMINI_*) and the named OpenAI configuration
 * quarkus.langchain4j.openai.openai-compatible.* (LLM_BASE_URL, LLM_MODEL, LLM_API_KEY, LLM_TIMEOUT).
 */
@ConfigMapping(prefix = "intervu.llm")
public interface LlmConfig {

    /** offline, gemini or openai-compatible; unset means gemini when GOOGLE_API_KEY is set, else offline. */
    Optional<String> provider();

    /** Sampling temperature of every request, whichever provider. */
    @WithDefault("0.4")
    double temperature();

    /** Let the model refine the offline (CoreNLP) analysis; off: the CoreNLP analysis is kept. */
    @WithDefault("true")
    boolean refineAnalysis();

    /** Let the model propose follow-ups; off: the offline rules decide. */
    @WithDefault("true")
    boolean followUps();

    /** The candidate waits for the follow-up decision: past this the offline rules decide. */
    @WithDefault("10s")
    Duration followUpDeadline();
}
