package io.intervu.e2e;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts, straight in PostgreSQL, the rows each service still holds about a user: every table with a
 * user_id or owner_id column in the six schemas (plus auth.user_account by id), and the outbox events whose data
 * names the user. Excluded on purpose: erasure_record (the proof of erasure, no personal data), processed_event,
 * and auth's own auth.user-deleted event (it must still go out; the retention purge removes it later).
 */
public final class ErasureProbe {

    static final List<String> SCHEMAS = List.of("auth", "interview", "transcription", "evaluation", "rag", "report");

    private ErasureProbe() {
    }

    public static Map<String, Long> rowsAbout(String userId) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection(StackConfig.dbUrl(), StackConfig.dbUser(), StackConfig.dbPassword())) {
            List<String[]> tables = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement("""
                    select table_schema, table_name, column_name from information_schema.columns
                    where column_name in ('user_id', 'owner_id') and table_schema = any (?)
                      and table_name not in ('erasure_record', 'processed_event', 'outbox_event')
                    order by 1, 2""")) {
                st.setArray(1, c.createArrayOf("text", SCHEMAS.toArray()));
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        tables.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
                    }
                }
            }
            for (String[] t : tables) {
                counts.put(t[0] + "." + t[1], count(c, "select count(*) from " + t[0] + "." + t[1] + " where " + t[2] + "::text = ?", userId));
            }
            counts.put("auth.user_account", count(c, "select count(*) from auth.user_account where id::text = ?", userId));
            for (String schema : SCHEMAS) {
                if (exists(c, schema, "outbox_event")) {
                    counts.put(schema + ".outbox_event", count(c, "select count(*) from " + schema + ".outbox_event"
                            + " where (payload::jsonb -> 'data' ->> 'userId') = ? and topic <> 'auth.user-deleted'", userId));
                }
            }
        }
        return counts;
    }

    /** Schemas that recorded having erased this user (the consumers of auth.user-deleted). */
    public static Map<String, Long> erasureRecords(String userId) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection(StackConfig.dbUrl(), StackConfig.dbUser(), StackConfig.dbPassword())) {
            for (String schema : SCHEMAS) {
                if (exists(c, schema, "erasure_record")) {
                    counts.put(schema, count(c, "select count(*) from " + schema + ".erasure_record where user_id = ?", userId));
                }
            }
        }
        return counts;
    }

    private static boolean exists(Connection c, String schema, String table) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("select 1 from information_schema.tables where table_schema = ? and table_name = ?")) {
            st.setString(1, schema);
            st.setString(2, table);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static long count(Connection c, String sql, String userId) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            st.setString(1, userId);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
