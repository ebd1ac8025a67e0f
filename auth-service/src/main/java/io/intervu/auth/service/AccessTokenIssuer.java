package io.intervu.auth.service;

import io.intervu.auth.UserAccount;
import io.intervu.auth.config.AuthConfig;
import io.intervu.auth.config.JwtConfig;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * Signs short-lived RS256 access tokens: sub = user id, upn = username, groups, iss, aud, jti.
 * Service tokens (client-credentials grant) carry sub = service:&lt;client id&gt; and only the group "service".
 */
@ApplicationScoped
public class AccessTokenIssuer {

    public static final String SERVICE_GROUP = "service";

    private final SigningKeys keys;
    private final JwtConfig jwt;
    private final AuthConfig auth;

    public AccessTokenIssuer(SigningKeys keys, JwtConfig jwt, AuthConfig auth) {
        this.keys = keys;
        this.jwt = jwt;
        this.auth = auth;
    }

    public String issue(UserAccount user) {
        return sign(user.id.toString(), user.username, user.groups(), auth.accessTokenTtl());
    }

    public String issueForService(String subject, Duration ttl) {
        return sign(subject, subject, Set.of(SERVICE_GROUP), ttl);
    }

    private String sign(String subject, String upn, Set<String> groups, Duration ttl) {
        Instant now = Instant.now();
        return Jwt.issuer(jwt.issuer())
                .audience(jwt.audience())
                .subject(subject)
                .upn(upn)
                .groups(groups)
                .claim("jti", UUID.randomUUID().toString())
                .issuedAt(now)
                .expiresAt(now.plus(ttl))
                .jws()
                .algorithm(SignatureAlgorithm.RS256)
                .keyId(keys.keyId())
                .sign(keys.privateKey());
    }

    public long ttlSeconds() {
        return auth.accessTokenTtl().toSeconds();
    }
}
