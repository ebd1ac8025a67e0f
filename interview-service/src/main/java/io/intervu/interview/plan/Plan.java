package io.intervu.interview.plan;

import java.util.List;

/**
 * A prepared plan and how it was made: {@code source} is offline or the provider (gemini, openai-compatible), {@code llmProvider}
 * offline|&lt;provider&gt;:&lt;model&gt;, {@code notes} lists fallbacks taken on the way (for the record).
 */
public record Plan(List<PlannedQuestion> questions, String source, String llmProvider, List<String> notes) {
}
