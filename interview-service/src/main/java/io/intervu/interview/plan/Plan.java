package io.intervu.interview.plan;

import java.util.List;

/**
 * A prepared plan and how it was made: {@code source} is offline|gemini, {@code llmProvider}
 * offline|gemini:&lt;model&gt;, {@code notes} lists fallbacks taken on the way (for the record).
 */
public record Plan(List<PlannedQuestion> questions, String source, String llmProvider, List<String> notes) {
}
