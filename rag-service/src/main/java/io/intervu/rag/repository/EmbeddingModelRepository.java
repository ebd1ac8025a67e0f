package io.intervu.rag.repository;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** The single row naming the model that made the stored vectors. */
@ApplicationScoped
public class EmbeddingModelRepository {

    public record StoredModel(String name, int dimension) {
    }

    private final AgroalDataSource dataSource;

    public EmbeddingModelRepository(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Optional<StoredModel> current() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select name, dimension from embedding_model where id = 1");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(new StoredModel(rs.getString(1), rs.getInt(2))) : Optional.empty();
        } catch (SQLException e) {
            throw new DataAccessException("read embedding model", e);
        }
    }

    public void save(String name, int dimension) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("""
                     insert into embedding_model (id, name, dimension) values (1, ?, ?)
                     on conflict (id) do update set name = excluded.name, dimension = excluded.dimension, updated_at = now()""")) {
            ps.setString(1, name);
            ps.setInt(2, dimension);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new DataAccessException("save embedding model", e);
        }
    }
}
