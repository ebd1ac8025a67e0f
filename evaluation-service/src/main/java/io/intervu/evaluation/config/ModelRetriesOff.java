package io.intervu.evaluation.config;

import dev.langchain4j.model.googleai.GoogleAiGeminiChatModel;
import io.quarkiverse.langchain4j.ModelBuilderCustomizer;
import io.quarkus.arc.Unremovable;
import jakarta.inject.Singleton;

/**
 * langchain4j's Gemini model retries failed calls itself (twice by default, and the extension has
 * no setting for it). GeminiChatClient owns retrying, with backoff and a circuit breaker, so the
 * model's own retries are switched off here: one logical call is at most three HTTP requests.
 */
@Singleton
@Unremovable
public class GeminiModelCustomizer implements ModelBuilderCustomizer<GoogleAiGeminiChatModel.GoogleAiGeminiChatModelBuilder> {

    @Override
    public void customize(GoogleAiGeminiChatModel.GoogleAiGeminiChatModelBuilder builder) {
        builder.maxRetries(0);
    }
}
