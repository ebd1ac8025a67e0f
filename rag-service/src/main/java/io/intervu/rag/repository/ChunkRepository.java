package io.intervu.rag.repository;

import io.agroal.api.AgroalDataSource;
import io.intervu.rag.ChunkDraft;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Chunks and their vectors in rag.chunk; similarity search goes through the HNSW index. */
@ApplicationScoped
public class ChunkRepository {

    private final AgroalDataSource dataSource;

    public ChunkRepository(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public record StoredChunk(UUID id, String text, String documentTitle) {
    }

    public void insertAll(UUID documentId, List<ChunkDraft> drafts, List<float[]> embeddings) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("""
                     insert into chunk (id, document_id, ordinal, text, token_count, embedding, metadata)
                     values (?, ?, ?, ?, ?, ?, ?::jsonb)""")) {
            for (int i = 0; i < drafts.size(); i++) {
                ChunkDraft d = drafts.get(i);
                ps.setObject(1, UUID.randomUUID());
                ps.setObject(2, documentId);
                ps.setInt(3, d.ordinal());
                ps.setString(4, d.text());
                ps.setInt(5, d.tokenCount());
                ps.setObject(6, Sql.vector(embeddings.get(i)));
                ps.setString(7, metadata(d));
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw new DataAccessException("insert chunks", e);
        }
    }

    /**
     * The {@code limit} nearest chunks to the query vector, optionally only from documents sharing a
     * topic / role tag. Runs in a transaction so the HNSW settings apply to this query only; with a
     * filter, pgvector's iterative scan keeps walking the graph until enough rows pass it. With
     * {@code exact} the index is bypassed (the benchmark's ground truth).
     */
    @Transactional
    public List<ChunkHit> nearest(float[] query, int limit, List<String> topics, List<String> roles,
                                  int efSearch, boolean exact, boolean withEmbeddings) {
        StringBuilder sql = new StringBuilder("""
                select c.id, c.document_id, d.title, c.text, d.topics, d.roles,
                       1 - (c.embedding <=> ?) as score""")
                .append(withEmbeddings ? ", c.embedding::text as embedding" : "")
                .append(" from chunk c join document d on d.id = c.document_id where true");
        if (!topics.isEmpty()) {
            sql.append(" and d.topics && ?");
        }
        if (!roles.isEmpty()) {
            sql.append(" and d.roles && ?");
        }
        sql.append(" order by c.embedding <=> ? limit ?");
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement settings = c.prepareStatement("""
                    select set_config('hnsw.ef_search', ?, true), set_config('hnsw.iterative_scan', 'relaxed_order', true),
                           set_config('enable_indexscan', ?, true)""")) {
                settings.setString(1, Integer.toString(Math.max(efSearch, limit)));
                settings.setString(2, exact ? "off" : "on");
                settings.execute();
            }
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                int i = 1;
                ps.setObject(i++, Sql.vector(query));
                if (!topics.isEmpty()) {
                    ps.setArray(i++, Sql.textArray(c, topics));
                }
                if (!roles.isEmpty()) {
                    ps.setArray(i++, Sql.textArray(c, roles));
                }
                ps.setObject(i++, Sql.vector(query));
                ps.setInt(i, limit);
                List<ChunkHit> hits = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        hits.add(new ChunkHit(rs.getObject("id", UUID.class), rs.getObject("document_id", UUID.class),
                                rs.getString("title"), rs.getString("text"), rs.getDouble("score"),
                                Sql.strings(rs, "topics"), Sql.strings(rs, "roles"),
                                withEmbeddings ? Sql.floats(rs, "embedding") : null));
                    }
                }
                return hits;
            }
        } catch (SQLException e) {
            throw new DataAccessException("search chunks", e);
        }
    }

    /** One page of chunks in id order, for re-embedding. */
    public List<StoredChunk> page(UUID after, int size) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("""
                     select c.id, c.text, d.title from chunk c join document d on d.id = c.document_id
                     where c.id > ? order by c.id limit ?""")) {
            ps.setObject(1, after);
            ps.setInt(2, size);
            List<StoredChunk> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new StoredChunk(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new DataAccessException("page chunks", e);
        }
    }

    public void updateEmbeddings(List<UUID> ids, List<float[]> embeddings) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("update chunk set embedding = ? where id = ?")) {
            for (int i = 0; i < ids.size(); i++) {
                ps.setObject(1, Sql.vector(embeddings.get(i)));
                ps.setObject(2, ids.get(i));
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw new DataAccessException("update embeddings", e);
        }
    }

    public long count() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select count(*) from chunk");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new DataAccessException("count chunks", e);
        }
    }

    private static String metadata(ChunkDraft d) {
        return "{\"section\":" + jsonString(d.section()) + "}";
    }

    private static String jsonString(String value) {
        StringBuilder sb = new StringBuilder("\"");
        for (char ch : value.toCharArray()) {
            switch (ch) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                default -> {
                    if (ch < 0x20) {
                        sb.append(String.format("\\u%04x", (int) ch));
                    } else {
                        sb.append(ch);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
