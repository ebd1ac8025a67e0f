package io.intervu.interview.loop;

import io.intervu.interview.config.InterviewConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.Driver;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;

/**
 * Wakes this replica's waiting clients when another replica commits a change to their interview
 * ({@link ReplicaChangeBroadcast} announces it). Listens on a connection of its own, outside the
 * pool, and reconnects with backoff; while it is not listening, waiters fall back to re-reading
 * every 0.5 s (event stream) or 1 s (long poll), so a lost connection costs latency, never a missed message.
 */
@ApplicationScoped
public class ReplicaChangeListener {

    static final String CHANNEL = "intervu_interview_changed";
    /** Marks this process's own announcements: its commits are signalled locally already. */
    private static final String REPLICA = UUID.randomUUID().toString();
    private static final Logger LOG = Logger.getLogger(ReplicaChangeListener.class);
    private static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);
    private static final int RECEIVE_TIMEOUT_MILLIS = 1000;

    private final InterviewChangeSignals signals;
    private final InterviewConfig config;
    private final String url;
    private final Optional<String> user;
    private final Optional<String> password;
    private volatile boolean running;
    private volatile boolean listening;
    private Thread thread;

    public ReplicaChangeListener(InterviewChangeSignals signals, InterviewConfig config,
                                 @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
                                 @ConfigProperty(name = "quarkus.datasource.username") Optional<String> user,
                                 @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.signals = signals;
        this.config = config;
        this.url = url;
        this.user = user;
        this.password = password;
    }

    static String payload(UUID interviewId) {
        return REPLICA + ":" + interviewId;
    }

    /** True while notifications from other replicas arrive. */
    public boolean listening() {
        return listening;
    }

    /** How long a waiting client may go without re-reading: long while every replica's commits wake it, else {@code deaf}. */
    public Duration recheckInterval(Duration deaf) {
        return listening ? config.replicaRecheck() : deaf;
    }

    void start(@Observes StartupEvent startup) {
        if (!config.replicaWakeup()) {
            return;
        }
        running = true;
        thread = new Thread(this::listen, "interview-replica-changes");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        running = false;
        if (thread != null) {
            thread.interrupt();
            thread.join(RECEIVE_TIMEOUT_MILLIS * 2L);
        }
    }

    private void listen() {
        Duration backoff = FIRST_BACKOFF;
        while (running) {
            try (Connection connection = connect()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                PGConnection postgres = connection.unwrap(PGConnection.class);
                listening = true;
                backoff = FIRST_BACKOFF;
                while (running) {
                    PGNotification[] received = postgres.getNotifications(RECEIVE_TIMEOUT_MILLIS);
                    if (received != null) {
                        for (PGNotification notification : received) {
                            deliver(notification.getParameter());
                        }
                    }
                }
            } catch (SQLException e) {
                if (running) {
                    LOG.warnf("not hearing other replicas' interview changes (%s); waiting clients re-read every 0.5–1 s; retrying in %s",
                            e.getMessage(), backoff);
                }
            } finally {
                listening = false;
            }
            if (!sleep(backoff)) {
                return;
            }
            Duration doubled = backoff.multipliedBy(2);
            backoff = doubled.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : doubled;
        }
    }

    private Connection connect() throws SQLException {
        Properties properties = new Properties();
        user.ifPresent(u -> properties.setProperty("user", u));
        password.ifPresent(p -> properties.setProperty("password", p));
        Connection connection = new Driver().connect(url, properties);
        if (connection == null) {
            throw new SQLException("not a PostgreSQL URL: " + url);
        }
        return connection;
    }

    private void deliver(String payload) {
        int colon = payload == null ? -1 : payload.indexOf(':');
        if (colon < 0 || payload.substring(0, colon).equals(REPLICA)) {
            return;
        }
        try {
            signals.wake(UUID.fromString(payload.substring(colon + 1)));
        } catch (IllegalArgumentException notAnInterview) {
            LOG.debugf("ignored a malformed interview-change notification: %s", payload);
        }
    }

    private boolean sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
            return running;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
