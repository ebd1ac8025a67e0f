package io.intervu.interview.client;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import io.intervu.interview.config.LlmConfig;
import io.quarkiverse.langchain4j.ModelName;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The one door to the language model (LLM_PROVIDER: Gemini or an OpenAI-compatible server, both
 * through quarkus-langchain4j) for analysis, plan and follow-ups: which provider and model, one
 * exchange, and the validated-attempts loop. The models are client proxies, built on first use, and
 * only the configured provider's is ever called.
 */
@ApplicationScoped
public class LlmChat {

    /** The quarkus-langchain4j name of the OpenAI-compatible model's configuration (quarkus.langchain4j.openai.openai-compatible.*). */
    public static final String OPENAI_COMPATIBLE_MODEL = "openai-compatible";

    private static final Logger LOG = Logger.getLogger(LlmChat.class);

    private final LlmProvider provider;
    private final ChatModel model;
    private final String modelId;
    private final double temperature;

    public LlmChat(LlmConfig config, ChatModel gemini, @ModelName(OPENAI_COMPATIBLE_MODEL) ChatModel openAiCompatible,
                   @ConfigProperty(name = "GOOGLE_API_KEY") Optional<String> googleApiKey,
                   @ConfigProperty(name = "quarkus.langchain4j.ai.gemini.chat-model.model-id", defaultValue = "gemini-2.5-flash") String geminiModel,
                   @ConfigProperty(name = "quarkus.langchain4j.openai.openai-compatible.chat-model.model-name") String openAiModel) {
        LlmProvider chosen = LlmProvider.resolve(config.provider(), googleApiKey);
        if (chosen == LlmProvider.GEMINI && googleApiKey.filter(k -> !k.isBlank()).isEmpty()) {
            LOG.warn("LLM_PROVIDER=gemini but GOOGLE_API_KEY is not set: the offline interviewer is used");
            chosen = LlmProvider.OFFLINE;
        }
        this.provider = chosen;
        this.model = chosen == LlmProvider.OPENAI_COMPATIBLE ? openAiCompatible : gemini;
        this.modelId = chosen == LlmProvider.OPENAI_COMPATIBLE ? openAiModel : geminiModel;
        this.temperature = config.temperature();
    }

    public boolean configured() {
        return provider != LlmProvider.OFFLINE;
    }

    /** gemini or openai-compatible: the source recorded for what the model made, and the prefix of its notes. */
    public String provider() {
        return provider.key;
    }

    /** provider:model, as recorded in the interview's providers. */
    public String providerName() {
        return provider.key + ":" + modelId;
    }

    /** The model's text reply, or null when it gave none (e.g. a blocked candidate). */
    public String ask(String system, String user) {
        ChatRequest request = ChatRequest.builder().messages(SystemMessage.from(system), UserMessage.from(user)).temperature(temperature).build();
        ChatResponse response = model.chat(request);
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
