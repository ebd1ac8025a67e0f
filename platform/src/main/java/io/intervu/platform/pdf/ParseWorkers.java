package io.intervu.platform.pdf;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The threads untrusted PDFs are parsed on: a fixed few, with a bounded queue, so however many uploads arrive
 * at once only {@code threads} parses use CPU and heap; beyond the queue an upload is refused at
 * once rather than piling up. The caller waits at most until its deadline, then leaves the parse
 * behind: a queued one never starts, a running one is interrupted and stops at its next deadline
 * check (PDFBox ignores interrupts, the parse's own checks do not).
 */
public final class ParseWorkers implements AutoCloseable {

    private final ThreadPoolExecutor executor;

    /** {@code threads} workers named {@code name-1}, {@code name-2}, …, and room for {@code queue} parses waiting. */
    public ParseWorkers(int threads, int queue, String name) {
        BlockingQueue<Runnable> waiting = queue > 0 ? new ArrayBlockingQueue<>(queue) : new SynchronousQueue<>();
        AtomicInteger number = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, waiting, task -> {
            Thread thread = new Thread(task, name + "-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }, new ThreadPoolExecutor.AbortPolicy());
    }

    /**
     * Runs the parse on a worker and returns its result or rethrows what it threw.
     *
     * @throws RejectedExecutionException every worker is busy and the queue is full
     * @throws Deadline.TimeUp the deadline passed first
     */
    public <T> T run(Supplier<T> parse, Deadline deadline) {
        Future<T> future = executor.submit(parse::get);
        try {
            return future.get(Math.max(0, deadline.remainingNanos()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            // a cancelled task would keep its queue slot until a worker dequeued it
            executor.remove((Runnable) future);
            throw new Deadline.TimeUp();
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while waiting for the parse");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException unchecked) {
                throw unchecked;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Parses running or queued right now (for tests and diagnostics). */
    public int inFlight() {
        return executor.getActiveCount() + executor.getQueue().size();
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
