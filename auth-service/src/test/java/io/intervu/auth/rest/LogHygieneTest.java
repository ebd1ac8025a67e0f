package io.intervu.auth.rest;

import io.intervu.auth.Accounts;
import io.intervu.auth.Accounts.Account;
import io.intervu.auth.Accounts.Tokens;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every flow runs while all log records are captured; none may carry an address, password or token. */
@QuarkusTest
class LogHygieneTest {

    @Inject
    MockMailbox mailbox;

    @Test
    void noEmailPasswordOrTokenReachesTheLogs() {
        List<String> lines = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                String message = record.getMessage();
                if (record.getParameters() != null && message != null) {
                    try {
                        message = String.format(message, record.getParameters());
                    } catch (RuntimeException e) {
                        message = message + " " + java.util.Arrays.toString(record.getParameters());
                    }
                }
                lines.add(record.getLoggerName() + " " + message + (record.getThrown() == null ? "" : " " + record.getThrown()));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        Level previous = root.getLevel();
        root.addHandler(capture);
        List<String> secrets = new ArrayList<>();
        try {
            Account first = Accounts.fresh();
            secrets.add(first.email());
            secrets.add(first.password());
            Accounts.register(first).then().statusCode(202);
            // the second sign-up with the unconfirmed address replaces its credentials and mails a fresh link
            Account a = new Account("x" + first.username(), first.email(), "some other passphrase");
            secrets.add(a.password());
            Accounts.register(a).then().statusCode(202);
            secrets.add(Accounts.confirmToken(Accounts.awaitMail(mailbox, a.email(), 1)));
            String confirm = Accounts.confirmToken(Accounts.awaitMail(mailbox, a.email(), 2));
            secrets.add(confirm);
            given().get("/api/auth/confirm/" + confirm).then().statusCode(200);
            given().formParam("token", confirm).post("/api/auth/confirm").then().statusCode(200);
            given().formParam("token", confirm).post("/api/auth/confirm").then().statusCode(400);
            Accounts.login(a.email(), "a wrong password", Accounts.randomIp()).then().statusCode(401);
            Tokens t = Accounts.loginOk(a);
            secrets.add(t.refresh());
            secrets.add(t.access());
            String next = given().contentType(ContentType.JSON).body(Map.of("refreshToken", t.refresh()))
                    .post("/api/auth/refresh").then().statusCode(200).extract().path("refreshToken");
            secrets.add(next);
            Accounts.exchangedAMinuteAgo(t.refresh()); // a replay past the grace: the theft path, which logs
            given().contentType(ContentType.JSON).body(Map.of("refreshToken", t.refresh())).post("/api/auth/refresh").then().statusCode(401);
            given().contentType(ContentType.JSON).body(Map.of("email", a.email())).post("/api/auth/password-reset").then().statusCode(202);
            String reset = Accounts.resetToken(Accounts.awaitMail(mailbox, a.email(), 3));
            secrets.add(reset);
            given().contentType(ContentType.JSON).body(Map.of("token", reset, "newPassword", "the new passphrase"))
                    .post("/api/auth/password-reset/confirm").then().statusCode(204);
            secrets.add("the new passphrase");
        } finally {
            root.removeHandler(capture);
            root.setLevel(previous);
        }
        assertTrue(lines.stream().anyMatch(l -> l.contains("registered")), "the capture works: " + lines);
        for (String line : lines) {
            for (String secret : secrets) {
                assertFalse(line.contains(secret), "log line leaks a secret: " + line);
            }
        }
    }
}
