package io.intervu.transcription.service;

import io.intervu.transcription.ErasureRecord;
import io.intervu.transcription.repository.ErasureRecordRepository;
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
    private final ErasureRecordRepository erasures;
    private final TranscriptionRepository transcriptions;

    public UserErasureService(ProcessedEventRepository processed, ErasureRecordRepository erasures, TranscriptionRepository transcriptions) {
        this.processed = processed;
        this.erasures = erasures;
        this.transcriptions = transcriptions;
    }

    /**
     * Returns false when this event was already applied. Waits for the user's writes in flight
     * (they hold the user's lock); the record it leaves makes every later write about the user refuse.
     */
    @Transactional
    public boolean erase(String eventId, String userId) {
        erasures.lockUser(userId);
        if (!processed.claim(eventId, CONSUMER)) {
            return false;
        }
        long rows = deleteUserRows(userId);
        ErasureRecord record = new ErasureRecord();
        record.userId = userId;
        record.eventId = eventId;
        record.rowsErased = rows;
        record.erasedAt = OffsetDateTime.now();
        erasures.persist(record);
        return true;
    }

    /** Every table with user data is listed here: only transcriptions hold a user's data. */
    private long deleteUserRows(String userId) {
        return transcriptions.deleteByOwner(userId);
    }
}
