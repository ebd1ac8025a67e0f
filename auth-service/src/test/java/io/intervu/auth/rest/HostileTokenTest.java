package io.intervu.auth.rest;

import io.intervu.auth.Accounts;
import io.intervu.auth.HostileTokens;
import io.intervu.testsupport.TestJwt;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Forged, expired and misdirected tokens are refused: by this service's protected endpoint, and by
 * a separate verifier configured exactly like the other services (keys fetched from the JWKS URL).
 */
@QuarkusTest
class HostileTokenTest {

    @Inject
    MockMailbox mailbox;

    @TestHTTPResource("/.well-known/jwks.json")
    URL jwksUrl;

    @Test
    void protectedEndpointRefusesEveryHostileToken() {
        Accounts.Account a = Accounts.confirmed(mailbox);
        String genuine = Accounts.loginOk(a).access();
        String userId = given().auth().oauth2(genuine).get("/api/auth/me").then().statusCode(200).extract().path("id");
        // control: a well-formed token from the shared test key is accepted, so the refusals below mean something
        given().auth().oauth2(TestJwt.user(userId)).get("/api/auth/me").then().statusCode(200);

        String pem = given().get("/.well-known/public-key.pem").then().statusCode(200).extract().asString();
        Map<String, String> hostile = HostileTokens.all(genuine, userId, pem);
        assertTrue(hostile.size() >= 10);
        hostile.forEach((name, token) -> given().auth().oauth2(token).get("/api/auth/me")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("https://intervu.dev/problems/invalid-token")));
    }

    @Test
    void verifierFedFromTheJwksAcceptsGenuineAndRefusesHostileTokens() throws Exception {
        Accounts.Account a = Accounts.confirmed(mailbox);
        String genuine = Accounts.loginOk(a).access();
        JWTAuthContextInfo info = new JWTAuthContextInfo(jwksUrl.toString(), TestJwt.ISSUER);
        info.setExpectedAudience(Set.of(TestJwt.AUDIENCE));
        DefaultJWTParser verifier = new DefaultJWTParser(info);

        var jwt = verifier.parse(genuine);
        assertEquals(a.username(), jwt.getName());
        assertTrue(jwt.getGroups().contains("user"));

        String pem = given().get("/.well-known/public-key.pem").then().extract().asString();
        HostileTokens.all(genuine, jwt.getSubject(), pem).forEach((name, token) ->
                assertThrows(ParseException.class, () -> verifier.parse(token), name + " must be refused"));
    }
}
