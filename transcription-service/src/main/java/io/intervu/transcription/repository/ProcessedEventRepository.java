package io.intervu.transcription.repository;

import io.intervu.transcription.ProcessedEvent;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

@ApplicationScoped
public class ProcessedEventRepository implements PanacheRepositoryBase<ProcessedEvent, ProcessedEvent.Key> {

    /**
     * Claims an event for a consumer inside the caller's transaction. Returns false when it was
     * already processed; a concurrent claimant blocks on the key and then sees the conflict.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean claim(String eventId, String consumer) {
        int inserted = getEntityManager().createNativeQuery(
                        "insert into processed_event (event_id, consumer, processed_at) values (:id, :consumer, now()) "
                                + "on conflict do nothing")
                .setParameter("id", eventId)
                .setParameter("consumer", consumer)
                .executeUpdate();
        return inserted == 1;
    }
}
