package io.intervu.interview.loop;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Wakes clients waiting on an interview (long-polled next message, event stream) as soon as a change
 * to it is committed, instead of at their next poll: at once for this process's commits, and through
 * {@link ReplicaChangeListener} for other replicas'. A future stays until its interview's next change;
 * every open interview changes again (an answer, the inactivity timeout), so they do not pile up.
 */
@ApplicationScoped
public class InterviewChangeSignals {

    private final ConcurrentHashMap<UUID, CompletableFuture<Void>> next = new ConcurrentHashMap<>();

    /**
     * Completes at the next change committed by this process. Take it before reading the state, so a
     * change committed between the read and the wait is not missed. Each waiter gets its own copy:
     * a waiter that gives up cancels only its copy, never the others' wake-up.
     */
    public CompletableFuture<Void> nextChange(UUID interviewId) {
        return next.computeIfAbsent(interviewId, id -> new CompletableFuture<>()).copy();
    }

    void onCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) InterviewChanged changed) {
        wake(changed.interviewId());
    }

    /** Completes the waits on an interview whose change is committed. */
    public void wake(UUID interviewId) {
        CompletableFuture<Void> waiting = next.remove(interviewId);
        if (waiting != null) {
            waiting.complete(null);
        }
    }
}
