package io.intervu.transcription.repository;

import io.intervu.transcription.Transcription;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class TranscriptionRepository implements PanacheRepositoryBase<Transcription, UUID> {

    public Optional<Transcription> findOwned(UUID id, String ownerId) {
        return find("id = ?1 and ownerId = ?2", id, ownerId).firstResultOptional();
    }

    public long deleteByOwner(String ownerId) {
        return delete("ownerId", ownerId);
    }
}
