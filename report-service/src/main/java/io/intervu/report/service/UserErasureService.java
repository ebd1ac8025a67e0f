package io.intervu.report.service;

import io.intervu.report.ErasureRecord;
import io.intervu.report.repository.ProcessedEventRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;

/** Deletes everything this service holds about a user, once per erasure event. */
@ApplicationScoped
public class UserErasureService {

    static final String CONSUMER = "report.user-erasure";

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

    /** Every table with user data: reports (their content rows go with them: on delete cascade). */
    private long deleteUserRows(String userId) {
        long contents = ((Number) em.createNativeQuery(
                        "select count(*) from report_content c join report r on r.id = c.report_id where r.user_id = :user")
                .setParameter("user", userId).getSingleResult()).longValue();
        long reports = em.createNativeQuery("delete from report where user_id = :user")
                .setParameter("user", userId).executeUpdate();
        return reports + contents;
    }
}
