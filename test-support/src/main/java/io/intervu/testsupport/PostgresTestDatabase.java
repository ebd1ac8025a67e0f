package io.intervu.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * Points the service at a dedicated test database on the local PostgreSQL and makes sure it
 * exists, with its own login role and the pgvector extension when it is installed.
 * The admin connection defaults to the local superuser and can be moved with
 * INTERVU_TEST_PG_ADMIN_URL / _USER / _PASSWORD.
 */
public class PostgresTestDatabase implements QuarkusTestResourceLifecycleManager {

    public static final String DATABASE = "intervu_test";
    public static final String ROLE = "intervu_test";
    public static final String PASSWORD = "intervu_test";

    private static boolean ready;

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    public static String host() {
        return env("INTERVU_TEST_PG_HOST", "127.0.0.1");
    }

    public static String port() {
        return env("INTERVU_TEST_PG_PORT", "5432");
    }

    public static String jdbcUrl() {
        return "jdbc:postgresql://" + host() + ":" + port() + "/" + DATABASE;
    }

    public static synchronized void ensureDatabase() {
        if (ready) {
            return;
        }
        // Prepared already (deploy/local/ensure-postgres.sh, or an earlier run): no superuser needed.
        try (Connection own = DriverManager.getConnection(jdbcUrl(), ROLE, PASSWORD);
             Statement st = own.createStatement()) {
            if (exists(st, "select 1 from pg_extension where extname = 'vector'")
                    || !exists(st, "select 1 from pg_available_extensions where name = 'vector'")) {
                ready = true;
                return;
            }
        } catch (SQLException notYet) {
            // fall through and create it as the admin
        }
        String adminUser = env("INTERVU_TEST_PG_ADMIN_USER", "postgres");
        String adminPassword = env("INTERVU_TEST_PG_ADMIN_PASSWORD", "postgres");
        String adminUrl = "jdbc:postgresql://" + host() + ":" + port() + "/postgres";
        try (Connection admin = DriverManager.getConnection(adminUrl, adminUser, adminPassword);
             Statement st = admin.createStatement()) {
            if (!exists(st, "select 1 from pg_roles where rolname = '" + ROLE + "'")) {
                st.execute("create role " + ROLE + " login password '" + PASSWORD + "'");
            }
            if (!exists(st, "select 1 from pg_database where datname = '" + DATABASE + "'")) {
                st.execute("create database " + DATABASE + " owner " + ROLE);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL is needed for the tests at " + adminUrl, e);
        }
        String dbUrl = "jdbc:postgresql://" + host() + ":" + port() + "/" + DATABASE;
        try (Connection admin = DriverManager.getConnection(dbUrl, adminUser, adminPassword);
             Statement st = admin.createStatement()) {
            // The extension needs a superuser; the rag migration then only finds it present.
            if (exists(st, "select 1 from pg_available_extensions where name = 'vector'")) {
                st.execute("create extension if not exists vector schema public");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not prepare " + DATABASE, e);
        }
        ready = true;
    }

    private static boolean exists(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            return rs.next();
        }
    }

    @Override
    public Map<String, String> start() {
        ensureDatabase();
        return Map.of(
                "quarkus.datasource.jdbc.url", jdbcUrl(),
                "quarkus.datasource.username", ROLE,
                "quarkus.datasource.password", PASSWORD);
    }

    @Override
    public void stop() {
        // the database outlives the run; Flyway cleans each schema at the next start
    }
}
