package io.intervu.auth.service;

import io.intervu.auth.RequestRefusedException;
import io.intervu.auth.RequestRefusedException.Reason;
import io.intervu.auth.config.ThrottleConfig;
import io.intervu.auth.repository.ThrottleRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Growing delays after failed password checks, per account and per client address. A key is
 * never blocked for longer than its max delay, so nobody can lock the owner out: after the
 * delay (or a password reset, which clears the account key) the right password works again.
 */
@ApplicationScoped
public class LoginThrottle {

    private final ThrottleRepository repository;
    private final ThrottleConfig config;

    public LoginThrottle(ThrottleRepository repository, ThrottleConfig config) {
        this.repository = repository;
        this.config = config;
    }

    public static String accountKey(UUID userId) {
        return "account:" + userId;
    }

    /** For a login that names nobody: hashed, so the table holds no typed identifiers. */
    public static String unknownAccountKey(String login) {
        return "login:" + SecretTokens.hash(login.toLowerCase(Locale.ROOT)).substring(0, 40);
    }

    public static String addressKey(String address) {
        return "ip:" + address;
    }

    /** Throws 429 with the seconds to wait when any of the keys is currently blocked. */
    @Transactional
    public void checkNotBlocked(String accountKey, String addressKey) {
        Instant until = repository.blockedUntil(List.of(accountKey, addressKey));
        if (until != null) {
            throw new TooManyAttemptsException(secondsUntil(until));
        }
    }

    /**
     * Counts a sign-up from this client address. Past the free sign-ups of the window each one
     * blocks the address for a growing delay, during which sign-ups are refused with 429 before any
     * work (no hash, no mail) and not counted: one sign-up per delay gets through.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void admitSignUp(String address) {
        String key = "sign-up:" + address;
        Instant until = repository.blockedUntil(List.of(key));
        if (until != null) {
            throw TooManyAttemptsException.signUps(secondsUntil(until));
        }
        record(key, config.signUp());
    }

    private static long secondsUntil(Instant until) {
        return Math.max(1, (long) Math.ceil(Duration.between(Instant.now(), until).toMillis() / 1000.0));
    }

    /** Counts a failed password check against both keys; past the free attempts the key is blocked for a while. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordFailure(String accountKey, String addressKey) {
        record(accountKey, config.account());
        record(addressKey, config.ip());
    }

    /**
     * Counts one account mail (confirmation resend, password reset) and says whether it may go out;
     * past the limit the request is answered as usual but nothing is sent and no older link dies.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean allowMail(UUID userId) {
        return repository.countFailure("mail:" + userId, config.window()) <= config.mailsPerWindow();
    }

    /** The account's counter starts over after a successful login or a password reset. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void clear(String accountKey) {
        repository.clear(List.of(accountKey));
    }

    @Transactional
    public int purgeExpired() {
        return repository.deleteOlderThan(config.window());
    }

    private void record(String key, ThrottleConfig.Limits limits) {
        int failures = repository.countFailure(key, config.window());
        int over = failures - limits.freeAttempts();
        if (over > 0) {
            repository.block(key, delay(limits, over));
        }
    }

    /** base * 2^(over-1), capped at the max delay. */
    static Duration delay(ThrottleConfig.Limits limits, int over) {
        long base = limits.baseDelay().toMillis();
        long max = limits.maxDelay().toMillis();
        long millis = over > 30 ? max : Math.min(max, base << (over - 1));
        return Duration.ofMillis(millis);
    }

    /** Refused for now: too many failed sign-ins or sign-ups; {@link #retryAfterSeconds()} says when to try again. */
    public static class TooManyAttemptsException extends RequestRefusedException {

        public TooManyAttemptsException(long retryAfterSeconds) {
            this("too-many-attempts", "Too many failed attempts",
                    "Too many failed sign-in attempts. Try again in " + retryAfterSeconds + " seconds or reset your password.",
                    retryAfterSeconds);
        }

        private TooManyAttemptsException(String slug, String title, String detail, long retryAfterSeconds) {
            super(Reason.TOO_MANY_REQUESTS, slug, title, detail, null, retryAfterSeconds);
        }

        static TooManyAttemptsException signUps(long retryAfterSeconds) {
            return new TooManyAttemptsException("too-many-sign-ups", "Too many sign-ups",
                    "Too many accounts were created from this network just now. Try again in " + retryAfterSeconds + " seconds.",
                    retryAfterSeconds);
        }
    }
}
