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

    /** Path of the confirmation link (the UI's page, which confirms through the API); {token} is replaced by the raw token. */
    @WithDefault("/confirm-email?token={token}")
    String confirmPath();

    /** Path of the web page that asks for the new password; {token} is replaced by the raw token. */
    @WithDefault("/reset-password?token={token}")
    String resetPath();

    /** Path of the web UI's sign-in page, linked from the "you already have an account" mail. */
    @WithDefault("/#/login")
    String signInPath();

    /** Path of the web UI's page that requests a password reset, linked from the same mail. */
    @WithDefault("/#/forgot")
    String forgotPasswordPath();

    @WithDefault("PT24H")
    Duration confirmTokenTtl();

    @WithDefault("PT30M")
    Duration resetTokenTtl();

    @WithDefault("PT15M")
    Duration accessTokenTtl();

    @WithDefault("P14D")
    Duration refreshTokenTtl();

    /**
     * A refresh token presented again this soon after it was exchanged is a race between a client's
     * own requests (two tabs, a retry), not theft: it gets 409 without tokens and the login lives on.
     */
    @WithDefault("10s")
    Duration refreshReuseGrace();

    /**
     * Absolute lifetime of a refresh-token family (one login): a refresh token whose family started
     * longer ago is refused, however recently it was rotated. The user signs in again.
     */
    @WithDefault("30d")
    Duration refreshFamilyMaxAge();

    /** bcrypt cost factor; below 12 is refused at start. */
    @WithDefault("12")
    int bcryptCost();

    /** Addresses whose accounts get the group "admin" when the address is confirmed (comma-separated, case-insensitive). */
    Optional<List<String>> adminEmails();

    /** How often the housekeeping job runs (unconfirmed accounts, expired tokens, throttle counters). */
    @WithDefault("1h")
    String cleanupInterval();

    /** Sender address of all mails. */
    @WithDefault("Intervu <no-reply@intervu.local>")
    String mailFrom();

    /** Longest wait for the mail server to take one mail; a silent server counts as a failed attempt. */
    @WithDefault("30s")
    Duration mailSendTimeout();

    /** Further attempts after a failed send (backoff from 2 s); 0 sends once. */
    @WithDefault("2")
    int mailSendRetries();
}
