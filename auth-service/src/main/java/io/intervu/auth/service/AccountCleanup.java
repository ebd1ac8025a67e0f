package io.intervu.auth.service;

import io.intervu.auth.repository.UserRepository;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

/**
 * Housekeeping: unconfirmed accounts go only once their confirmation link has expired (never
 * while a mailed link still works); expired refresh tokens and old throttle counters go too.
 */
@ApplicationScoped
public class AccountCleanup {

    private static final Logger LOG = Logger.getLogger(AccountCleanup.class);

    private final UserRepository users;
    private final RefreshTokens refreshTokens;
    private final LoginThrottle throttle;

    public AccountCleanup(UserRepository users, RefreshTokens refreshTokens, LoginThrottle throttle) {
        this.users = users;
        this.refreshTokens = refreshTokens;
        this.throttle = throttle;
    }

    @Scheduled(every = "${intervu.auth.cleanup-interval:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        try {
            removeExpiredUnconfirmed();
            refreshTokens.purgeExpired();
            throttle.purgeExpired();
        } catch (RuntimeException e) {
            LOG.warnf("cleanup pass failed, will retry: %s", e.getMessage());
        }
    }

    @Transactional
    public int removeExpiredUnconfirmed() {
        int removed = users.deleteUnconfirmedWithExpiredTokens();
        if (removed > 0) {
            LOG.infof("removed %d unconfirmed accounts whose confirmation link expired", removed);
        }
        return removed;
    }
}
