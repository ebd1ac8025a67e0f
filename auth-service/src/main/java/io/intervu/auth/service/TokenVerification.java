package io.intervu.auth.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.intervu.auth.config.JwtConfig;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.util.Set;

/**
 * This service verifies its own access tokens (for /api/auth/me) with exactly the keys it
 * publishes: the one it signs with, whether configured or generated, and during a key rotation
 * the additional ones, picked by the token's kid. The same issuer and audience rules as every
 * other service: RS256 only, iss and aud checked.
 */
public class TokenVerification {

    @Produces
    @Singleton
    @Alternative
    @Priority(1)
    JWTAuthContextInfo verificationContext(SigningKeys keys, JwtConfig jwt, ObjectMapper json) throws JsonProcessingException {
        JWTAuthContextInfo info;
        if (keys.additionalKeyCount() == 0) {
            info = new JWTAuthContextInfo(keys.publicKey(), jwt.issuer());
        } else {
            info = new JWTAuthContextInfo();
            info.setIssuedBy(jwt.issuer());
            info.setPublicKeyContent(json.writeValueAsString(keys.jwks()));
        }
        info.setExpectedAudience(Set.of(jwt.audience()));
        info.setSignatureAlgorithm(Set.of(SignatureAlgorithm.RS256));
        return info;
    }
}
