package io.intervu.evaluation.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

/**
 * Which language model scores answers (LLM_PROVIDER). Connecting to it is quarkus-langchain4j's
 * configuration: quarkus.langchain4j.ai.gemini.* (GEMINI_*) and the named OpenAI configuration
 * quarkus.langchain4j.openai.openai-compatible.* (LLM_BASE_URL, LLM_MODEL, LLM_API_KEY, LLM_TIMEOUT).
 */
@ConfigMapping(prefix = "intervu.llm")
public interface LlmConfig {

    /** offline, gemini or openai-compatible; unset means gemini when GOOGLE_API_KEY is set, else offline. */
    Optional<String> provider();

    /** Sampling temperature of every scoring request; 0 keeps scores repeatable. */
    @WithDefault("0")
    double temperature();

    /**
     * Send the response JSON schema as structured output (Gemini's responseJsonSchema, OpenAI's
     * response_format json_schema). Off for servers that reject it: the schema then goes into the
     * instruction and the reply is validated the same way.
     */
    @WithDefault("true")
    boolean jsonSchema();
}
