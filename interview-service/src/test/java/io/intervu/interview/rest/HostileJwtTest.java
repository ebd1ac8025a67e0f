package io.intervu.interview.rest;

import io.intervu.testsupport.TestJwt;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;

/** Forged, expired or misaddressed tokens never reach the interview API. */
@QuarkusTest
class HostileJwtTest {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private final String userId = UUID.randomUUID().toString();

    private static void refused(String token) {
        given().header("Authorization", "Bearer " + token).get("/api/interviews").then().statusCode(401)
                .contentType("application/problem+json").header("WWW-Authenticate", "Bearer").body("type", endsWith("invalid-token"));
    }

    @Test
    void aValidTokenIsAccepted() {
        given().header("Authorization", "Bearer " + TestJwt.user(userId)).get("/api/interviews").then().statusCode(200);
    }

    @Test
    void aServiceTokenIsNotAPerson() {
        given().header("Authorization", "Bearer " + TestJwt.token("service:interview-service", Set.of("service")))
                .get("/api/interviews").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void noTokenOrGarbage() {
        given().get("/api/interviews").then().statusCode(401).contentType("application/problem+json");
        refused("not.a.jwt");
    }

    @Test
    void algNone() {
        String[] parts = TestJwt.user(userId).split("\\.");
        String header = B64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        refused(header + "." + parts[1] + ".");
    }

    @Test
    void hs256SignedWithThePublicKey() throws Exception {
        String[] parts = TestJwt.user(userId).split("\\.");
        String header = B64.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        byte[] publicKey;
        try (InputStream in = TestJwt.class.getClassLoader().getResourceAsStream("test-jwt/public.pem")) {
            publicKey = in.readAllBytes();
        }
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(publicKey, "HmacSHA256"));
        String signature = B64.encodeToString(mac.doFinal((header + "." + parts[1]).getBytes(StandardCharsets.US_ASCII)));
        refused(header + "." + parts[1] + "." + signature);
    }

    @Test
    void expired() {
        refused(TestJwt.claims(userId, Set.of("user")).issuedAt(Instant.now().minusSeconds(7200))
                .expiresAt(Instant.now().minusSeconds(3600)).sign(TestJwt.privateKey("test-jwt/private.pem")));
    }

    @Test
    void wrongIssuerOrAudience() {
        refused(TestJwt.claims(userId, Set.of("user")).issuer("https://evil.example/auth").sign(TestJwt.privateKey("test-jwt/private.pem")));
        refused(TestJwt.claims(userId, Set.of("user")).audience("someone-else").sign(TestJwt.privateKey("test-jwt/private.pem")));
    }

    @Test
    void signedByAForeignKey() {
        refused(TestJwt.signedByForeignKey(userId));
    }

    @Test
    void tamperedPayload() {
        String[] parts = TestJwt.user(userId).split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace(userId, UUID.randomUUID().toString());
        refused(parts[0] + "." + B64.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2]);
    }
}
