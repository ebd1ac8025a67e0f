package io.intervu.auth.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Other services that may ask for a service token (client-credentials grant), by client id,
 * e.g. {@code intervu.service-auth.clients.interview-service.secret}. A client without a secret
 * does not exist.
 */
@ConfigMapping(prefix = "intervu.service-auth")
public interface ServiceClientsConfig {

    /** Lifetime of a service token; callers cache it and ask again shortly before it expires. */
    @WithDefault("PT10M")
    Duration tokenTtl();

    Map<String, Client> clients();

    interface Client {
        /** The shared secret (at least 32 characters in production). */
        Optional<String> secret();
    }
}
