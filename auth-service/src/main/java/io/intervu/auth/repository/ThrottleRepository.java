package io.intervu.auth.repository;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** Failed-login counters (table login_throttle), kept in the database so every replica sees them. */
@ApplicationScoped
public class ThrottleRepository {

    /** The latest instant until which any of the keys is blocked, or null when none is. */
    public Instant blockedUntil(Collection<String> keys) {
        Object result = Panache.getEntityManager().createNativeQuery(
                        "select max(blocked_until) from login_throttle where throttle_key in (:keys) and blocked_until > now()")
                .setParameter("keys", keys)
                .getSingleResult();
        return toInstant(result);
    }

    /**
     * Counts one failure (atomically, under the row lock of the upsert) and returns the count within
     * the current window; a window older than {@code window} starts over at 1.
     */
    public int countFailure(String key, Duration window) {
        Object count = Panache.getEntityManager().createNativeQuery("""
                        insert into login_throttle (throttle_key, failures, window_started_at)
                        values (:key, 1, now())
                        on conflict (throttle_key) do update set
                          failures = case when login_throttle.window_started_at < now() - make_interval(secs => :window)
                                          then 1 else login_throttle.failures + 1 end,
                          window_started_at = case when login_throttle.window_started_at < now() - make_interval(secs => :window)
                                          then now() else login_throttle.window_started_at end,
                          blocked_until = case when login_throttle.window_started_at < now() - make_interval(secs => :window)
                                          then null else login_throttle.blocked_until end
                        returning failures""")
                .setParameter("key", key)
                .setParameter("window", window.toMillis() / 1000.0)
                .getSingleResult();
        return ((Number) count).intValue();
    }

    public void block(String key, Duration delay) {
        Panache.getEntityManager().createNativeQuery(
                        "update login_throttle set blocked_until = now() + make_interval(secs => :delay) where throttle_key = :key")
                .setParameter("delay", delay.toMillis() / 1000.0)
                .setParameter("key", key)
                .executeUpdate();
    }

    public void clear(List<String> keys) {
        Panache.getEntityManager().createNativeQuery("delete from login_throttle where throttle_key in (:keys)")
                .setParameter("keys", keys)
                .executeUpdate();
    }

    public int deleteOlderThan(Duration window) {
        return Panache.getEntityManager().createNativeQuery("""
                        delete from login_throttle where window_started_at < now() - make_interval(secs => :window)
                           and (blocked_until is null or blocked_until < now())""")
                .setParameter("window", window.toMillis() / 1000.0)
                .executeUpdate();
    }

    private static Instant toInstant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Timestamp ts) {
            return ts.toInstant();
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass());
    }
}
