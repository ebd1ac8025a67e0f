package io.intervu.auth.service;

import io.intervu.auth.UserAccount;
import io.intervu.auth.config.AuthConfig;
import io.intervu.auth.config.JwtConfig;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.UUID;

/** Signs short-lived RS256 access tokens: sub = user id, upn = username, groups, iss, aud, jti. */
@ApplicationScoped
public class AccessTokenIssuer {

    private final SigningKeys keys;
    private final JwtConfig jwt;
    private final AuthConfig auth;

    public AccessTokenIssuer(SigningKeys keys, JwtConfig jwt, AuthConfig auth) {
        this.keys = keys;
        this.jwt = jwt;
        this.auth = auth;
    }

    public String issue(UserAccount user) {
        Instant now = Instant.now();
        return Jwt.issuer(jwt.issuer())
                .audience(jwt.audience())
                .subject(user.id.toString())
                .upn(user.username)
                .groups(user.groups())
                .claim("jti", UUID.randomUUID().toString())
                .issuedAt(now)
                .expiresAt(now.plus(auth.accessTokenTtl()))
                .jws()
                .algorithm(SignatureAlgorithm.RS256)
                .keyId(keys.keyId())
                .sign(keys.privateKey());
    }

    public long ttlSeconds() {
        return auth.accessTokenTtl().toSeconds();
    }
}
