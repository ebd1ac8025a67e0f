package io.intervu.interview.client;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.time.temporal.ChronoUnit;

/** One request to auth-service's client-credentials grant, behind a short timeout, one retry and a circuit breaker. */
@ApplicationScoped
public class ServiceTokenGrant {

    private final AuthClient auth;

    public ServiceTokenGrant(@RestClient AuthClient auth) {
        this.auth = auth;
    }

    /** A fresh access token and its lifetime in seconds; {@link DownstreamException} when auth-service gives none. */
    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 200, jitter = 100, abortOn = DownstreamRejectedException.class)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 30, delayUnit = ChronoUnit.SECONDS,
            skipOn = DownstreamRejectedException.class)
    public AuthClient.Granted request(String clientId, String clientSecret) {
        AuthClient.Granted granted;
        try {
            granted = auth.serviceToken(new AuthClient.ClientCredentials(clientId, clientSecret));
        } catch (RuntimeException e) {
            throw KnowledgeBase.translate("service token", e);
        }
        if (granted == null || granted.accessToken() == null || granted.accessToken().isBlank() || granted.expiresIn() <= 0) {
            throw new DownstreamException("service token: auth-service answered without a usable token", false, 200, null);
        }
        return granted;
    }
}
