package io.intervu.interview.client;

import dev.langchain4j.model.googleai.GoogleAiGeminiChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import io.quarkiverse.langchain4j.ModelBuilderCustomizer;
import io.quarkiverse.langchain4j.ModelName;
import io.quarkus.arc.Unremovable;
import jakarta.inject.Singleton;

/**
 * langchain4j's models retry every failed call themselves, timeouts included (Gemini with no
 * extension setting; the OpenAI extension's max-retries cannot be below one retry). Our callers own
 * retrying (the planner and the analysis refiner try twice, follow-ups once within a deadline), so
 * the models' own retries are off: a candidate never waits for hidden repeats of a timed-out call.
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
    @ModelName(LlmChat.OPENAI_COMPATIBLE_MODEL)
    public static class OpenAiCompatible implements ModelBuilderCustomizer<OpenAiChatModel.OpenAiChatModelBuilder> {
        @Override
        public void customize(OpenAiChatModel.OpenAiChatModelBuilder builder) {
            builder.maxRetries(0);
        }
    }
}
