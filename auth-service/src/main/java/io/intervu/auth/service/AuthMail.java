package io.intervu.auth.service;

import io.intervu.auth.config.AuthConfig;
import io.quarkus.mailer.MailTemplate;
import io.quarkus.qute.Location;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

/**
 * The account mails (Qute templates under templates/mail, HTML + text). Sending is asynchronous:
 * the HTTP answer never waits for SMTP, so its timing reveals nothing; {@link MailDelivery} bounds,
 * retries and logs each send.
 */
@ApplicationScoped
public class AuthMail {

    private final AuthConfig config;
    private final MailTemplate confirmEmail;
    private final MailTemplate passwordReset;
    private final MailTemplate accountExists;
    private final MailDelivery delivery;

    public AuthMail(AuthConfig config,
                    @Location("mail/confirm-email") MailTemplate confirmEmail,
                    @Location("mail/password-reset") MailTemplate passwordReset,
                    @Location("mail/account-exists") MailTemplate accountExists) {
        this.config = config;
        this.confirmEmail = confirmEmail;
        this.passwordReset = passwordReset;
        this.accountExists = accountExists;
        this.delivery = new MailDelivery(config.mailSendTimeout(), config.mailSendRetries(), Duration.ofSeconds(2));
    }

    public void sendConfirmation(UUID userId, String email, String username, String token) {
        String link = link(config.confirmPath(), token);
        delivery.deliver("confirmation", userId, () -> confirmEmail.to(email).from(config.mailFrom())
                .subject("Confirm your Intervu account")
                .data("username", username).data("link", link)
                .data("hours", config.confirmTokenTtl().toHours())
                .send());
    }

    public void sendPasswordReset(UUID userId, String email, String username, String token) {
        String link = link(config.resetPath(), token);
        delivery.deliver("password reset", userId, () -> passwordReset.to(email).from(config.mailFrom())
                .subject("Reset your Intervu password")
                .data("username", username).data("link", link)
                .data("minutes", config.resetTokenTtl().toMinutes())
                .send());
    }

    /** Someone signed up with the address of a confirmed account: tell its owner, who may have forgotten. */
    public void sendAccountExists(UUID userId, String email, String username) {
        delivery.deliver("account-exists", userId, () -> accountExists.to(email).from(config.mailFrom())
                .subject("You already have an Intervu account")
                .data("username", username).data("signInLink", base() + config.signInPath())
                .data("forgotLink", base() + config.forgotPasswordPath())
                .send());
    }

    /** Links always start with the configured public URL: nothing from the request can redirect them. */
    String link(String pathTemplate, String token) {
        return base() + pathTemplate.replace("{token}", URLEncoder.encode(token, StandardCharsets.UTF_8));
    }

    private String base() {
        return config.publicUrl().endsWith("/") ? config.publicUrl().substring(0, config.publicUrl().length() - 1) : config.publicUrl();
    }
}
