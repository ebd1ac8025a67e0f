package io.intervu.auth.config;

import io.intervu.auth.service.SigningKeys;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.util.Set;

/**
 * This service verifies its own access tokens (for /api/auth/me) with exactly the key it signs
 * with, whether configured or generated, and with the same issuer and audience rules as every
 * other service: RS256 only, iss and aud checked.
 */
public class TokenVerification {

    @Produces
    @Singleton
    @Alternative
    @Priority(1)
    JWTAuthContextInfo verificationContext(SigningKeys keys, JwtConfig jwt) {
        JWTAuthContextInfo info = new JWTAuthContextInfo(keys.publicKey(), jwt.issuer());
        info.setExpectedAudience(Set.of(jwt.audience()));
        info.setSignatureAlgorithm(Set.of(SignatureAlgorithm.RS256));
        return info;
    }
}
