package io.intervu.evaluation.service;

import io.intervu.evaluation.ErasureRecord;
import io.intervu.evaluation.repository.ProcessedEventRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;

/** Deletes everything this service holds about a user, once per erasure event. */
@ApplicationScoped
public class UserErasureService {

    static final String CONSUMER = "evaluation.user-erasure";

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
     * Every table with user data: evaluations (they hold the answers), completions, assessments,
     * and outbox rows whose events carry the user's data.
     */
    private long deleteUserRows(String userId) {
        long rows = 0;
        for (String table : new String[] {"answer_evaluation", "interview_completion", "interview_assessment"}) {
            rows += em.createNativeQuery("delete from " + table + " where user_id = :user")
                    .setParameter("user", userId).executeUpdate();
        }
        rows += em.createNativeQuery("delete from outbox_event where (payload::jsonb -> 'data' ->> 'userId') = :user")
                .setParameter("user", userId).executeUpdate();
        return rows;
    }
}
