package io.intervu.interview.loop;

import io.intervu.interview.config.InterviewConfig;
import io.intervu.interview.repository.ReplicaNotifications;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Announces every interview change to the other replicas, inside the transaction that makes it, so
 * the announcement goes out exactly when the change commits. Several announcements of one interview
 * in one transaction are folded into one by PostgreSQL.
 */
@ApplicationScoped
public class ReplicaChangeBroadcast {

    private final ReplicaNotifications notifications;
    private final InterviewConfig config;

    public ReplicaChangeBroadcast(ReplicaNotifications notifications, InterviewConfig config) {
        this.notifications = notifications;
        this.config = config;
    }

    void onChange(@Observes InterviewChanged changed) {
        if (config.replicaWakeup()) {
            notifications.notifyOnCommit(ReplicaChangeListener.CHANNEL, ReplicaChangeListener.payload(changed.interviewId()));
        }
    }
}
