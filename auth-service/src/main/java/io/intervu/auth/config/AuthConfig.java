package io.intervu.auth.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

@ConfigMapping(prefix = "intervu.auth")
public interface AuthConfig {

    /** Public base URL of the whole application (the gateway); mailed links start with it. */
    @WithDefault("http://localhost:8080")
    String publicUrl();

    /** Path of the confirmation link; {token} is replaced by the raw token. */
    @WithDefault("/api/auth/confirm/{token}")
    String confirmPath();

    /** Path of the web page that asks for the new password; {token} is replaced by the raw token. */
    @WithDefault("/reset-password?token={token}")
    String resetPath();

    @WithDefault("PT24H")
    Duration confirmTokenTtl();

    @WithDefault("PT30M")
    Duration resetTokenTtl();

    @WithDefault("PT15M")
    Duration accessTokenTtl();

    @WithDefault("P14D")
    Duration refreshTokenTtl();

    /** bcrypt cost factor; below 12 is refused at start. */
    @WithDefault("12")
    int bcryptCost();

    /** Addresses whose accounts get the group "admin" (comma-separated, case-insensitive). */
    Optional<List<String>> adminEmails();

    /** How often the housekeeping job runs (unconfirmed accounts, expired tokens, throttle counters). */
    @WithDefault("1h")
    String cleanupInterval();

    /** Sender address of all mails. */
    @WithDefault("Intervu <no-reply@intervu.local>")
    String mailFrom();
}
