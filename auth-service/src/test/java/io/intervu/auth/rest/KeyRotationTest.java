package io.intervu.auth.rest;

import io.intervu.auth.Accounts;
import io.intervu.testsupport.TestJwt;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.hamcrest.Matchers.equalTo;

/**
 * During a key rotation the JWKS publishes the signing key and the additional one, and tokens
 * signed by either verify; the signing key is the one tokens are issued with.
 */
@QuarkusTest
@TestProfile(KeyRotationTest.DuringRotation.class)
class KeyRotationTest {

    public static class DuringRotation implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("intervu.jwt.additional-public-keys-location", "classpath:test-jwt/next-public.pem");
        }
    }

    @Inject
    MockMailbox mailbox;

    @Test
    void bothKeysArePublishedAndTokensOfEitherVerifyButOnlyTheSigningKeyIssues() {
        List<String> kids = given().get("/.well-known/jwks.json").then().statusCode(200).extract().path("keys.kid");
        assertEquals(2, kids.size());
        assertNotEquals(kids.get(0), kids.get(1));

        Accounts.Tokens tokens = Accounts.loginOk(Accounts.confirmed(mailbox));
        assertEquals(kids.get(0), kid(tokens.access()), "tokens are signed with the signing key, listed first");
        String userId = given().auth().oauth2(tokens.access()).get("/api/auth/me").then().statusCode(200).extract().path("id");

        String byNextKey = TestJwt.signedWithKid(userId, "test-jwt/next-private.pem", kids.get(1));
        given().auth().oauth2(byNextKey).get("/api/auth/me").then().statusCode(200).body("id", equalTo(userId));

        // an unpublished key is refused, whatever kid it claims
        String byForeignKey = TestJwt.signedWithKid(userId, "test-jwt/foreign-private.pem", kids.get(1));
        given().auth().oauth2(byForeignKey).get("/api/auth/me").then().statusCode(401).contentType("application/problem+json");
    }

    private static String kid(String jwt) {
        String header = new String(Base64.getUrlDecoder().decode(jwt.substring(0, jwt.indexOf('.'))), StandardCharsets.UTF_8);
        return header.replaceAll(".*\"kid\"\\s*:\\s*\"([^\"]+)\".*", "$1");
    }
}
