package io.intervu.auth.service;

import io.intervu.auth.config.AuthConfig;
import io.quarkus.mailer.MailTemplate;
import io.quarkus.qute.Location;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The account mails (Qute templates under templates/mail, HTML + text). Sending is asynchronous:
 * the HTTP answer never waits for SMTP, so its timing reveals nothing, and a failed send is
 * logged by user id only (never the address or the token).
 */
@ApplicationScoped
public class AuthMail {

    private static final Logger LOG = Logger.getLogger(AuthMail.class);

    private final AuthConfig config;
    private final MailTemplate confirmEmail;
    private final MailTemplate passwordReset;

    public AuthMail(AuthConfig config,
                    @Location("mail/confirm-email") MailTemplate confirmEmail,
                    @Location("mail/password-reset") MailTemplate passwordReset) {
        this.config = config;
        this.confirmEmail = confirmEmail;
        this.passwordReset = passwordReset;
    }

    public void sendConfirmation(UUID userId, String email, String username, String token) {
        String link = link(config.confirmPath(), token);
        confirmEmail.to(email).from(config.mailFrom()).subject("Confirm your Intervu account")
                .data("username", username).data("link", link)
                .data("hours", config.confirmTokenTtl().toHours())
                .send().subscribe().with(ok -> { }, e -> LOG.warnf("confirmation mail for user %s not sent: %s", userId, e.getClass().getSimpleName()));
    }

    public void sendPasswordReset(UUID userId, String email, String username, String token) {
        String link = link(config.resetPath(), token);
        passwordReset.to(email).from(config.mailFrom()).subject("Reset your Intervu password")
                .data("username", username).data("link", link)
                .data("minutes", config.resetTokenTtl().toMinutes())
                .send().subscribe().with(ok -> { }, e -> LOG.warnf("password reset mail for user %s not sent: %s", userId, e.getClass().getSimpleName()));
    }

    /** Links always start with the configured public URL: nothing from the request can redirect them. */
    String link(String pathTemplate, String token) {
        String base = config.publicUrl().endsWith("/") ? config.publicUrl().substring(0, config.publicUrl().length() - 1) : config.publicUrl();
        return base + pathTemplate.replace("{token}", URLEncoder.encode(token, StandardCharsets.UTF_8));
    }
}
