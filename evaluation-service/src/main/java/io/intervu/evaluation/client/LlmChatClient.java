package io.intervu.evaluation.client;

import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.NonRetriableException;
import dev.langchain4j.exception.RetriableException;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

import java.io.IOException;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The one place Gemini is called: quarkus-langchain4j's {@link ChatModel} (a generateContent call
 * on the Gemini API) behind a timeout, retries with exponential backoff and a circuit breaker.
 * langchain4j's own retries are switched off ({@code GeminiModelCustomizer}), so a failing call is
 * tried three times here and not nine. Failures come out as {@link GeminiUnavailableException}
 * (worth a retry) or {@link GeminiRejectedException} (not); what the model said is the caller's job.
 */
@ApplicationScoped
public class GeminiChatClient {

    /** A client proxy: the Gemini model is built on the first call, and calls only happen with a key. */
    private final ChatModel model;
    private final Optional<String> apiKey;
    private final String modelId;

    public GeminiChatClient(ChatModel model,
                            @ConfigProperty(name = "GOOGLE_API_KEY") Optional<String> apiKey,
                            @ConfigProperty(name = "quarkus.langchain4j.ai.gemini.chat-model.model-id", defaultValue = "gemini-2.5-flash") String modelId) {
        this.model = model;
        this.apiKey = apiKey;
        this.modelId = modelId;
    }

    public boolean configured() {
        return apiKey.filter(k -> !k.isBlank()).isPresent();
    }

    public String model() {
        return modelId;
    }

    @Timeout(value = 60, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 300, jitter = 150, delayUnit = ChronoUnit.MILLIS, retryOn = GeminiUnavailableException.class)
    @ExponentialBackoff
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 30, delayUnit = ChronoUnit.SECONDS,
            skipOn = GeminiRejectedException.class)
    public ChatResponse chat(ChatRequest request) {
        if (!configured()) {
            throw new GeminiRejectedException("no GOOGLE_API_KEY configured");
        }
        try {
            return model.chat(request);
        } catch (RetriableException e) {
            throw new GeminiUnavailableException(answered(e), e);
        } catch (NonRetriableException e) {
            throw new GeminiRejectedException(answered(e));
        } catch (RuntimeException e) {
            if (httpStatus(e) > 0) {
                throw new GeminiRejectedException(answered(e));
            }
            if (transport(e)) {
                throw new GeminiUnavailableException((timedOut(e) ? "Gemini timed out: " : "Gemini unreachable: ") + root(e), e);
            }
            // a 200 whose body langchain4j could not map (e.g. a blocked prompt without candidates)
            throw new GeminiRejectedException("Gemini response unusable: " + root(e));
        }
    }

    private static String answered(RuntimeException e) {
        int status = httpStatus(e);
        return status > 0 ? "Gemini answered HTTP " + status : "Gemini failed: " + root(e);
    }

    private static int httpStatus(Throwable e) {
        return causes(e).filter(HttpException.class::isInstance).map(t -> ((HttpException) t).statusCode()).findFirst().orElse(-1);
    }

    /** Connection refused, reset, read timeout: the REST client wraps them, so the whole chain is looked at. */
    private static boolean transport(Throwable e) {
        return causes(e).anyMatch(t -> t instanceof IOException || t instanceof jakarta.ws.rs.ProcessingException
                || t instanceof java.util.concurrent.TimeoutException || isTimeout(t));
    }

    private static boolean timedOut(Throwable e) {
        return causes(e).anyMatch(GeminiChatClient::isTimeout);
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
