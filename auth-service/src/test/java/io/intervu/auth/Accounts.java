package io.intervu.auth;

import io.intervu.auth.repository.RefreshTokenRepository;
import io.intervu.auth.service.SecretTokens;
import io.quarkus.arc.Arc;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.awaitility.Awaitility;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;

/** Test helper: drives the real HTTP flows (register, read the mail, confirm, log in). */
public final class Accounts {

    public static final String PASSWORD = "correct horse battery";
    private static final Pattern CONFIRM_LINK = Pattern.compile("http://localhost:8080/confirm-email\\?token=([A-Za-z0-9_-]+)");
    private static final Pattern RESET_LINK = Pattern.compile("http://localhost:8080/reset-password\\?token=([A-Za-z0-9_-]+)");

    /** As if the refresh token had been exchanged a minute ago: past the reuse grace, so presenting it again is theft. */
    public static void exchangedAMinuteAgo(String refreshToken) {
        RefreshTokenRepository repository = Arc.container().instance(RefreshTokenRepository.class).get();
        QuarkusTransaction.requiringNew().run(() -> repository.update("usedAt = ?1 where tokenHash = ?2",
                OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1), SecretTokens.hash(refreshToken)));
    }

    /** As if the login this refresh token belongs to had happened that many days ago (every row of its family). */
    public static void familyStartedDaysAgo(String refreshToken, int days) {
        RefreshTokenRepository repository = Arc.container().instance(RefreshTokenRepository.class).get();
        QuarkusTransaction.requiringNew().run(() -> {
            UUID family = repository.findByHash(SecretTokens.hash(refreshToken)).orElseThrow().familyId;
            repository.update("familyStartedAt = ?1 where familyId = ?2",
                    OffsetDateTime.now(ZoneOffset.UTC).minusDays(days), family);
        });
    }

    private Accounts() {
    }

    public record Account(String username, String email, String password) {
    }

    public static Account fresh() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        return new Account("user_" + suffix, "person." + suffix + "@example.org", PASSWORD);
    }

    /** A random client address per test, so per-IP throttling of one test never touches another. */
    public static String randomIp() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + (1 + r.nextInt(250));
    }

    public static RequestSpecification from(String ip) {
        return given().contentType(ContentType.JSON).header("X-Forwarded-For", ip);
    }

    /** From a random address, so the per-address sign-up limit of one test never touches another. */
    public static Response register(Account a) {
        return from(randomIp())
                .body(Map.of("username", a.username(), "email", a.email(), "password", a.password()))
                .post("/api/auth/register");
    }

    /** Waits for the n-th mail to this address (mail is sent asynchronously). */
    public static Mail awaitMail(MockMailbox mailbox, String email, int count) {
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> mailbox.getMailsSentTo(email).size() >= count);
        List<Mail> mails = mailbox.getMailsSentTo(email);
        return mails.get(count - 1);
    }

    public static String confirmToken(Mail mail) {
        return find(CONFIRM_LINK, mail.getText());
    }

    public static String resetToken(Mail mail) {
        return find(RESET_LINK, mail.getText());
    }

    private static String find(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            throw new AssertionError("no link in mail text: " + text);
        }
        return m.group(1);
    }

    /** Registered and confirmed through the mailed link. */
    public static Account confirmed(MockMailbox mailbox) {
        Account a = fresh();
        register(a).then().statusCode(202);
        String token = confirmToken(awaitMail(mailbox, a.email(), 1));
        confirm(token).then().statusCode(200);
        return a;
    }

    /** Confirms as the web app's page does after its button is pressed (a GET of the link confirms nothing). */
    public static Response confirm(String token) {
        return given().contentType(ContentType.JSON).body(Map.of("token", token)).post("/api/auth/confirm");
    }

    public static Response login(String login, String password, String ip) {
        return from(ip).body(Map.of("login", login, "password", password)).post("/api/auth/login");
    }

    public static Tokens loginOk(Account a) {
        Response r = login(a.username(), a.password(), randomIp());
        r.then().statusCode(200);
        return new Tokens(r.path("accessToken"), r.path("refreshToken"));
    }

    public record Tokens(String access, String refresh) {
    }
}
