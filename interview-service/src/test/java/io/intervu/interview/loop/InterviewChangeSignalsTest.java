package io.intervu.interview.loop;

import org.junit.jupiter.api.Test;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/** Waiters are woken by a committed change of their interview only, and one waiter giving up wakes nobody. */
class InterviewChangeSignalsTest {

    @Test
    void aCommittedChangeWakesEveryWaiterOfThatInterviewOnce() {
        InterviewChangeSignals signals = new InterviewChangeSignals();
        UUID id = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        CompletableFuture<Void> a = signals.nextChange(id);
        CompletableFuture<Void> b = signals.nextChange(id);
        CompletableFuture<Void> elsewhere = signals.nextChange(other);

        a.cancel(false); // a client that gave up (timeout, closed stream)
        assertThat(b).isNotDone();

        signals.onCommit(new InterviewChanged(id));
        assertThat(b).isCompleted();
        assertThat(elsewhere).isNotDone();

        // the next wait is for the next change, not the one already seen
        assertThat(signals.nextChange(id)).isNotDone();
    }
}
