package io.intervu.interview.service;

import io.intervu.interview.ErasureRecord;
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
    private final EntityManager em;

    public UserErasureService(ProcessedEventRepository processed, EntityManager em) {
        this.processed = processed;
        this.em = em;
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

    /**
     * Every table with user data: turns and plan questions of the user's interviews, the outbox
     * copies of their events (they carry transcripts), then the interviews.
     */
    private long deleteUserRows(String userId) {
        long events = em.createNativeQuery("delete from outbox_event where event_key in (select cast(id as varchar) from interview where user_id = :u)")
                .setParameter("u", userId).executeUpdate();
        long turns = em.createNativeQuery("delete from turn where interview_id in (select id from interview where user_id = :u)")
                .setParameter("u", userId).executeUpdate();
        long questions = em.createNativeQuery("delete from prepared_question where interview_id in (select id from interview where user_id = :u)")
                .setParameter("u", userId).executeUpdate();
        long interviews = em.createNativeQuery("delete from interview where user_id = :u").setParameter("u", userId).executeUpdate();
        return events + turns + questions + interviews;
    }
}
