package io.intervu.auth.rest;

import io.intervu.auth.Accounts;
import io.intervu.testsupport.TestJwt;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The client-credentials grant: the test profile configures client interview-service with a known secret. */
@QuarkusTest
class ServiceTokenTest {

    static final String CLIENT = "interview-service";
    static final String SECRET = "test-interview-service-secret-0123456789";
    static final String INVALID_CLIENT = "https://intervu.dev/problems/invalid-client";

    @TestHTTPResource("/.well-known/jwks.json")
    URL jwksUrl;

    static Response request(String clientId, String secret, String ip) {
        return Accounts.from(ip).body(Map.of("clientId", clientId, "clientSecret", secret)).post("/api/auth/service-token");
    }

    @Test
    void theRightSecretBuysAShortLivedServiceTokenThatVerifiersAccept() throws Exception {
        Response r = request(CLIENT, SECRET, Accounts.randomIp());
        r.then().statusCode(200)
                .body("tokenType", equalTo("Bearer"))
                .body("expiresIn", equalTo(600))
                .body("refreshToken", nullValue());

        JWTAuthContextInfo info = new JWTAuthContextInfo(jwksUrl.toString(), TestJwt.ISSUER);
        info.setExpectedAudience(Set.of(TestJwt.AUDIENCE));
        JsonWebToken jwt = new DefaultJWTParser(info).parse(r.path("accessToken"));
        assertEquals("service:interview-service", jwt.getSubject());
        assertEquals(Set.of("service"), jwt.getGroups(), "a service token is not a user's and not an admin's");
        assertEquals(TestJwt.ISSUER, jwt.getIssuer());
        assertTrue(jwt.getAudience().contains(TestJwt.AUDIENCE));
        assertEquals(600, jwt.getExpirationTime() - jwt.getIssuedAtTime());

        // it names no account: a person's endpoints here refuse it (valid token, not the user role)
        io.restassured.RestAssured.given().auth().oauth2((String) r.path("accessToken")).get("/api/auth/me")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void aWrongSecretAndAnUnknownClientGetTheSameProblem() {
        String ip = Accounts.randomIp();
        for (Response r : new Response[]{request(CLIENT, SECRET + "x", ip), request("no-such-service", SECRET, ip),
                request(CLIENT, SECRET.substring(0, 10), ip)}) {
            r.then().statusCode(401)
                    .contentType("application/problem+json")
                    .header("WWW-Authenticate", "Bearer")
                    .body("type", equalTo(INVALID_CLIENT))
                    .body("detail", equalTo("The client id or the client secret is not correct."));
        }
    }

    @Test
    void malformedRequestsAreValidationProblems() {
        String ip = Accounts.randomIp();
        request("Not A Client!", SECRET, ip).then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://intervu.dev/problems/validation"))
                .body("errors.clientId", org.hamcrest.Matchers.notNullValue());
        Accounts.from(ip).body(Map.of("clientId", CLIENT)).post("/api/auth/service-token")
                .then().statusCode(400).body("errors.clientSecret", org.hamcrest.Matchers.notNullValue());
        Accounts.from(ip).body("{\"clientId\":").post("/api/auth/service-token")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void guessingTheSecretIsThrottledLikeALoginButNeverLocksTheServiceOut() throws Exception {
        String attacker = Accounts.randomIp();
        int refused = 0;
        int throttled = 0;
        for (int i = 0; i < 20; i++) {
            Response r = request(CLIENT, "guess-" + i, attacker);
            if (r.statusCode() == 401) {
                refused++;
            } else {
                assertEquals(429, r.statusCode());
                r.then().body("type", equalTo("https://intervu.dev/problems/too-many-attempts"));
                throttled++;
            }
        }
        assertTrue(refused >= 5 && refused < 20, "the free attempts were checked, then the client key blocked: " + refused);
        assertTrue(throttled > 0);

        // during the delay even the right secret waits; afterwards it works again
        Response during = request(CLIENT, SECRET, Accounts.randomIp());
        if (during.statusCode() == 429) {
            Thread.sleep(Duration.ofSeconds(Long.parseLong(during.header("Retry-After"))).plusMillis(300).toMillis());
        }
        request(CLIENT, SECRET, Accounts.randomIp()).then().statusCode(200);
    }
}
