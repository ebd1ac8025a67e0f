package io.intervu.evaluation.client;

import dev.langchain4j.model.googleai.GoogleAiGeminiChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import io.quarkiverse.langchain4j.ModelBuilderCustomizer;
import io.quarkiverse.langchain4j.ModelName;
import io.quarkus.arc.Unremovable;
import jakarta.inject.Singleton;

/**
 * langchain4j's models retry failed calls themselves (Gemini twice, with no extension setting; the
 * OpenAI extension's max-retries cannot be below one retry). LlmChatClient owns retrying, with
 * backoff and a circuit breaker, so the models' own retries are switched off here: one logical call
 * is at most three HTTP requests.
 */
public final class ModelRetriesOff {

    private ModelRetriesOff() {
    }

    @Singleton
    @Unremovable
    public static class Gemini implements ModelBuilderCustomizer<GoogleAiGeminiChatModel.GoogleAiGeminiChatModelBuilder> {
        @Override
        public void customize(GoogleAiGeminiChatModel.GoogleAiGeminiChatModelBuilder builder) {
            builder.maxRetries(0);
        }
    }

    /** Customizers of a named model carry its name. */
    @Singleton
    @Unremovable
    @ModelName(LlmChatClient.OPENAI_COMPATIBLE_MODEL)
    public static class OpenAiCompatible implements ModelBuilderCustomizer<OpenAiChatModel.OpenAiChatModelBuilder> {
        @Override
        public void customize(OpenAiChatModel.OpenAiChatModelBuilder builder) {
            builder.maxRetries(0);
        }
    }
}
