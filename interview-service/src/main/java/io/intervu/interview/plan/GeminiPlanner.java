package io.intervu.interview.plan;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.response.ChatResponse;
import io.intervu.interview.analysis.Analysis;
import io.intervu.interview.client.KnowledgeDtos;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Optional;

/**
 * The plan from Gemini (quarkus-langchain4j-ai-gemini), only when GOOGLE_API_KEY is set. The output
 * must pass {@link PlanValidator}; a failed or invalid attempt is retried once, then the caller
 * uses the offline planner. Each failure is added to the notes the interview keeps.
 */
@ApplicationScoped
public class GeminiPlanner {

    private static final Logger LOG = Logger.getLogger(GeminiPlanner.class);
    static final int ATTEMPTS = 2;

    /** A client proxy: the Gemini model is only built on first use, i.e. only when a key is set. */
    private final ChatModel model;
    private final ObjectMapper json;
    private final Optional<String> apiKey;
    private final String modelId;

    public GeminiPlanner(ChatModel model, ObjectMapper json,
                         @ConfigProperty(name = "GOOGLE_API_KEY") Optional<String> apiKey,
                         @ConfigProperty(name = "quarkus.langchain4j.ai.gemini.chat-model.model-id", defaultValue = "gemini-2.5-flash") String modelId) {
        this.model = model;
        this.json = json;
        this.apiKey = apiKey;
        this.modelId = modelId;
    }

    public boolean enabled() {
        return apiKey.filter(k -> !k.isBlank()).isPresent();
    }

    public String providerName() {
        return "gemini:" + modelId;
    }

    public Optional<List<PlannedQuestion>> plan(Analysis analysis, String resume, String jobDescription, int questionCount,
                                                List<KnowledgeDtos.BankQuestion> bank, List<KnowledgeDtos.SearchHit> context,
                                                List<String> notes) {
        String user = PlanPrompt.user(analysis, resume, jobDescription, questionCount, bank, context);
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                ChatResponse response = model.chat(SystemMessage.from(PlanPrompt.system()), UserMessage.from(user));
                String text = response == null || response.aiMessage() == null ? null : response.aiMessage().text();
                return Optional.of(PlanValidator.validate(text, questionCount, bank, json));
            } catch (RuntimeException e) {
                String reason = e.getClass().getSimpleName() + ": " + String.valueOf(e.getMessage()).lines().findFirst().orElse("");
                LOG.warnf("gemini plan attempt %d failed: %s", attempt, reason);
                notes.add("gemini attempt " + attempt + " failed (" + abbreviate(reason) + ")");
            }
        }
        notes.add("gemini unusable: offline planner used");
        return Optional.empty();
    }

    private static String abbreviate(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }
}
