package io.intervu.evaluation.service;

import io.intervu.evaluation.ErasureRecord;
import io.intervu.evaluation.repository.OutboxRepository;
import io.intervu.evaluation.repository.ErasureRecordRepository;
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
     * Every table with user data: evaluations (they hold the answers), completions, assessments,
     * and the outbox rows of the user's events, published or pending (a pending one sent now would
     * make report-service and interview-service store the erased user's data again).
     */
    private long deleteUserRows(String userId) {
        long rows = 0;
        for (String table : new String[] {"answer_evaluation", "interview_completion", "interview_assessment"}) {
            rows += em.createNativeQuery("delete from " + table + " where user_id = :user")
                    .setParameter("user", userId).executeUpdate();
        }
        rows += outbox.deleteAllOfUser(userId);
        return rows;
    }
}
