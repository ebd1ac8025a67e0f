package io.intervu.auth;

import io.intervu.testsupport.TestJwt;
import io.smallrye.jwt.build.Jwt;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Access tokens that every verifier must refuse, built from a genuine token and the public key.
 * Self-contained (JDK + smallrye-jwt-build + test-support), so any service can copy it.
 */
public final class HostileTokens {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private HostileTokens() {
    }

    /**
     * @param genuine       a valid token for {@code userId}
     * @param publicKeyPem  the verifier's public key as PEM text (what /.well-known/public-key.pem serves)
     */
    public static Map<String, String> all(String genuine, String userId, String publicKeyPem) {
        Map<String, String> tokens = new LinkedHashMap<>();
        String payload = genuine.split("\\.")[1];
        tokens.put("alg none", b64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + payload + ".");
        tokens.put("alg none, signature kept", b64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + payload + "." + genuine.split("\\.")[2]);
        tokens.put("HS256 keyed with the public key PEM", hs256(payload, publicKeyPem.getBytes(StandardCharsets.US_ASCII)));
        tokens.put("HS256 keyed with the public key DER", hs256(payload, der(publicKeyPem)));
        tokens.put("expired", TestJwt.claims(userId, Set.of("user"))
                .issuedAt(Instant.now().minusSeconds(7200)).expiresAt(Instant.now().minusSeconds(3600))
                .sign(TestJwt.privateKey("test-jwt/private.pem")));
        tokens.put("wrong issuer", TestJwt.claims(userId, Set.of("user")).issuer("https://evil.example/auth")
                .sign(TestJwt.privateKey("test-jwt/private.pem")));
        tokens.put("wrong audience", TestJwt.claims(userId, Set.of("user")).audience("someone-else")
                .sign(TestJwt.privateKey("test-jwt/private.pem")));
        tokens.put("no audience", Jwt.issuer(TestJwt.ISSUER).subject(userId).upn("x").groups("user")
                .expiresIn(900).sign(TestJwt.privateKey("test-jwt/private.pem")));
        tokens.put("signed by a foreign key", TestJwt.signedByForeignKey(userId));
        tokens.put("tampered payload (groups admin)", tamper(genuine));
        tokens.put("garbage", "not.a.jwt");
        return tokens;
    }

    /** Same header and signature, payload changed to claim the admin group. */
    static String tamper(String genuine) {
        String[] parts = genuine.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String forged = payload.replace("\"groups\":[\"user\"]", "\"groups\":[\"user\",\"admin\"]");
        if (forged.equals(payload)) {
            forged = payload.replace("\"upn\":\"", "\"upn\":\"x");
        }
        return parts[0] + "." + b64(forged) + "." + parts[2];
    }

    private static String hs256(String payload, byte[] key) {
        try {
            String signingInput = b64("{\"alg\":\"HS256\",\"typ\":\"JWT\"}") + "." + payload;
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return signingInput + "." + B64.encodeToString(mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] der(String pem) {
        return Base64.getDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", ""));
    }

    private static String b64(String s) {
        return B64.encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }
}
