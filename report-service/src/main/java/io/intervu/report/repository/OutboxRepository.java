package io.intervu.report.repository;

import io.intervu.report.OutboxEvent;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.List;

@ApplicationScoped
public class OutboxRepository implements PanacheRepositoryBase<OutboxEvent, Long> {

    /**
     * Only one relay at a time may publish (a transaction-scoped advisory lock), so events of one
     * key leave in the order they were written even with several replicas; SKIP LOCKED keeps a
     * slow pass from blocking writers.
     */
    public boolean tryRelayLock() {
        Object locked = getEntityManager()
                .createNativeQuery("select pg_try_advisory_xact_lock(hashtext('report.outbox-relay'))")
                .getSingleResult();
        return Boolean.TRUE.equals(locked);
    }

    @SuppressWarnings("unchecked")
    public List<OutboxEvent> lockPending(int limit) {
        return getEntityManager()
                .createNativeQuery("select * from outbox_event where published_at is null order by seq "
                        + "limit :limit for update skip locked", OutboxEvent.class)
                .setParameter("limit", limit)
                .getResultList();
    }

    public void markPublished(List<Long> seqs) {
        if (!seqs.isEmpty()) {
            update("publishedAt = ?1 where seq in ?2", OffsetDateTime.now(), seqs);
        }
    }

    public long countPending() {
        return count("publishedAt is null");
    }

    /**
     * Deletes at most {@code limit} events published before {@code cutoff}, oldest first (the primary
     * key walks them in order, no extra index needed); pending events are never touched.
     */
    public int deletePublishedBefore(OffsetDateTime cutoff, int limit) {
        return getEntityManager()
                .createNativeQuery("delete from outbox_event where seq in (select seq from outbox_event "
                        + "where published_at < :cutoff order by seq limit :limit)")
                .setParameter("cutoff", cutoff)
                .setParameter("limit", limit)
                .executeUpdate();
    }

    /**
     * Deletes every event about this user (their payload names the user), published or not: a pending
     * one sent after the erasure would make its consumers store the erased user's data again.
     */
    public int deleteAllOfUser(String userId) {
        return getEntityManager()
                .createNativeQuery("delete from outbox_event where (cast(payload as jsonb) -> 'data' ->> 'userId') = :user")
                .setParameter("user", userId)
                .executeUpdate();
    }
}
