package io.intervu.report.service;

import io.intervu.report.ErasureRecord;
import io.intervu.report.repository.OutboxRepository;
import io.intervu.report.repository.ErasureRecordRepository;
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
     * Every table with user data: reports (their content rows go with them: on delete cascade) and
     * the outbox rows of the user's report.generated events, published or pending (nobody needs the
     * news of a report that no longer exists).
     */
    private long deleteUserRows(String userId) {
        long contents = ((Number) em.createNativeQuery(
                        "select count(*) from report_content c join report r on r.id = c.report_id where r.user_id = :user")
                .setParameter("user", userId).getSingleResult()).longValue();
        long reports = em.createNativeQuery("delete from report where user_id = :user")
                .setParameter("user", userId).executeUpdate();
        long events = outbox.deleteAllOfUser(userId);
        return reports + contents + events;
    }
}
