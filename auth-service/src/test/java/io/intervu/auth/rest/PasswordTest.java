package io.intervu.auth.rest;

import io.intervu.auth.Accounts;
import io.intervu.auth.Accounts.Account;
import io.intervu.auth.Accounts.Tokens;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class PasswordTest {

    static final String NEW_PASSWORD = "a brand new passphrase";

    @Inject
    MockMailbox mailbox;

    @Inject
    EntityManager em;

    @Test
    void resetByMailSetsTheNewPasswordOnceAndEndsEverySession() {
        Account a = Accounts.confirmed(mailbox);
        Tokens session = Accounts.loginOk(a);

        given().contentType(ContentType.JSON).body(Map.of("email", a.email())).post("/api/auth/password-reset")
                .then().statusCode(202);
        Mail mail = Accounts.awaitMail(mailbox, a.email(), 2);
        assertEquals("Reset your Intervu password", mail.getSubject());
        assertTrue(mail.getHtml().contains("http://localhost:8080/reset-password?token="));
        String token = Accounts.resetToken(mail);

        confirmReset(token, "password123").then().statusCode(400)
                .body("type", equalTo("https://intervu.dev/problems/weak-password"));
        confirmReset(token, NEW_PASSWORD).then().statusCode(204);
        confirmReset(token, "yet another passphrase").then().statusCode(400)
                .body("type", equalTo("https://intervu.dev/problems/invalid-token"));

        given().contentType(ContentType.JSON).body(Map.of("refreshToken", session.refresh())).post("/api/auth/refresh")
                .then().statusCode(401);
        Accounts.login(a.username(), a.password(), Accounts.randomIp()).then().statusCode(401);
        Accounts.login(a.username(), NEW_PASSWORD, Accounts.randomIp()).then().statusCode(200);
    }

    @Test
    void aNewerResetLinkKillsTheOlderOneAndAnExpiredLinkIsRefused() {
        Account a = Accounts.confirmed(mailbox);
        requestReset(a);
        String older = Accounts.resetToken(Accounts.awaitMail(mailbox, a.email(), 2));
        requestReset(a);
        String newer = Accounts.resetToken(Accounts.awaitMail(mailbox, a.email(), 3));
        confirmReset(older, NEW_PASSWORD).then().statusCode(400);

        // the link lives 30 minutes: move its expiry into the past
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "update one_time_token set expires_at = now() - interval '1 minute' where token_hash = :h")
                .setParameter("h", io.intervu.auth.service.SecretTokens.hash(newer)).executeUpdate());
        confirmReset(newer, NEW_PASSWORD).then().statusCode(400)
                .body("type", equalTo("https://intervu.dev/problems/invalid-token"));
        Accounts.login(a.username(), a.password(), Accounts.randomIp()).then().statusCode(200);
    }

    @Test
    void resetTokenLivesThirtyMinutesAndIsStoredHashed() {
        Account a = Accounts.confirmed(mailbox);
        requestReset(a);
        String token = Accounts.resetToken(Accounts.awaitMail(mailbox, a.email(), 2));
        Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery(
                        "select extract(epoch from expires_at - created_at), token_hash from one_time_token where token_hash = :h")
                .setParameter("h", io.intervu.auth.service.SecretTokens.hash(token)).getSingleResult());
        assertEquals(1800.0, ((Number) row[0]).doubleValue(), 1.0);
        long raw = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from one_time_token where token_hash = :t").setParameter("t", token).getSingleResult()).longValue());
        assertEquals(0, raw, "the raw token is never stored");
    }

    @Test
    void changePasswordNeedsTheCurrentOneAndEndsSessions() {
        Account a = Accounts.confirmed(mailbox);
        Tokens t = Accounts.loginOk(a);
        change(t.access(), "wrong current pass", NEW_PASSWORD).then().statusCode(403)
                .body("type", equalTo("https://intervu.dev/problems/wrong-password"));
        change(t.access(), a.password(), "qwertyuiop").then().statusCode(400);
        change(t.access(), a.password(), NEW_PASSWORD).then().statusCode(204);
        change(null, a.password(), NEW_PASSWORD).then().statusCode(401);

        given().contentType(ContentType.JSON).body(Map.of("refreshToken", t.refresh())).post("/api/auth/refresh")
                .then().statusCode(401);
        Accounts.login(a.username(), a.password(), Accounts.randomIp()).then().statusCode(401);
        Accounts.login(a.username(), NEW_PASSWORD, Accounts.randomIp()).then().statusCode(200);
    }

    private static void requestReset(Account a) {
        given().contentType(ContentType.JSON).body(Map.of("email", a.email())).post("/api/auth/password-reset")
                .then().statusCode(202);
    }

    private static io.restassured.response.Response confirmReset(String token, String password) {
        return given().contentType(ContentType.JSON).body(Map.of("token", token, "newPassword", password))
                .post("/api/auth/password-reset/confirm");
    }

    private static io.restassured.response.Response change(String access, String current, String next) {
        var spec = given().contentType(ContentType.JSON).header("X-Forwarded-For", Accounts.randomIp());
        if (access != null) {
            spec = spec.auth().oauth2(access);
        }
        return spec.body(Map.of("currentPassword", current, "newPassword", next)).post("/api/auth/password");
    }
}
