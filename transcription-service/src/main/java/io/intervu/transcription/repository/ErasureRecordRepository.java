package io.intervu.transcription.repository;

import io.intervu.transcription.ErasureRecord;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** The erasures applied here, and the per-user lock that keeps new data about a user from racing their erasure. */
@ApplicationScoped
public class ErasureRecordRepository implements PanacheRepositoryBase<ErasureRecord, Long> {

    /**
     * Held until the transaction ends. The erasure and every transaction that inserts rows owned by
     * the user take it before touching any of the user's rows, then ask {@link #erased}: so a write
     * that found the user not erased commits before the erasure starts deleting, never after it.
     * The two-key form has a key space of its own: it cannot meet the single-key locks (the outbox
     * relay's) whatever the hashes.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lockUser(String userId) {
        getEntityManager().createNativeQuery("select 1 from (select pg_advisory_xact_lock(hashtext('erasure'), hashtext(:user))) l")
                .setParameter("user", userId)
                .getSingleResult();
    }

    /** The user's data was erased here: nothing new about them may be stored. */
    public boolean erased(String userId) {
        return count("userId", userId) > 0;
    }
}
