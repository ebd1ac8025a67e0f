package io.intervu.auth.rest;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Request bodies. Every field is bounded and shaped, so over-long or injection-like input is a
 * 400 before it reaches any service (and before any bcrypt work).
 */
public final class AuthRequests {

    static final String USERNAME = "[A-Za-z0-9._-]{3,40}";
    /** Pragmatic address shape: one @, no spaces or quotes, a dot in the domain. */
    static final String EMAIL = "[^\\s@\"'<>()\\[\\];:,\\\\]+@[^\\s@\"'<>()\\[\\];:,\\\\]+\\.[^\\s@\"'<>()\\[\\];:,\\\\]+";
    static final String TOKEN = "[A-Za-z0-9_-]{20,100}";
    static final int PASSWORD_MAX = 128;
    static final String CLIENT_ID = "[a-z0-9][a-z0-9-]{2,39}";

    private AuthRequests() {
    }

    public record Register(
            @NotBlank @Size(min = 3, max = 40) @Pattern(regexp = USERNAME, message = "3-40 letters, digits, '.', '_' or '-'") String username,
            @NotBlank @Size(max = 254) @Email @Pattern(regexp = EMAIL, message = "must be an email address") String email,
            @NotNull @Size(min = 10, max = PASSWORD_MAX) String password) {
    }

    public record Login(
            @NotBlank @Size(max = 254) @Pattern(regexp = USERNAME + "|" + EMAIL, message = "must be a username or an email address") String login,
            @NotNull @Size(min = 1, max = PASSWORD_MAX) String password) {
    }

    public record EmailOnly(
            @NotBlank @Size(max = 254) @Email @Pattern(regexp = EMAIL, message = "must be an email address") String email) {
    }

    public record Confirm(@NotBlank @Pattern(regexp = TOKEN, message = "malformed token") String token) {
    }

    public record RefreshTokenBody(@NotBlank @Pattern(regexp = TOKEN, message = "malformed token") String refreshToken) {
    }

    public record ResetConfirm(
            @NotBlank @Pattern(regexp = TOKEN, message = "malformed token") String token,
            @NotNull @Size(min = 10, max = PASSWORD_MAX) String newPassword) {
    }

    public record ChangePassword(
            @NotNull @Size(min = 1, max = PASSWORD_MAX) String currentPassword,
            @NotNull @Size(min = 10, max = PASSWORD_MAX) String newPassword) {
    }

    public record PasswordOnly(@NotNull @Size(min = 1, max = PASSWORD_MAX) String password) {
    }

    public record ClientCredentials(
            @NotBlank @Pattern(regexp = CLIENT_ID, message = "3-40 lower-case letters, digits or '-'") String clientId,
            @NotNull @Size(min = 1, max = 256) String clientSecret) {
    }
}
