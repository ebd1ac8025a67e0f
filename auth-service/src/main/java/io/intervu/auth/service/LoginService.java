package io.intervu.auth.service;

import io.intervu.auth.RequestRefusedException;
import io.intervu.auth.RequestRefusedException.Reason;
import io.intervu.auth.UserAccount;
import io.intervu.auth.config.AuthConfig;
import io.intervu.auth.repository.UserRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

/**
 * Login, refresh and logout. The bcrypt check runs outside any transaction, so a slow hash never
 * holds a database connection.
 */
@ApplicationScoped
public class LoginService {

    private final UserRepository users;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;
    private final RefreshTokens refreshTokens;
    private final AccessTokenIssuer accessTokens;
    private final AuthConfig config;

    public LoginService(UserRepository users, PasswordHasher hasher, LoginThrottle throttle, RefreshTokens refreshTokens,
                        AccessTokenIssuer accessTokens, AuthConfig config) {
        this.users = users;
        this.hasher = hasher;
        this.throttle = throttle;
        this.refreshTokens = refreshTokens;
        this.accessTokens = accessTokens;
        this.config = config;
    }

    /**
     * Unknown login and wrong password give the same 401 after the same bcrypt work. Only a caller
     * who knows the password learns that the email is not confirmed yet.
     */
    public TokenPair login(String login, String password, String clientAddress) {
        Optional<UserAccount> found = QuarkusTransaction.requiringNew().call(() -> users.findByLogin(login));
        String accountKey = found.map(u -> LoginThrottle.accountKey(u.id)).orElseGet(() -> LoginThrottle.unknownAccountKey(login));
        String addressKey = LoginThrottle.addressKey(clientAddress);
        throttle.checkNotBlocked(accountKey, addressKey);

        UserAccount user = verify(found, password);
        if (user == null) {
            throttle.recordFailure(accountKey, addressKey);
            throw invalidCredentials();
        }
        throttle.clear(accountKey);
        if (!user.emailConfirmed) {
            throw new RequestRefusedException(Reason.FORBIDDEN, "email-not-confirmed", "Email not confirmed",
                    "Confirm your email address first; you can ask for a new confirmation mail.");
        }
        String refresh = QuarkusTransaction.requiringNew().call(() -> refreshTokens.startFamily(user.id, config.refreshTokenTtl()));
        return pair(user, refresh);
    }

    public TokenPair refresh(String refreshToken) {
        RefreshTokens.Rotated rotated = refreshTokens.rotate(refreshToken, config.refreshTokenTtl(), config.refreshReuseGrace(),
                config.refreshFamilyMaxAge());
        UserAccount user = QuarkusTransaction.requiringNew().call(() -> users.findById(rotated.userId()));
        return pair(user, rotated.refreshToken());
    }

    public void logout(String refreshToken) {
        refreshTokens.revokeFamilyOf(refreshToken);
    }

    /** Checks a password for an already authenticated user (change password, delete account), throttled like a login. */
    public UserAccount reauthenticate(UserAccount user, String password, String clientAddress) {
        String accountKey = LoginThrottle.accountKey(user.id);
        String addressKey = LoginThrottle.addressKey(clientAddress);
        throttle.checkNotBlocked(accountKey, addressKey);
        if (!hasher.matches(password, user.passwordHash)) {
            throttle.recordFailure(accountKey, addressKey);
            throw new RequestRefusedException(Reason.FORBIDDEN, "wrong-password", "Wrong password", "The current password is not correct.");
        }
        return user;
    }

    private UserAccount verify(Optional<UserAccount> found, String password) {
        if (found.isEmpty()) {
            hasher.matchesNothing(password);
            return null;
        }
        return hasher.matches(password, found.get().passwordHash) ? found.get() : null;
    }

    private TokenPair pair(UserAccount user, String refreshToken) {
        return new TokenPair(accessTokens.issue(user), "Bearer", accessTokens.ttlSeconds(), refreshToken,
                config.refreshTokenTtl().toSeconds());
    }

    private static RequestRefusedException invalidCredentials() {
        return new RequestRefusedException(Reason.UNAUTHENTICATED, "invalid-credentials", "Invalid credentials",
                "The username/email or the password is not correct.");
    }
}
