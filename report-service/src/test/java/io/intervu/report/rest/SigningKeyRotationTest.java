package io.intervu.report.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.intervu.testsupport.TestJwt;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A verifying service during auth-service's key rotation: its JWKS lists two keys, and a token is
 * checked with the one its kid names (test-support's rotation-jwks.json: the test key, then the next key).
 */
@QuarkusTest
@TestProfile(SigningKeyRotationTest.TwoPublishedKeys.class)
class SigningKeyRotationTest {

    public static class TwoPublishedKeys implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mp.jwt.verify.publickey.location", "test-jwt/rotation-jwks.json");
        }
    }

    private static String signed(String privateKey, String kid) {
        return TestJwt.signedWithKid(UUID.randomUUID().toString(), privateKey, kid);
    }

    private static int reports(String token) {
        return given().auth().oauth2(token).when().get("/api/reports").then().extract().statusCode();
    }

    @Test
    void aTokenIsVerifiedWithThePublishedKeyItsKidNames() throws Exception {
        JsonNode keys;
        try (InputStream in = TestJwt.class.getClassLoader().getResourceAsStream("test-jwt/rotation-jwks.json")) {
            keys = new ObjectMapper().readTree(in).path("keys");
        }
        String oldKid = keys.get(0).path("kid").asText();
        String nextKid = keys.get(1).path("kid").asText();

        assertEquals(200, reports(signed("test-jwt/private.pem", oldKid)));
        assertEquals(200, reports(signed("test-jwt/next-private.pem", nextKid)));
        // the right key under the other key's kid, and an unpublished key, are refused
        assertEquals(401, reports(signed("test-jwt/private.pem", nextKid)));
        assertEquals(401, reports(signed("test-jwt/foreign-private.pem", nextKid)));
    }
}
