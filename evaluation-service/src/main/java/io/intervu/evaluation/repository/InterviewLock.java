package io.intervu.evaluation.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Serialises everything that may decide on an interview's assessment (a new evaluation, the
 * completed event) with a transaction-scoped advisory lock on the interview id. Without it an
 * evaluation and the completed event committing at the same time could each miss the other
 * and no assessment would ever be made.
 */
@ApplicationScoped
public class InterviewLock {

    private final EntityManager em;

    public InterviewLock(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void lock(String interviewId) {
        em.createNativeQuery("select 1 from (select pg_advisory_xact_lock(hashtext(:key))) l")
                .setParameter("key", "evaluation.interview:" + interviewId)
                .getSingleResult();
    }
}
