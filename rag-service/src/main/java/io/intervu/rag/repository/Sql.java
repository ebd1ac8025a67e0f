package io.intervu.rag.repository;

import com.pgvector.PGvector;

import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

/** Small JDBC conversions shared by the repositories. */
final class Sql {

    private Sql() {
    }

    static Array textArray(Connection c, List<String> values) throws SQLException {
        return c.createArrayOf("text", values.toArray(new String[0]));
    }

    static List<String> strings(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    static PGvector vector(float[] values) {
        return new PGvector(values);
    }

    static float[] floats(ResultSet rs, String column) throws SQLException {
        String text = rs.getString(column);
        return text == null ? null : new PGvector(text).toArray();
    }
}
