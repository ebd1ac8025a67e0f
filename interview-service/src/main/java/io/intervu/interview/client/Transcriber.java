package io.intervu.interview.client;

import io.vertx.core.buffer.Buffer;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.client.api.ClientMultipartForm;

import java.time.temporal.ChronoUnit;

/**
 * transcription-service behind a timeout, retries with backoff and a circuit breaker. Without a
 * user's bearer (work resumed after a restart) the call carries this service's own token and names
 * the user in X-On-Behalf-Of, so the transcription is theirs (and erased with them).
 */
@ApplicationScoped
public class Transcriber {

    private final TranscriptionClient client;
    private final ServiceToken serviceToken;

    public Transcriber(@RestClient TranscriptionClient client, ServiceToken serviceToken) {
        this.client = client;
        this.serviceToken = serviceToken;
    }

    @Timeout(value = 60, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 300, jitter = 150, abortOn = DownstreamRejectedException.class)
    @CircuitBreaker(requestVolumeThreshold = 6, failureRatio = 0.5, delay = 15, delayUnit = ChronoUnit.SECONDS,
            skipOn = DownstreamRejectedException.class)
    public TranscriptionResult transcribe(String bearer, String userId, byte[] audio, String fileName, String contentType,
                                          String clientTranscript, boolean analyseConfidence) {
        ClientMultipartForm form = ClientMultipartForm.create()
                .binaryFileUpload("audio", fileName == null ? "answer" : fileName, Buffer.buffer(audio),
                        contentType == null ? "application/octet-stream" : contentType)
                .attribute("languageCode", "en-US", null)
                .attribute("analyseConfidence", Boolean.toString(analyseConfidence), null);
        if (clientTranscript != null && !clientTranscript.isBlank()) {
            form.attribute("transcript", clientTranscript, null);
        }
        String authorization = bearer;
        String onBehalfOf = null;
        if (bearer == null) {
            authorization = serviceToken.authorization().orElse(null);
            onBehalfOf = authorization == null ? null : userId;
        }
        try {
            return client.transcribe(authorization, onBehalfOf, form);
        } catch (RuntimeException e) {
            throw KnowledgeBase.translate("transcription", e);
        }
    }
}
