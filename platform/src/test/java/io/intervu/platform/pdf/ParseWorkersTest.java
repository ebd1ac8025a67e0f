package io.intervu.platform.pdf;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** The bounded parse pool with real threads: full means refused at once, late means left behind and stopped. */
class ParseWorkersTest {

    private final ParseWorkers workers = new ParseWorkers(1, 1, "test-parser");
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void close() {
        release.countDown();
        workers.close();
    }

    private String blocked() {
        try {
            release.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return "done";
    }

    @Test
    void withTheWorkerBusyAndTheQueueFullAParseIsRefusedAtOnce() {
        CompletableFuture<String> running = CompletableFuture.supplyAsync(() -> workers.run(this::blocked, Deadline.after(Duration.ofSeconds(30))));
        await().atMost(Duration.ofSeconds(5)).until(() -> workers.inFlight() == 1);
        CompletableFuture<String> queued = CompletableFuture.supplyAsync(() -> workers.run(() -> "queued", Deadline.after(Duration.ofSeconds(30))));
        await().atMost(Duration.ofSeconds(5)).until(() -> workers.inFlight() == 2);

        long start = System.nanoTime();
        assertThatThrownBy(() -> workers.run(() -> "third", Deadline.after(Duration.ofSeconds(30))))
                .isInstanceOf(RejectedExecutionException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));

        release.countDown();
        assertThat(running.join()).isEqualTo("done");
        assertThat(queued.join()).isEqualTo("queued");
    }

    @Test
    void aParsePastTheDeadlineIsLeftBehindAndStopsAtItsNextCheck() {
        AtomicBoolean stopped = new AtomicBoolean();
        Deadline deadline = Deadline.after(Duration.ofMillis(300));
        long start = System.nanoTime();
        assertThatThrownBy(() -> workers.run(() -> {
            try {
                while (true) {
                    deadline.check();
                    Thread.onSpinWait();
                }
            } finally {
                stopped.set(true);
            }
        }, deadline)).isInstanceOf(Deadline.TimeUp.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
        await().atMost(Duration.ofSeconds(2)).untilTrue(stopped);
        // the worker is free again
        assertThat(workers.run(() -> "next", Deadline.after(Duration.ofSeconds(5)))).isEqualTo("next");
    }

    @Test
    void aQueuedParseWhoseCallerGaveUpNeverRuns() {
        CompletableFuture.supplyAsync(() -> workers.run(this::blocked, Deadline.after(Duration.ofSeconds(30))));
        await().atMost(Duration.ofSeconds(5)).until(() -> workers.inFlight() == 1);
        AtomicBoolean ran = new AtomicBoolean();
        assertThatThrownBy(() -> workers.run(() -> ran.getAndSet(true), Deadline.after(Duration.ofMillis(200))))
                .isInstanceOf(Deadline.TimeUp.class);
        release.countDown();
        assertThat(workers.run(() -> "after", Deadline.after(Duration.ofSeconds(5)))).isEqualTo("after");
        assertThat(ran).isFalse();
    }

    @Test
    void whatTheParseThrowsReachesTheCaller() {
        assertThatThrownBy(() -> workers.run(() -> {
            throw new PdfRefusedException(PdfRefusedException.Reason.UNREADABLE, "unreadable");
        }, Deadline.after(Duration.ofSeconds(5)))).isInstanceOf(PdfRefusedException.class);
    }
}
