package io.intervu.auth.rest;

import io.intervu.auth.Accounts;
import io.intervu.auth.Accounts.Account;
import io.quarkus.mailer.Mail;
import io.intervu.auth.repository.UserRepository;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class RegistrationTest {

    @Inject
    MockMailbox mailbox;

    @Inject
    UserRepository users;

    @BeforeEach
    void clearMails() {
        mailbox.clear();
    }

    @Test
    void registerMailsAConfirmationLinkThatWorksOnceAndUnlocksLogin() {
        Account a = Accounts.fresh();
        Accounts.register(a).then().statusCode(202)
                .body("status", equalTo("accepted"));

        Mail mail = Accounts.awaitMail(mailbox, a.email(), 1);
        assertEquals("Confirm your Intervu account", mail.getSubject());
        assertTrue(mail.getHtml().contains("http://localhost:8080/confirm-email?token="), "HTML part has the link");
        assertTrue(mail.getText().contains("http://localhost:8080/confirm-email?token="), "text part has the link");
        String token = Accounts.confirmToken(mail);

        // not confirmed yet: the right password gets a 403, never tokens
        Accounts.login(a.username(), a.password(), Accounts.randomIp()).then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("https://intervu.dev/problems/email-not-confirmed"));

        given().contentType(ContentType.JSON).body(Map.of("token", token)).post("/api/auth/confirm")
                .then().statusCode(200).body("status", equalTo("confirmed"));
        given().contentType(ContentType.JSON).body(Map.of("token", token)).post("/api/auth/confirm").then().statusCode(400)
                .body("type", equalTo("https://intervu.dev/problems/invalid-token"));

        Accounts.login(a.username(), a.password(), Accounts.randomIp()).then().statusCode(200);
    }

    @Test
    void openingTheLinkConfirmsNothingOnlyTheButtonsPostDoes() {
        Account a = Accounts.fresh();
        Accounts.register(a).then().statusCode(202);
        String token = Accounts.confirmToken(Accounts.awaitMail(mailbox, a.email(), 1));

        // what a mail scanner or link preview does: fetch the link, maybe twice
        given().get("/api/auth/confirm/" + token).then().statusCode(200);
        Accounts.login(a.username(), a.password(), Accounts.randomIp()).then().statusCode(403)
                .body("type", equalTo("https://intervu.dev/problems/email-not-confirmed"));
        for (int i = 0; i < 2; i++) {
            String page = given().get("/api/auth/confirm/" + token).then().statusCode(200)
                    .contentType(containsString("text/html"))
                    .header("Cache-Control", "no-store")
                    .header("Referrer-Policy", "no-referrer")
                    .header("Content-Security-Policy", containsString("form-action 'self'"))
                    .extract().asString();
            assertTrue(page.contains("<form method=\"post\" action=\"/api/auth/confirm\">"), page);
            assertTrue(page.contains("name=\"token\" value=\"" + token + "\""), "the button posts the token in the body: " + page);
        }
        Accounts.login(a.username(), a.password(), Accounts.randomIp()).then().statusCode(403)
                .body("type", equalTo("https://intervu.dev/problems/email-not-confirmed"));

        // the button: a form POST with the token in the body confirms, and answers a page
        given().formParam("token", token).post("/api/auth/confirm").then().statusCode(200)
                .contentType(containsString("text/html")).body(containsString("Email confirmed"));
        Accounts.login(a.username(), a.password(), Accounts.randomIp()).then().statusCode(200);
        given().formParam("token", token).post("/api/auth/confirm").then().statusCode(400)
                .contentType(containsString("text/html")).body(containsString("This link did not work"));
        given().formParam("token", "' OR '1'='1").post("/api/auth/confirm").then().statusCode(400);
    }

    @Test
    void confirmAlsoWorksAsJsonPost() {
        Account a = Accounts.fresh();
        Accounts.register(a).then().statusCode(202);
        String token = Accounts.confirmToken(Accounts.awaitMail(mailbox, a.email(), 1));
        given().contentType(ContentType.JSON).body(Map.of("token", token)).post("/api/auth/confirm").then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("token", token)).post("/api/auth/confirm").then().statusCode(400);
    }

    @Test
    void resendInvalidatesTheOlderLink() {
        Account a = Accounts.fresh();
        Accounts.register(a).then().statusCode(202);
        String first = Accounts.confirmToken(Accounts.awaitMail(mailbox, a.email(), 1));

        given().contentType(ContentType.JSON).body(Map.of("email", a.email().toUpperCase()))
                .post("/api/auth/resend-confirmation").then().statusCode(202);
        String second = Accounts.confirmToken(Accounts.awaitMail(mailbox, a.email(), 2));
        assertNotEquals(first, second);

        Accounts.confirm(first).then().statusCode(400);
        Accounts.confirm(second).then().statusCode(200);
    }

    @Test
    void registeredEmailGetsTheSameAnswerAndNoSecondAccount() {
        Account a = Accounts.confirmed(mailbox);
        mailbox.clear();
        Account sameEmail = new Account("other_" + a.username(), a.email().toUpperCase(), "another good passphrase");
        String fresh = Accounts.register(Accounts.fresh()).then().statusCode(202).extract().asString();
        String duplicate = Accounts.register(sameEmail).then().statusCode(202).extract().asString();
        assertEquals(fresh, duplicate, "the answer does not reveal a registered email");

        Accounts.login(sameEmail.username(), sameEmail.password(), Accounts.randomIp()).then().statusCode(401);

        // only the owner's mailbox learns of it: who they are and where to sign in, no link that acts
        Mail notice = Accounts.awaitMail(mailbox, a.email(), 1);
        assertEquals("You already have an Intervu account", notice.getSubject());
        assertTrue(notice.getText().contains(a.username()), "names the existing account");
        assertTrue(notice.getText().contains("http://localhost:8080/#/login"));
        assertTrue(notice.getText().contains("http://localhost:8080/#/forgot"));
        assertTrue(notice.getHtml().contains("http://localhost:8080/#/login"));
        assertTrue(!notice.getText().contains("token="), "no token in the notice");
        org.awaitility.Awaitility.await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2))
                .until(() -> mailbox.getMailsSentTo(a.email()).size() == 1);
    }

    @Test
    void signingUpAgainBeforeConfirmingReplacesThePendingCredentialsAndVoidsOlderLinks() {
        // whoever signs up first with someone else's address (pre-hijacking) ...
        Account first = Accounts.fresh();
        Accounts.register(first).then().statusCode(202);
        String firstLink = Accounts.confirmToken(Accounts.awaitMail(mailbox, first.email(), 1));

        // ... is overridden by the latest sign-up, which is what the owner's mail then confirms
        Account latest = new Account("latest_" + first.username(), first.email(), "another good passphrase");
        Accounts.register(latest).then().statusCode(202);
        Mail second = Accounts.awaitMail(mailbox, first.email(), 2);
        assertEquals("Confirm your Intervu account", second.getSubject());
        assertTrue(second.getText().contains(latest.username()), "addressed to the latest sign-up's username");

        Accounts.confirm(firstLink).then().statusCode(400)
                .body("type", equalTo("https://intervu.dev/problems/invalid-token"));
        Accounts.confirm(Accounts.confirmToken(second)).then().statusCode(200);

        Accounts.login(first.email(), first.password(), Accounts.randomIp()).then().statusCode(401);
        Accounts.login(first.username(), first.password(), Accounts.randomIp()).then().statusCode(401);
        Accounts.login(latest.email(), latest.password(), Accounts.randomIp()).then().statusCode(200);
        Accounts.loginOk(latest);
    }

    @Test
    void anAdminAddressIsAdminOnlyOnceConfirmed() {
        // listed in %test.intervu.auth.admin-emails
        Account admin = new Account("site_admin", "Admin.Owner@example.org", Accounts.PASSWORD);
        Accounts.register(admin).then().statusCode(202);
        String token = Accounts.confirmToken(Accounts.awaitMail(mailbox, admin.email(), 1));

        assertFalse(QuarkusTransaction.requiringNew().call(() -> users.findByEmail(admin.email()).orElseThrow().admin),
                "typing an admin address into the sign-up form grants nothing");

        Accounts.confirm(token).then().statusCode(200);
        assertTrue(QuarkusTransaction.requiringNew().call(() -> users.findByEmail(admin.email()).orElseThrow().admin));
        String access = Accounts.loginOk(admin).access();
        given().auth().oauth2(access).get("/api/auth/me").then().statusCode(200)
                .body("groups", hasItems("user", "admin"));
    }

    @Test
    void theMailboxOfARegisteredAddressIsNotFloodedBySignUps() {
        Account a = Accounts.confirmed(mailbox);
        mailbox.clear();
        for (int i = 0; i < 6; i++) {
            Accounts.register(new Account("flood" + i + "_" + a.username(), a.email(), "another good passphrase"))
                    .then().statusCode(202);
        }
        org.awaitility.Awaitility.await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5))
                .until(() -> mailbox.getMailsSentTo(a.email()).size() == 3);
    }

    @Test
    void usernameIsUniqueIgnoringCase() {
        Account a = Accounts.fresh();
        Accounts.register(a).then().statusCode(202);
        Account clash = new Account(a.username().toUpperCase(), "x" + a.email(), "another good passphrase");
        Accounts.register(clash).then().statusCode(409)
                .body("type", equalTo("https://intervu.dev/problems/username-taken"));
    }

    @Test
    void resendAndResetAnswerTheSameForUnknownAddresses() {
        Account a = Accounts.confirmed(mailbox);
        for (String path : new String[]{"/api/auth/resend-confirmation", "/api/auth/password-reset"}) {
            String known = given().contentType(ContentType.JSON).body(Map.of("email", a.email())).post(path)
                    .then().statusCode(202).extract().asString();
            String unknown = given().contentType(ContentType.JSON).body(Map.of("email", "nobody-" + a.email())).post(path)
                    .then().statusCode(202).extract().asString();
            assertEquals(known, unknown, path + " does not reveal accounts");
        }
    }

    @Test
    void invalidRegistrationsAreProblems() {
        Account ok = Accounts.fresh();
        assertInvalid("ab", ok.email(), ok.password(), "username");
        assertInvalid("bad name", ok.email(), ok.password(), "username");
        assertInvalid("x".repeat(41), ok.email(), ok.password(), "username");
        assertInvalid(ok.username(), "not-an-email", ok.password(), "email");
        assertInvalid(ok.username(), "a@b", ok.password(), "email");
        assertInvalid(ok.username(), ok.email(), "short", "password");
        assertInvalid(ok.username(), ok.email(), "x".repeat(129), "password");
        // weak passwords pass the shape checks but not the policy
        assertWeak(ok, "password123");
        assertWeak(ok, "Qwertyuiop");
        assertWeak(ok, "aaaaaaaaaaaa");
        assertWeak(ok, ok.username() + "-2024!");
        assertWeak(ok, "é".repeat(40)); // 80 UTF-8 bytes: bcrypt would ignore the end
    }

    @Test
    void injectionLikeAndOverLongInputsAre400() {
        Account ok = Accounts.fresh();
        assertInvalid("admin' OR '1'='1", ok.email(), ok.password(), "username");
        assertInvalid("admin'--", ok.email(), ok.password(), "username");
        assertInvalid("robert\"); DROP TABLE user_account;--", ok.email(), ok.password(), "username");
        assertInvalid(ok.username(), "x' OR 1=1--@example.org", ok.password(), "email");
        assertInvalid(ok.username(), "a".repeat(300) + "@example.org", ok.password(), "email");

        Accounts.login("' OR '1'='1' --", "whatever", Accounts.randomIp()).then().statusCode(400)
                .body("errors", hasKey("login"));
        Accounts.login("admin", "x".repeat(10_000), Accounts.randomIp()).then().statusCode(400)
                .body("errors", hasKey("password"));
        given().contentType(ContentType.JSON).body(Map.of("email", "' or 1=1; --")).post("/api/auth/password-reset")
                .then().statusCode(400);
        given().contentType(ContentType.JSON).body(Map.of("refreshToken", "' OR 1=1 --")).post("/api/auth/refresh")
                .then().statusCode(400);
        given().get("/api/auth/confirm/' OR '1'='1").then().statusCode(400);
        given().contentType(ContentType.JSON).body("{\"username\": ").post("/api/auth/register")
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).post("/api/auth/register").then().statusCode(400);
        // a body far beyond anything legitimate is refused before it is parsed
        given().contentType(ContentType.JSON).body("{\"username\":\"" + "a".repeat(100_000) + "\"}")
                .post("/api/auth/register").then().statusCode(413);
    }

    private static void assertInvalid(String username, String email, String password, String field) {
        Accounts.register(new Account(username, email, password)).then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://intervu.dev/problems/validation"))
                .body("errors", hasKey(field));
    }

    private static void assertWeak(Account ok, String password) {
        Accounts.register(new Account(ok.username(), ok.email(), password)).then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://intervu.dev/problems/weak-password"))
                .body("errors", hasKey("password"));
    }
}
