package io.intervu.rag.repository;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Documents in rag.document; chunks and questions go with them (on delete cascade). */
@ApplicationScoped
public class DocumentRepository {

    private static final String SELECT = """
            select d.*, (select count(*) from chunk c where c.document_id = d.id) as chunk_count,
                   (select count(*) from question q where q.document_id = d.id) as question_count
            from document d""";

    private final AgroalDataSource dataSource;

    public DocumentRepository(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Optional<DocumentRow> findByHash(String contentHash) {
        return one(SELECT + " where d.content_hash = ?", contentHash);
    }

    public Optional<DocumentRow> findById(UUID id) {
        return one(SELECT + " where d.id = ?", id);
    }

    public List<DocumentRow> findBySource(String source) {
        return many(SELECT + " where d.source = ? order by d.created_at", source);
    }

    public List<DocumentRow> list(int limit, int offset) {
        return many(SELECT + " order by d.title, d.id limit ? offset ?", limit, offset);
    }

    public void insert(UUID id, String title, String source, String contentHash, String mediaType, String summary,
                       List<String> topics, List<String> roles) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("""
                     insert into document (id, title, source, content_hash, media_type, summary, topics, roles)
                     values (?, ?, ?, ?, ?, ?, ?, ?)""")) {
            ps.setObject(1, id);
            ps.setString(2, title);
            ps.setString(3, source);
            ps.setString(4, contentHash);
            ps.setString(5, mediaType);
            ps.setString(6, summary);
            ps.setArray(7, Sql.textArray(c, topics));
            ps.setArray(8, Sql.textArray(c, roles));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new DataAccessException("insert document", e);
        }
    }

    public boolean delete(UUID id) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("delete from document where id = ?")) {
            ps.setObject(1, id);
            return ps.executeUpdate() > 0;
        } catch (SQLException e) {
            throw new DataAccessException("delete document", e);
        }
    }

    public long count() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select count(*) from document");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new DataAccessException("count documents", e);
        }
    }

    private Optional<DocumentRow> one(String sql, Object... params) {
        List<DocumentRow> rows = many(sql, params);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    private List<DocumentRow> many(String sql, Object... params) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            List<DocumentRow> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new DocumentRow(rs.getObject("id", UUID.class), rs.getString("title"), rs.getString("source"),
                            rs.getString("content_hash"), rs.getString("media_type"), rs.getString("summary"),
                            Sql.strings(rs, "topics"), Sql.strings(rs, "roles"),
                            rs.getObject("created_at", OffsetDateTime.class), rs.getInt("chunk_count"), rs.getInt("question_count")));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new DataAccessException("read documents", e);
        }
    }
}
