package io.intervu.transcription.recognizer;

import io.intervu.transcription.config.TranscriptionConfig;
import io.smallrye.faulttolerance.api.CircuitBreakerName;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;

import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * The configured cloud recognizer behind retry with exponential backoff and a circuit breaker.
 * Rejections are neither retried nor counted against the circuit. Limits are overridable with
 * MicroProfile Fault Tolerance properties (see application.properties).
 */
@ApplicationScoped
public class ResilientRecognizer {

    private final SpeechRecognizer selected;

    public ResilientRecognizer(TranscriptionConfig config, Instance<SpeechRecognizer> recognizers) {
        String wanted = config.stt().provider().strip().toLowerCase(Locale.ROOT);
        this.selected = recognizers.stream().filter(r -> r.name().equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalStateException("STT_PROVIDER must be client, google or openai, not '" + wanted + "'"));
    }

    public String provider() {
        return selected.name();
    }

    public boolean isClientOnly() {
        return ClientTranscriptRecognizer.NAME.equals(selected.name());
    }

    @Retry(maxRetries = 2, delay = 250, jitter = 50, delayUnit = ChronoUnit.MILLIS,
            retryOn = RecognizerUnavailableException.class, abortOn = RecognizerRejectedException.class)
    @ExponentialBackoff(factor = 2, maxDelay = 4000)
    @CircuitBreakerName("speech-recognizer")
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.6, delay = 30, delayUnit = ChronoUnit.SECONDS,
            failOn = RecognizerUnavailableException.class, skipOn = RecognizerRejectedException.class)
    public Recognition recognize(RecognitionInput input) {
        return selected.recognize(input);
    }
}
