package io.intervu.transcription.service;

import io.intervu.transcription.ErasureRecord;
import io.intervu.transcription.repository.ProcessedEventRepository;
import io.intervu.transcription.repository.TranscriptionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;

/** Deletes everything this service holds about a user, once per erasure event. */
@ApplicationScoped
public class UserErasureService {

    static final String CONSUMER = "transcription.user-erasure";

    private final ProcessedEventRepository processed;
    private final TranscriptionRepository transcriptions;

    public UserErasureService(ProcessedEventRepository processed, TranscriptionRepository transcriptions) {
        this.processed = processed;
        this.transcriptions = transcriptions;
    }

    /** Returns false when this event was already applied. */
    @Transactional
    public boolean erase(String eventId, String userId) {
        if (!processed.claim(eventId, CONSUMER)) {
            return false;
        }
        long rows = deleteUserRows(userId);
        ErasureRecord record = new ErasureRecord();
        record.userId = userId;
        record.eventId = eventId;
        record.rowsErased = rows;
        record.erasedAt = OffsetDateTime.now();
        record.persist();
        return true;
    }

    /** Every table with user data is listed here: only transcriptions hold a user's data. */
    private long deleteUserRows(String userId) {
        return transcriptions.deleteByOwner(userId);
    }
}
