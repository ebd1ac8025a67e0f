package io.intervu.testsupport;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Holds a PostgreSQL advisory lock, keyed by {@code hashtext(name)} as the services' outbox relays
 * take theirs, on a connection of its own until closed. Tests hold the relay's lock so no relay pass
 * publishes or touches the outbox meanwhile.
 */
public final class AdvisoryLockHold implements AutoCloseable {

    private final Connection connection;
    private final String name;

    private AdvisoryLockHold(Connection connection, String name) {
        this.connection = connection;
        this.name = name;
    }

    /** Waits for the lock, like a relay pass that must not overlap another. */
    public static AdvisoryLockHold hold(DataSource dataSource, String name) throws SQLException {
        Connection connection = dataSource.getConnection();
        try {
            run(connection, "select pg_advisory_lock(hashtext(?))", name);
            return new AdvisoryLockHold(connection, name);
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            run(connection, "select pg_advisory_unlock(hashtext(?))", name);
        } finally {
            connection.close();
        }
    }

    private static void run(Connection connection, String sql, String name) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(sql)) {
            st.setString(1, name);
            st.execute();
        }
    }
}
