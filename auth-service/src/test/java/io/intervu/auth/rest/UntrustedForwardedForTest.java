package io.intervu.auth.rest;

import io.intervu.auth.Accounts;
import io.intervu.auth.Accounts.Account;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * With the gateway somewhere else (TRUSTED_PROXIES names an address that is not the test client's
 * 127.0.0.1), a client that sends its own X-Forwarded-For is still throttled by its real address:
 * rotating the header moves neither the login nor the sign-up throttle key.
 */
@QuarkusTest
@TestProfile(UntrustedForwardedForTest.GatewayElsewhere.class)
class UntrustedForwardedForTest {

    public static class GatewayElsewhere implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // TEST-NET-1: no test request comes from there
            return Map.of("TRUSTED_PROXIES", "192.0.2.1");
        }
    }

    @Test
    void rotatingASpoofedForwardedForDoesNotEscapeTheLoginThrottle() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        int firstThrottled = -1;
        // the test profile allows 6 failures per address: the 7th blocks, the 8th waits
        for (int i = 0; i < 12; i++) {
            // a new account name each time, so only the address can block; a new claimed address each time
            Response r = Accounts.login("nobody_" + run + "_" + i, "some password", Accounts.randomIp());
            if (r.statusCode() == 429) {
                r.then().contentType("application/problem+json")
                        .body("type", equalTo("https://intervu.dev/problems/too-many-attempts"));
                firstThrottled = i;
                break;
            }
            assertEquals(401, r.statusCode());
        }
        assertTrue(firstThrottled >= 0 && firstThrottled <= 7,
                "the real address was throttled despite a new X-Forwarded-For per attempt: " + firstThrottled);
        Accounts.login("nobody_" + run + "_last", "some password", Accounts.randomIp()).then().statusCode(429);
    }

    @Test
    void rotatingASpoofedForwardedForDoesNotEscapeTheSignUpLimit() {
        int firstRefused = -1;
        // the test profile allows 3 sign-ups per address: the 4th goes through and blocks, the 5th waits
        for (int i = 0; i < 8; i++) {
            Account a = Accounts.fresh();
            Response r = Accounts.from(Accounts.randomIp())
                    .body(Map.of("username", a.username(), "email", a.email(), "password", a.password()))
                    .post("/api/auth/register");
            if (r.statusCode() == 429) {
                r.then().contentType("application/problem+json")
                        .body("type", equalTo("https://intervu.dev/problems/too-many-sign-ups"));
                firstRefused = i;
                break;
            }
            assertEquals(202, r.statusCode());
        }
        assertTrue(firstRefused >= 0 && firstRefused <= 4,
                "the real address hit the sign-up limit despite a new X-Forwarded-For per sign-up: " + firstRefused);
    }
}
