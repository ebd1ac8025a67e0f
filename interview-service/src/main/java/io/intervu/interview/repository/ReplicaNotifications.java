package io.intervu.interview.repository;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** PostgreSQL NOTIFY on the caller's transaction: delivered to listeners only when it commits, never on rollback. */
@ApplicationScoped
public class ReplicaNotifications {

    @Transactional(Transactional.TxType.MANDATORY)
    public void notifyOnCommit(String channel, String payload) {
        Panache.getEntityManager().createNativeQuery("select 1 from (select pg_notify(:channel, :payload)) n")
                .setParameter("channel", channel)
                .setParameter("payload", payload)
                .getSingleResult();
    }
}
