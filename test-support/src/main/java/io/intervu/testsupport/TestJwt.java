package io.intervu.testsupport;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;

/**
 * Access tokens for tests, signed with the test key pair in {@code test-jwt/}. Services under test
 * verify with {@code test-jwt/public.pem}; a second, foreign key signs tokens that must be refused.
 * A third pair ({@code next-*.pem}, and {@code rotation-jwks.json} publishing it beside the test key)
 * stands for the next signing key during a key rotation.
 */
public final class TestJwt {

    public static final String ISSUER = "https://intervu.test/auth";
    public static final String AUDIENCE = "intervu";

    private TestJwt() {
    }

    public static String user(String userId) {
        return token(userId, Set.of("user"));
    }

    public static String admin(String userId) {
        return token(userId, Set.of("user", "admin"));
    }

    public static String token(String userId, Set<String> groups) {
        return claims(userId, groups).sign(privateKey("test-jwt/private.pem"));
    }

    public static String signedByForeignKey(String userId) {
        return claims(userId, Set.of("user")).sign(privateKey("test-jwt/foreign-private.pem"));
    }

    /** A user's token signed RS256 by the key in {@code privateKeyResource}, its header naming {@code kid}. */
    public static String signedWithKid(String userId, String privateKeyResource, String kid) {
        return claims(userId, Set.of("user")).jws().algorithm(SignatureAlgorithm.RS256).keyId(kid)
                .sign(privateKey(privateKeyResource));
    }

    public static JwtClaimsBuilder claims(String userId, Set<String> groups) {
        return Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(userId)
                .upn("user-" + userId.substring(0, Math.min(8, userId.length())))
                .groups(groups)
                .claim("jti", UUID.randomUUID().toString())
                .expiresIn(Duration.ofMinutes(15));
    }

    public static PrivateKey privateKey(String resource) {
        try (InputStream in = TestJwt.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }
}
