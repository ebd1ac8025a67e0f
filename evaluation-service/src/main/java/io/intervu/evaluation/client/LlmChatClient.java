package io.intervu.evaluation.client;

import dev.langchain4j.exception.ContentFilteredException;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.NonRetriableException;
import dev.langchain4j.exception.RetriableException;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;
import io.intervu.evaluation.config.LlmConfig;
import io.quarkiverse.langchain4j.ModelName;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;

/**
 * The one place a language model is called: the configured provider's quarkus-langchain4j
 * {@link ChatModel} (Gemini's generateContent or an OpenAI-compatible chat completion) behind a
 * timeout, retries with exponential backoff and a circuit breaker. The models' own retries are off
 * ({@code ModelRetriesOff}), so a failing call is tried three
 * times here and not more. Failures come out as {@link LlmUnavailableException} (worth a retry) or
 * {@link LlmRejectedException} (not); what the model said is the caller's job.
 */
@ApplicationScoped
public class LlmChatClient {

    /** The quarkus-langchain4j name of the OpenAI-compatible model's configuration (quarkus.langchain4j.openai.openai-compatible.*). */
    public static final String OPENAI_COMPATIBLE_MODEL = "openai-compatible";

    private static final Logger LOG = Logger.getLogger(LlmChatClient.class);

    private final LlmProvider provider;
    /** A client proxy: the model is built on its first call, and only the configured provider's is ever called. */
    private final ChatModel model;
    private final String modelId;
    private final LongAdder inputTokens = new LongAdder();
    private final LongAdder outputTokens = new LongAdder();

    public LlmChatClient(LlmConfig config, ChatModel gemini, @ModelName(OPENAI_COMPATIBLE_MODEL) ChatModel openAiCompatible,
                         @ConfigProperty(name = "GOOGLE_API_KEY") Optional<String> googleApiKey,
                         @ConfigProperty(name = "quarkus.langchain4j.ai.gemini.chat-model.model-id", defaultValue = "gemini-2.5-flash") String geminiModel,
                         @ConfigProperty(name = "quarkus.langchain4j.openai.openai-compatible.chat-model.model-name") String openAiModel) {
        LlmProvider chosen = LlmProvider.resolve(config.provider(), googleApiKey);
        if (chosen == LlmProvider.GEMINI && googleApiKey.filter(k -> !k.isBlank()).isEmpty()) {
            LOG.warn("LLM_PROVIDER=gemini but GOOGLE_API_KEY is not set: answers are scored offline");
            chosen = LlmProvider.OFFLINE;
        }
        this.provider = chosen;
        this.model = chosen == LlmProvider.OPENAI_COMPATIBLE ? openAiCompatible : gemini;
        this.modelId = switch (chosen) {
            case GEMINI -> geminiModel;
            case OPENAI_COMPATIBLE -> openAiModel;
            case OFFLINE -> null;
        };
    }

    public boolean configured() {
        return provider != LlmProvider.OFFLINE;
    }

    public LlmProvider provider() {
        return provider;
    }

    public String model() {
        return modelId;
    }

    /** Tokens the provider reported since start-up, for the calibration command's cost column. */
    public TokenUsage tokensUsed() {
        return new TokenUsage(inputTokens.intValue(), outputTokens.intValue());
    }

    @Timeout(value = 60, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 300, jitter = 150, delayUnit = ChronoUnit.MILLIS, retryOn = LlmUnavailableException.class)
    @ExponentialBackoff
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 30, delayUnit = ChronoUnit.SECONDS,
            skipOn = LlmRejectedException.class)
    public ChatResponse chat(ChatRequest request) {
        if (!configured()) {
            throw new LlmRejectedException("no language model configured");
        }
        ChatResponse response;
        try {
            response = model.chat(request);
        } catch (RetriableException e) {
            throw new LlmUnavailableException(answered(e), e);
        } catch (NonRetriableException e) {
            throw new LlmRejectedException(answered(e));
        } catch (RuntimeException e) {
            int status = httpStatus(e);
            if (status == 429 || status >= 500) {
                throw new LlmUnavailableException(answered(e), e);
            }
            if (status > 0) {
                throw new LlmRejectedException(answered(e));
            }
            if (transport(e)) {
                throw new LlmUnavailableException(label() + (timedOut(e) ? " timed out: " : " unreachable: ") + root(e), e);
            }
            // a 200 whose body langchain4j could not map (e.g. a blocked prompt without candidates)
            throw new LlmRejectedException(label() + " response unusable: " + root(e));
        }
        TokenUsage usage = response == null ? null : response.tokenUsage();
        if (usage != null) {
            inputTokens.add(usage.inputTokenCount() == null ? 0 : usage.inputTokenCount());
            outputTokens.add(usage.outputTokenCount() == null ? 0 : usage.outputTokenCount());
        }
        return response;
    }

    private String label() {
        String label = provider.label;
        return Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }

    private String answered(RuntimeException e) {
        if (causes(e).anyMatch(ContentFilteredException.class::isInstance)) {
            // an OpenAI refusal (message.refusal) or a content filter: asking again would be refused again
            return label() + " refused: " + root(e);
        }
        int status = httpStatus(e);
        return status > 0 ? label() + " answered HTTP " + status : label() + " failed: " + root(e);
    }

    /** langchain4j's HttpException (Gemini) or the REST client's WebApplicationException (the OpenAI extension). */
    private static int httpStatus(Throwable e) {
        return causes(e).map(t -> t instanceof HttpException h ? h.statusCode()
                        : t instanceof jakarta.ws.rs.WebApplicationException w && w.getResponse() != null ? w.getResponse().getStatus() : -1)
                .filter(s -> s > 0).findFirst().orElse(-1);
    }

    /** Connection refused, reset, read timeout: the REST client wraps them, so the whole chain is looked at. */
    private static boolean transport(Throwable e) {
        return causes(e).anyMatch(t -> t instanceof IOException || t instanceof jakarta.ws.rs.ProcessingException
                || t instanceof java.util.concurrent.TimeoutException || isTimeout(t));
    }

    private static boolean timedOut(Throwable e) {
        return causes(e).anyMatch(LlmChatClient::isTimeout);
    }

    private static boolean isTimeout(Throwable t) {
        return t.getClass().getSimpleName().contains("Timeout");
    }

    /** The exception and its causes, outermost first. */
    private static Stream<Throwable> causes(Throwable e) {
        return Stream.iterate(e, Objects::nonNull, t -> t.getCause() == t ? null : t.getCause());
    }

    private static String root(Throwable e) {
        Throwable t = causes(e).reduce((outer, inner) -> inner).orElse(e);
        String message = t.getMessage() == null ? "" : ": " + t.getMessage().lines().findFirst().orElse("");
        return t.getClass().getSimpleName() + (message.length() > 200 ? message.substring(0, 200) + "…" : message);
    }
}
