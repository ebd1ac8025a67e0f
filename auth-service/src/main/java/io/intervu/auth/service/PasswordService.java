package io.intervu.auth.service;

import io.intervu.auth.OneTimeToken;
import io.intervu.auth.UserAccount;
import io.intervu.auth.config.AuthConfig;
import io.intervu.auth.repository.UserRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** Forgotten-password reset by mail, and change of password by a signed-in user. */
@ApplicationScoped
public class PasswordService {

    private static final Logger LOG = Logger.getLogger(PasswordService.class);

    private final UserRepository users;
    private final OneTimeTokens tokens;
    private final RefreshTokens refreshTokens;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy;
    private final LoginThrottle throttle;
    private final LoginService login;
    private final AuthMail mail;
    private final AuthConfig config;

    public PasswordService(UserRepository users, OneTimeTokens tokens, RefreshTokens refreshTokens, PasswordHasher hasher,
                           PasswordPolicy policy, LoginThrottle throttle, LoginService login, AuthMail mail, AuthConfig config) {
        this.users = users;
        this.tokens = tokens;
        this.refreshTokens = refreshTokens;
        this.hasher = hasher;
        this.policy = policy;
        this.throttle = throttle;
        this.login = login;
        this.mail = mail;
        this.config = config;
    }

    /** Mails a reset link when the address has an account; the caller always answers the same. */
    public void requestReset(String email) {
        record Issued(UUID userId, String email, String username, String token) {
        }
        Issued issued = QuarkusTransaction.requiringNew().call(() -> users.findByEmail(email)
                .filter(u -> throttle.allowMail(u.id))
                .map(u -> new Issued(u.id, u.email, u.username,
                        tokens.issue(u.id, OneTimeToken.Purpose.PASSWORD_RESET, config.resetTokenTtl())))
                .orElse(null));
        if (issued != null) {
            LOG.infof("password reset requested for account %s", issued.userId());
            mail.sendPasswordReset(issued.userId(), issued.email(), issued.username(), issued.token());
        }
    }

    /**
     * Sets the new password, ends every session (all refresh tokens), clears the login throttle
     * and, since the mail reached its owner, confirms the email.
     */
    public void confirmReset(String token, String newPassword) {
        policy.check("newPassword", newPassword, null, null);
        String hash = hasher.hash(newPassword);
        UUID userId = QuarkusTransaction.requiringNew().call(() -> {
            UUID id = tokens.consume(token, OneTimeToken.Purpose.PASSWORD_RESET);
            UserAccount user = users.findById(id);
            setPassword(user, hash);
            if (!user.emailConfirmed) {
                user.emailConfirmed = true;
                user.confirmedAt = OffsetDateTime.now(ZoneOffset.UTC);
            }
            return id;
        });
        throttle.clear(LoginThrottle.accountKey(userId));
        LOG.infof("password of account %s reset; all sessions ended", userId);
    }

    /** Needs the current password; ends every session, so the client signs in again. */
    public void change(UUID userId, String currentPassword, String newPassword, String clientAddress) {
        UserAccount user = QuarkusTransaction.requiringNew().call(() -> users.findById(userId));
        if (user == null) {
            throw AccountService.gone();
        }
        login.reauthenticate(user, currentPassword, clientAddress);
        policy.check("newPassword", newPassword, user.username, user.email);
        String hash = hasher.hash(newPassword);
        QuarkusTransaction.requiringNew().run(() -> setPassword(users.findById(userId), hash));
        LOG.infof("password of account %s changed; all sessions ended", userId);
    }

    private void setPassword(UserAccount user, String hash) {
        user.passwordHash = hash;
        user.passwordChangedAt = OffsetDateTime.now(ZoneOffset.UTC);
        tokens.invalidateOpen(user.id, OneTimeToken.Purpose.PASSWORD_RESET);
        refreshTokens.revokeAll(user.id);
    }
}
