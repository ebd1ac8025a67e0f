package io.intervu.rag.repository;

import io.agroal.api.AgroalDataSource;
import io.intervu.rag.KnowledgeQuestion;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Interview questions parsed from documents' front matter, in rag.question. */
@ApplicationScoped
public class QuestionRepository {

    private final AgroalDataSource dataSource;

    public QuestionRepository(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public record TopicCount(String topic, int documents, int questions) {
    }

    public void insertAll(UUID documentId, List<KnowledgeQuestion> questions, List<String> topics, List<String> roles) {
        if (questions.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("""
                     insert into question (id, ref, document_id, ordinal, type, difficulty, question, key_points, probes, misconceptions,
                                           topics, roles)
                     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (int i = 0; i < questions.size(); i++) {
                KnowledgeQuestion q = questions.get(i);
                ps.setObject(1, UUID.randomUUID());
                ps.setString(2, q.ref());
                ps.setObject(3, documentId);
                ps.setInt(4, i + 1);
                ps.setString(5, q.type());
                ps.setString(6, q.difficulty());
                ps.setString(7, q.question());
                ps.setArray(8, Sql.textArray(c, q.keyPoints()));
                ps.setArray(9, Sql.textArray(c, q.probes()));
                ps.setArray(10, Sql.textArray(c, q.misconceptions()));
                ps.setArray(11, Sql.textArray(c, topics));
                ps.setArray(12, Sql.textArray(c, roles));
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw new DataAccessException("insert questions", e);
        }
    }

    /** Refs among these that another document already uses. */
    public List<String> existingRefs(List<String> refs) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select ref from question where ref = any(?) order by ref")) {
            ps.setArray(1, Sql.textArray(c, refs));
            List<String> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new DataAccessException("read question refs", e);
        }
    }

    /** Questions matching any of the given topics, roles and types (an empty list does not filter). */
    public List<QuestionRow> find(List<String> topics, List<String> roles, List<String> types, int limit) {
        StringBuilder sql = new StringBuilder("""
                select q.ref, q.document_id, d.title, q.topics, q.roles, q.type, q.difficulty, q.question, q.key_points, q.probes,
                       q.misconceptions
                from question q join document d on d.id = q.document_id where true""");
        if (!topics.isEmpty()) {
            sql.append(" and q.topics && ?");
        }
        if (!roles.isEmpty()) {
            sql.append(" and q.roles && ?");
        }
        if (!types.isEmpty()) {
            sql.append(" and q.type = any(?)");
        }
        sql.append(" order by d.title, q.ordinal limit ?");
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(sql.toString())) {
            int i = 1;
            if (!topics.isEmpty()) {
                ps.setArray(i++, Sql.textArray(c, topics));
            }
            if (!roles.isEmpty()) {
                ps.setArray(i++, Sql.textArray(c, roles));
            }
            if (!types.isEmpty()) {
                ps.setArray(i++, Sql.textArray(c, types));
            }
            ps.setInt(i, limit);
            List<QuestionRow> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new QuestionRow(rs.getString("ref"), rs.getObject("document_id", UUID.class), rs.getString("title"),
                            Sql.strings(rs, "topics"), Sql.strings(rs, "roles"), rs.getString("type"),
                            rs.getString("difficulty"), rs.getString("question"), Sql.strings(rs, "key_points"),
                            Sql.strings(rs, "probes"), Sql.strings(rs, "misconceptions")));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new DataAccessException("read questions", e);
        }
    }

    /** Every topic tag with the number of documents carrying it and of their questions. */
    public List<TopicCount> topics() {
        String sql = """
                select t.topic, count(distinct d.id) as documents, count(q.id) as questions
                from document d cross join lateral unnest(d.topics) as t(topic)
                left join question q on q.document_id = d.id
                group by t.topic order by t.topic""";
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(sql);
             ResultSet rs = ps.executeQuery()) {
            List<TopicCount> out = new ArrayList<>();
            while (rs.next()) {
                out.add(new TopicCount(rs.getString(1), rs.getInt(2), rs.getInt(3)));
            }
            return out;
        } catch (SQLException e) {
            throw new DataAccessException("count topics", e);
        }
    }
}
