package io.intervu.interview.client;

import io.intervu.interview.config.ServiceCredentialConfig;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * This service's own bearer token, for peer calls made without a user (work the sweeper resumes
 * after a restart: user tokens live only in memory). Cached and renewed shortly before it
 * expires. Empty when no credential is configured or auth-service gives none; the caller then
 * degrades exactly as without this class.
 */
@ApplicationScoped
public class ServiceToken {

    private static final Logger LOG = Logger.getLogger(ServiceToken.class);

    private final ServiceTokenGrant grant;
    private final ServiceCredentialConfig config;

    private record Cached(String authorization, Instant renewAt, Instant expiresAt) {
    }

    private volatile Cached cached;
    private volatile Instant quietUntil = Instant.MIN;

    public ServiceToken(ServiceTokenGrant grant, ServiceCredentialConfig config) {
        this.grant = grant;
        this.config = config;
    }

    public boolean configured() {
        return config.clientSecret().filter(s -> !s.isBlank()).isPresent();
    }

    /** The Authorization header value ("Bearer ..."), or empty. */
    public Optional<String> authorization() {
        if (!configured()) {
            return Optional.empty();
        }
        Cached current = cached;
        if (current != null && Instant.now().isBefore(current.renewAt())) {
            return Optional.of(current.authorization());
        }
        synchronized (this) {
            current = cached;
            Instant now = Instant.now();
            if (current != null && now.isBefore(current.renewAt())) {
                return Optional.of(current.authorization());
            }
            if (now.isBefore(quietUntil)) {
                return stillValid(current, now);
            }
            try {
                AuthClient.Granted granted = grant.request(config.clientId(), config.clientSecret().get());
                Duration life = Duration.ofSeconds(granted.expiresIn());
                Duration early = config.refreshBefore().compareTo(life.dividedBy(2)) < 0 ? config.refreshBefore() : life.dividedBy(2);
                Instant received = Instant.now();
                cached = new Cached("Bearer " + granted.accessToken(), received.plus(life).minus(early), received.plus(life));
                return Optional.of(cached.authorization());
            } catch (DownstreamException | FaultToleranceException e) {
                quietUntil = Instant.now().plus(config.retryAfterFailure());
                LOG.warnf("no service token from auth-service (%s); peers are called without one", e.getMessage());
                return stillValid(current, Instant.now());
            }
        }
    }

    private static Optional<String> stillValid(Cached current, Instant now) {
        return current != null && now.isBefore(current.expiresAt()) ? Optional.of(current.authorization()) : Optional.empty();
    }
}
