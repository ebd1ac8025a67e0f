package io.intervu.evaluation.consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.intervu.evaluation.service.UserErasureService;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.time.temporal.ChronoUnit;

/**
 * Erases a deleted user's data. Transient failures are retried here; what still fails goes to
 * the dead-letter topic (see application.properties) with the error in its headers.
 */
@ApplicationScoped
public class UserDeletedConsumer {

    private static final Logger LOG = Logger.getLogger(UserDeletedConsumer.class);

    private final ObjectMapper json;
    private final UserErasureService erasure;

    public UserDeletedConsumer(ObjectMapper json, UserErasureService erasure) {
        this.json = json;
        this.erasure = erasure;
    }

    @Incoming("auth-user-deleted")
    @Blocking(ordered = true)
    @Retry(maxRetries = 3, delay = 200, jitter = 100, delayUnit = ChronoUnit.MILLIS, abortOn = MalformedEventException.class)
    public void onUserDeleted(String payload) {
        InboundEvent event = InboundEvent.parse(json, payload);
        String userId = event.text("userId") != null ? event.text("userId") : event.subject();
        if (userId == null || userId.isBlank()) {
            throw new MalformedEventException("auth.user-deleted without a user id: " + event.id());
        }
        boolean erased = erasure.erase(event.id(), userId);
        LOG.debugf("event %s %s", event.id(), erased ? "processed" : "was a duplicate");
    }
}
