package io.intervu.auth.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.intervu.auth.Accounts;
import io.intervu.auth.Accounts.Account;
import io.intervu.auth.Accounts.Tokens;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class LoginAndRefreshTest {

    @Inject
    MockMailbox mailbox;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void loginByUsernameOrEmailGivesAnRs256AccessTokenWithTheAgreedClaims() throws Exception {
        Account a = Accounts.confirmed(mailbox);
        Response byEmail = Accounts.login(a.email().toUpperCase(), a.password(), Accounts.randomIp());
        byEmail.then().statusCode(200)
                .body("tokenType", equalTo("Bearer"))
                .body("expiresIn", equalTo(900))
                .body("refreshExpiresIn", equalTo(14 * 24 * 3600));
        Response byName = Accounts.login(a.username(), a.password(), Accounts.randomIp());
        byName.then().statusCode(200);

        String access = byName.path("accessToken");
        JsonNode header = part(access, 0);
        JsonNode claims = part(access, 1);
        assertEquals("RS256", header.get("alg").asText());
        String kid = given().get("/.well-known/jwks.json").then().statusCode(200).extract().path("keys[0].kid");
        assertEquals(kid, header.get("kid").asText());

        String id = given().auth().oauth2(access).get("/api/auth/me").then().statusCode(200)
                .body("username", equalTo(a.username()))
                .body("email", equalTo(a.email()))
                .body("emailConfirmed", equalTo(true))
                .body("groups", equalTo(List.of("user")))
                .extract().path("id");
        assertEquals(id, claims.get("sub").asText());
        assertEquals(a.username(), claims.get("upn").asText());
        assertEquals("https://intervu.test/auth", claims.get("iss").asText());
        assertEquals("intervu", claims.get("aud").isArray() ? claims.get("aud").get(0).asText() : claims.get("aud").asText());
        assertEquals("user", claims.get("groups").get(0).asText());
        assertTrue(claims.hasNonNull("jti"));
        assertEquals(900, claims.get("exp").asLong() - claims.get("iat").asLong());
        assertNotEquals(claims.get("jti").asText(), part(byEmail.path("accessToken"), 1).get("jti").asText());
    }

    @Test
    void unknownUserAndWrongPasswordLookExactlyAlike() {
        Account a = Accounts.confirmed(mailbox);
        String wrong = Accounts.login(a.username(), "not the password", Accounts.randomIp())
                .then().statusCode(401).contentType("application/problem+json").extract().asString();
        String unknown = Accounts.login("nobody_" + a.username(), "not the password", Accounts.randomIp())
                .then().statusCode(401).extract().asString();
        assertEquals(wrong, unknown);
        assertTrue(wrong.contains("https://intervu.dev/problems/invalid-credentials"));
    }

    @Test
    void refreshRotatesAndReuseRevokesTheWholeFamily() {
        Account a = Accounts.confirmed(mailbox);
        Tokens first = Accounts.loginOk(a);
        Tokens otherLogin = Accounts.loginOk(a);

        Response rotated = refresh(first.refresh());
        rotated.then().statusCode(200);
        String second = rotated.path("refreshToken");
        assertNotEquals(first.refresh(), second);
        given().auth().oauth2((String) rotated.path("accessToken")).get("/api/auth/me").then().statusCode(200);

        String third = refresh(second).then().statusCode(200).extract().path("refreshToken");

        // presented again right away: the client racing itself (two tabs, a retry): 409, no tokens, the login lives on
        refresh(second).then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://intervu.dev/problems/refresh-in-progress"));

        // the thief (or a replay) presents the used first token later: the whole family dies
        Accounts.exchangedAMinuteAgo(first.refresh());
        refresh(first.refresh()).then().statusCode(401)
                .body("type", equalTo("https://intervu.dev/problems/refresh-token-reused"));
        refresh(third).then().statusCode(401)
                .body("type", equalTo("https://intervu.dev/problems/invalid-refresh-token"));
        // another login of the same user is another family and lives on
        refresh(otherLogin.refresh()).then().statusCode(200);
    }

    @Test
    void aFamilyOlderThanItsAbsoluteLifetimeIsRefusedThoughJustRotated() {
        Account a = Accounts.confirmed(mailbox);
        Tokens old = Accounts.loginOk(a);
        Tokens recent = Accounts.loginOk(a);
        String rotated = refresh(old.refresh()).then().statusCode(200).extract().path("refreshToken");

        // the login happened 31 days ago (default family lifetime 30 days); its newest token was issued just now
        Accounts.familyStartedDaysAgo(rotated, 31);
        refresh(rotated).then().statusCode(401).contentType("application/problem+json")
                .body("type", equalTo("https://intervu.dev/problems/invalid-refresh-token"));
        // a login 29 days ago still refreshes, and so does another, recent login of the same user
        Accounts.familyStartedDaysAgo(recent.refresh(), 29);
        String next = refresh(recent.refresh()).then().statusCode(200).extract().path("refreshToken");
        refresh(next).then().statusCode(200);
    }

    @Test
    void logoutRevokesTheFamily() {
        Account a = Accounts.confirmed(mailbox);
        Tokens t = Accounts.loginOk(a);
        String next = refresh(t.refresh()).then().statusCode(200).extract().path("refreshToken");
        given().contentType(ContentType.JSON).body(Map.of("refreshToken", next)).post("/api/auth/logout").then().statusCode(204);
        refresh(next).then().statusCode(401);
        // idempotent, and silent for unknown tokens
        given().contentType(ContentType.JSON).body(Map.of("refreshToken", next)).post("/api/auth/logout").then().statusCode(204);
        given().contentType(ContentType.JSON).body(Map.of("refreshToken", "A".repeat(43))).post("/api/auth/logout").then().statusCode(204);
    }

    @Test
    void concurrentRefreshWithOneTokenHasExactlyOneWinnerAndTheLoginSurvives() throws Exception {
        Account a = Accounts.confirmed(mailbox);
        Tokens t = Accounts.loginOk(a);
        int n = 8;
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Response>> results = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Callable<Response> call = () -> {
                    start.await();
                    return refresh(t.refresh());
                };
                results.add(pool.submit(call));
            }
            start.countDown();
            int ok = 0;
            int raced = 0;
            String winner = null;
            for (Future<Response> f : results) {
                Response r = f.get();
                if (r.statusCode() == 200) {
                    ok++;
                    winner = r.path("refreshToken");
                } else if (r.statusCode() == 409) {
                    raced++;
                }
            }
            assertEquals(1, ok, "exactly one refresh wins");
            assertEquals(n - 1, raced, "all others are told another request won, without tokens");
            // the losers did not end the login: the winner's token still works
            refresh(winner).then().statusCode(200);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void meNeedsAToken() {
        given().get("/api/auth/me").then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("type", equalTo("https://intervu.dev/problems/invalid-token"));
    }

    private static Response refresh(String token) {
        return given().contentType(ContentType.JSON).body(Map.of("refreshToken", token)).post("/api/auth/refresh");
    }

    private JsonNode part(String jwt, int index) throws Exception {
        return json.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[index]));
    }
}
