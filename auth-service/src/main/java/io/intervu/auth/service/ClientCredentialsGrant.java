package io.intervu.auth.service;

import io.intervu.auth.RequestRefusedException;
import io.intervu.auth.RequestRefusedException.Reason;
import io.intervu.auth.config.ServiceClientsConfig;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * OAuth2-style client-credentials grant for our own services: a configured client id and its
 * secret buy a short-lived access token with {@code sub = service:<client id>} and the single
 * group {@code service}. Failures are throttled like logins, per client id and per address.
 */
@ApplicationScoped
public class ClientCredentialsGrant {

    public static final String SUBJECT_PREFIX = "service:";

    private final ServiceClients clients;
    private final LoginThrottle throttle;
    private final AccessTokenIssuer issuer;
    private final ServiceClientsConfig config;

    public ClientCredentialsGrant(ServiceClients clients, LoginThrottle throttle, AccessTokenIssuer issuer, ServiceClientsConfig config) {
        this.clients = clients;
        this.throttle = throttle;
        this.issuer = issuer;
        this.config = config;
    }

    public ServiceToken grant(String clientId, String secret, String clientAddress) {
        // an unknown id is keyed by its hash, so the throttle table holds no typed identifiers
        String clientKey = clients.exists(clientId) ? "client:" + clientId : LoginThrottle.unknownAccountKey("client:" + clientId);
        String addressKey = LoginThrottle.addressKey(clientAddress);
        throttle.checkNotBlocked(clientKey, addressKey);
        if (!clients.verify(clientId, secret)) {
            throttle.recordFailure(clientKey, addressKey);
            throw new RequestRefusedException(Reason.UNAUTHENTICATED, "invalid-client", "Invalid client credentials",
                    "The client id or the client secret is not correct.");
        }
        throttle.clear(clientKey);
        return new ServiceToken(issuer.issueForService(SUBJECT_PREFIX + clientId, config.tokenTtl()), "Bearer",
                config.tokenTtl().toSeconds());
    }
}
