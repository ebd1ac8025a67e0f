package io.intervu.auth.rest;

import io.intervu.testsupport.TestJwt;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class WellKnownTest {

    @Test
    void jwksPublishesOneRs256SigningKey() {
        given().get("/.well-known/jwks.json").then().statusCode(200)
                .contentType("application/jwk-set+json")
                .body("keys", hasSize(1))
                .body("keys[0].kty", equalTo("RSA"))
                .body("keys[0].alg", equalTo("RS256"))
                .body("keys[0].use", equalTo("sig"))
                .body("keys[0].e", equalTo("AQAB"))
                .body("keys[0].n", notNullValue())
                .body("keys[0].kid", notNullValue())
                .body("keys[0].d", equalTo(null));
    }

    @Test
    void pemIsTheTestProfilePublicKey() throws Exception {
        String served = given().get("/.well-known/public-key.pem").then().statusCode(200).extract().asString();
        try (InputStream in = TestJwt.class.getClassLoader().getResourceAsStream("test-jwt/public.pem")) {
            String expected = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
            assertEquals(strip(expected), strip(served));
        }
    }

    private static String strip(String pem) {
        return pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    }
}
