package io.intervu.interview.service;

import io.intervu.interview.ErasureRecord;
import io.intervu.interview.repository.OutboxRepository;
import io.intervu.interview.repository.ErasureRecordRepository;
import io.intervu.interview.repository.ProcessedEventRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;

/** Deletes everything this service holds about a user, once per erasure event. */
@ApplicationScoped
public class UserErasureService {

    static final String CONSUMER = "interview.user-erasure";

    private final ProcessedEventRepository processed;
    private final ErasureRecordRepository erasures;
    private final OutboxRepository outbox;
    private final EntityManager em;

    public UserErasureService(ProcessedEventRepository processed, ErasureRecordRepository erasures, OutboxRepository outbox, EntityManager em) {
        this.processed = processed;
        this.erasures = erasures;
        this.outbox = outbox;
        this.em = em;
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

    /**
     * Every table with user data: the outbox copies of the user's events, published or pending (they
     * carry transcripts; a pending one sent now would make its consumers store the erased user's data
     * again), turns and plan questions of the user's interviews, then the interviews.
     */
    private long deleteUserRows(String userId) {
        long events = outbox.deleteAllOfUser(userId);
        long turns = em.createNativeQuery("delete from turn where interview_id in (select id from interview where user_id = :u)")
                .setParameter("u", userId).executeUpdate();
        long questions = em.createNativeQuery("delete from prepared_question where interview_id in (select id from interview where user_id = :u)")
                .setParameter("u", userId).executeUpdate();
        long interviews = em.createNativeQuery("delete from interview where user_id = :u").setParameter("u", userId).executeUpdate();
        return events + turns + questions + interviews;
    }
}
