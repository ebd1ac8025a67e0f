package io.intervu.interview.config;

import dev.langchain4j.model.googleai.GoogleAiGeminiChatModel;
import io.quarkiverse.langchain4j.ModelBuilderCustomizer;
import io.quarkus.arc.Unremovable;
import jakarta.inject.Singleton;

/**
 * langchain4j's Gemini model retries every failed call itself, timeouts included, and the extension
 * has no setting for it. Our callers own retrying (the planner and the analysis refiner try twice,
 * follow-ups once within a deadline), so the model's own retries are off: a candidate never waits
 * for hidden repeats of a timed-out call.
 */
@Singleton
@Unremovable
public class GeminiModelCustomizer implements ModelBuilderCustomizer<GoogleAiGeminiChatModel.GoogleAiGeminiChatModelBuilder> {

    @Override
    public void customize(GoogleAiGeminiChatModel.GoogleAiGeminiChatModelBuilder builder) {
        builder.maxRetries(0);
    }
}
