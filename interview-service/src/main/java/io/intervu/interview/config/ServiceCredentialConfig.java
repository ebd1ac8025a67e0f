package io.intervu.interview.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/**
 * This service's own credential at auth-service (client-credentials grant). Work resumed after a
 * restart has no user token in memory and calls rag-service and transcription-service with a
 * service token instead. Without a secret nothing changes: such calls go out without a token.
 */
@ConfigMapping(prefix = "intervu.service-credential")
public interface ServiceCredentialConfig {

    @WithDefault("interview-service")
    String clientId();

    /** Shared with auth-service (INTERVIEW_SERVICE_CLIENT_SECRET on both sides). */
    Optional<String> clientSecret();

    /** Ask for a new token this long before the cached one expires. */
    @WithDefault("PT1M")
    Duration refreshBefore();

    /** After auth-service failed to give a token, wait this long before asking again. */
    @WithDefault("PT5S")
    Duration retryAfterFailure();
}
