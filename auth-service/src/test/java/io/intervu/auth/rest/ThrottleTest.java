package io.intervu.auth.rest;

import io.intervu.auth.Accounts;
import io.intervu.auth.Accounts.Account;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The test profile shrinks the window to 8 s (delays from 2 s up to 3 s, 5 free attempts per
 * account, 6 per address), so the owner's recovery is checked in seconds; production uses minutes.
 */
@QuarkusTest
class ThrottleTest {

    @Inject
    MockMailbox mailbox;

    @Test
    void fiftyWrongPasswordsAreThrottledYetTheOwnerLogsInAfterTheWindow() throws Exception {
        Account a = Accounts.confirmed(mailbox);
        String attackerIp = Accounts.randomIp();
        int refused = 0;
        int throttled = 0;
        long retryAfter = 0;
        for (int i = 0; i < 50; i++) {
            Response r = Accounts.login(a.username(), "wrong password " + i, attackerIp);
            if (r.statusCode() == 401) {
                refused++;
            } else {
                assertEquals(429, r.statusCode());
                r.then().contentType("application/problem+json")
                        .body("type", equalTo("https://intervu.dev/problems/too-many-attempts"));
                retryAfter = Long.parseLong(r.header("Retry-After"));
                assertTrue(retryAfter >= 1 && retryAfter <= 3, "Retry-After within the max delay: " + retryAfter);
                throttled++;
            }
        }
        assertTrue(refused >= 5, "the free attempts were checked: " + refused);
        assertTrue(throttled >= 30, "most of the burst was throttled, not checked: " + throttled);

        // during the delay even the right password waits (from the owner's own address too). The
        // burst's last delay may be about to end, so first wait for a fresh full one to begin.
        awaitFullAccountDelay(a);
        String ownerIp = Accounts.randomIp();
        Response during = Accounts.login(a.username(), a.password(), ownerIp);
        assertEquals(429, during.statusCode());
        long wait = Long.parseLong(during.header("Retry-After"));

        // no lockout: after the announced delay the owner gets in
        Thread.sleep(Duration.ofSeconds(wait).plusMillis(300).toMillis());
        Accounts.login(a.username(), a.password(), ownerIp).then().statusCode(200);
    }

    @Test
    void oneAddressTryingManyAccountsIsThrottledPerAddress() throws Exception {
        String ip = Accounts.randomIp();
        int firstThrottled = -1;
        for (int i = 0; i < 10; i++) {
            Response r = Accounts.login("nobody_" + i + "_" + ip.replace('.', '_'), "some password", ip);
            if (r.statusCode() == 429) {
                firstThrottled = i;
                break;
            }
            assertEquals(401, r.statusCode());
        }
        assertEquals(7, firstThrottled, "6 free failures per address, the 7th blocks, the 8th waits");

        // other addresses are unaffected
        Account a = Accounts.confirmed(mailbox);
        Accounts.login(a.username(), a.password(), Accounts.randomIp()).then().statusCode(200);
        // and this one recovers after the delay
        Thread.sleep(3_300);
        Accounts.login(a.username(), a.password(), ip).then().statusCode(200);
    }

    @Test
    void passwordResetClearsTheAccountThrottle() {
        Account a = Accounts.confirmed(mailbox);
        String ip = Accounts.randomIp();
        for (int i = 0; i < 8; i++) {
            Accounts.login(a.username(), "wrong password", ip);
        }
        Accounts.login(a.username(), a.password(), Accounts.randomIp()).then().statusCode(429);

        io.restassured.RestAssured.given().contentType(io.restassured.http.ContentType.JSON)
                .body(Map.of("email", a.email())).post("/api/auth/password-reset").then().statusCode(202);
        String token = Accounts.resetToken(Accounts.awaitMail(mailbox, a.email(), 2));
        io.restassured.RestAssured.given().contentType(io.restassured.http.ContentType.JSON)
                .body(Map.of("token", token, "newPassword", "recovered passphrase"))
                .post("/api/auth/password-reset/confirm").then().statusCode(204);
        Accounts.login(a.username(), "recovered passphrase", Accounts.randomIp()).then().statusCode(200);
    }

    @Test
    void resetMailsToOneAccountAreCappedPerWindow() {
        Account a = Accounts.confirmed(mailbox); // mail 1: the confirmation
        for (int i = 0; i < 6; i++) {
            io.restassured.RestAssured.given().contentType(io.restassured.http.ContentType.JSON)
                    .body(Map.of("email", a.email())).post("/api/auth/password-reset").then().statusCode(202);
        }
        // the test profile allows 3 account mails per window: the other requests are answered alike but send nothing
        Accounts.awaitMail(mailbox, a.email(), 4);
        org.awaitility.Awaitility.await().during(Duration.ofMillis(700)).atMost(Duration.ofSeconds(3))
                .until(() -> mailbox.getMailsSentTo(a.email()).size() == 4);
        // the last mailed link still works: capped requests did not invalidate it
        String token = Accounts.resetToken(mailbox.getMailsSentTo(a.email()).get(3));
        io.restassured.RestAssured.given().contentType(io.restassured.http.ContentType.JSON)
                .body(Map.of("token", token, "newPassword", "recovered passphrase two"))
                .post("/api/auth/password-reset/confirm").then().statusCode(204);
    }

    @Test
    void oneAddressCreatingManyAccountsWaitsAndOthersDoNot() throws Exception {
        String ip = Accounts.randomIp();
        // the test profile allows 3 sign-ups per address and window; the 4th goes through and blocks for 2 s
        for (int i = 0; i < 4; i++) {
            signUp(ip, Accounts.fresh()).then().statusCode(202);
        }
        Account refused = Accounts.fresh();
        Response tooMany = signUp(ip, refused);
        tooMany.then().statusCode(429).contentType("application/problem+json")
                .body("type", equalTo("https://intervu.dev/problems/too-many-sign-ups"));
        assertTrue(Integer.parseInt(tooMany.header("Retry-After")) >= 1);
        org.awaitility.Awaitility.await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2))
                .until(() -> mailbox.getMailsSentTo(refused.email()).isEmpty()); // refused before any mail
        Accounts.login(refused.username(), refused.password(), Accounts.randomIp()).then().statusCode(401);

        signUp(Accounts.randomIp(), Accounts.fresh()).then().statusCode(202); // another address is not affected
        Thread.sleep(Duration.ofSeconds(Long.parseLong(tooMany.header("Retry-After")) + 1).toMillis());
        signUp(ip, refused).then().statusCode(202);
        Accounts.awaitMail(mailbox, refused.email(), 1);
    }

    /**
     * Sends wrong passwords, each from a new address so only the account's delay answers, until one
     * is refused with the full 3 s Retry-After: more than 2 s of that delay are then left.
     */
    private static void awaitFullAccountDelay(Account a) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            Response r = Accounts.login(a.username(), "still wrong", Accounts.randomIp());
            if (r.statusCode() == 429 && "3".equals(r.header("Retry-After"))) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the account never entered a full 3 s delay");
    }

    private static Response signUp(String ip, Account a) {
        return Accounts.from(ip).body(Map.of("username", a.username(), "email", a.email(), "password", a.password()))
                .post("/api/auth/register");
    }
}
