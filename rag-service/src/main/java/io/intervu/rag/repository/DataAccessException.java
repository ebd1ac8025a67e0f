package io.intervu.rag.repository;

import java.sql.SQLException;

/** A JDBC failure, with the SQL state kept so callers can tell a unique violation from an outage. */
public class DataAccessException extends RuntimeException {

    public DataAccessException(String what, SQLException cause) {
        super(what + " failed: " + cause.getMessage(), cause);
    }

    public String sqlState() {
        return getCause() instanceof SQLException sql ? sql.getSQLState() : null;
    }

    public boolean isUniqueViolation() {
        return "23505".equals(sqlState());
    }

    public String constraint() {
        if (getCause() instanceof org.postgresql.util.PSQLException p && p.getServerErrorMessage() != null) {
            return p.getServerErrorMessage().getConstraint();
        }
        return null;
    }
}
