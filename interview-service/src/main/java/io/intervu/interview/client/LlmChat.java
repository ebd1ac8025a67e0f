package io.intervu.interview.client;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.response.ChatResponse;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The one door to Gemini (quarkus-langchain4j-ai-gemini) for analysis, plan and follow-ups: whether
 * it is configured, one exchange, and the validated-attempts loop. The model is a client proxy, built
 * on first use, i.e. only when GOOGLE_API_KEY is set.
 */
@ApplicationScoped
public class GeminiChat {

    private static final Logger LOG = Logger.getLogger(GeminiChat.class);

    private final ChatModel model;
    private final Optional<String> apiKey;
    private final String modelId;

    public GeminiChat(ChatModel model, @ConfigProperty(name = "GOOGLE_API_KEY") Optional<String> apiKey,
                      @ConfigProperty(name = "quarkus.langchain4j.ai.gemini.chat-model.model-id", defaultValue = "gemini-2.5-flash") String modelId) {
        this.model = model;
        this.apiKey = apiKey;
        this.modelId = modelId;
    }

    public boolean configured() {
        return apiKey.filter(k -> !k.isBlank()).isPresent();
    }

    public String providerName() {
        return "gemini:" + modelId;
    }

    /** The model's text reply, or null when it gave none (e.g. a blocked candidate). */
    public String ask(String system, String user) {
        ChatResponse response = model.chat(SystemMessage.from(system), UserMessage.from(user));
        return response == null || response.aiMessage() == null ? null : response.aiMessage().text();
    }

    /**
     * Asks up to {@code attempts} times until {@code validate} accepts the reply. Each failed attempt
     * (call or validation) becomes a line "{@code <label> attempt N failed (reason)}" in {@code notes}.
     */
    public <T> Optional<T> firstValid(String label, String system, String user, int attempts, Function<String, T> validate,
                                      List<String> notes) {
        for (int attempt = 1; attempt <= attempts; attempt++) {
            try {
                return Optional.of(validate.apply(ask(system, user)));
            } catch (RuntimeException e) {
                String reason = reason(e);
                LOG.warnf("%s attempt %d failed: %s", label, attempt, reason);
                notes.add(label + " attempt " + attempt + " failed (" + reason + ")");
            }
        }
        return Optional.empty();
    }

    /** A failed call or reply in one short line, for logs and the interview's notes. */
    public static String reason(RuntimeException e) {
        String reason = e.getClass().getSimpleName() + ": " + String.valueOf(e.getMessage()).lines().findFirst().orElse("");
        return reason.length() > 200 ? reason.substring(0, 200) + "…" : reason;
    }
}
