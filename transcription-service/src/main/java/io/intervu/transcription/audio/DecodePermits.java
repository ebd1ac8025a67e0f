package io.intervu.transcription.audio;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Bounds the decodes that run at once. Each holds an ffmpeg process and, on the heap, the upload, the PCM buffer and
 * the samples as floats; unbounded, a burst of uploads exhausts the heap (or the processors) for every request.
 * A request that finds no free decode within a short wait is answered 503 with Retry-After instead of queueing.
 */
public final class DecodePermits {

    private final Semaphore permits;
    private final int size;
    private final Duration wait;
    private final Duration retryAfter;

    public DecodePermits(int size, Duration wait, Duration retryAfter) {
        if (size < 1) {
            throw new IllegalArgumentException("at least one decode must be allowed, not " + size);
        }
        this.permits = new Semaphore(size, true);
        this.size = size;
        this.wait = wait;
        this.retryAfter = retryAfter;
    }

    /**
     * Half the heap for decodes (the other half is for the rest of the service), at most two per processor:
     * decoding is CPU work, and more at once only makes each one slower while it holds its memory.
     */
    public static int sized(long maxHeapBytes, int processors, long bytesPerDecode) {
        long byHeap = maxHeapBytes / 2 / bytesPerDecode;
        return (int) Math.max(1, Math.min(byHeap, 2L * processors));
    }

    /** Holds one decode until closed; 503 {@code audio-decoder-busy} when none came free within the wait. */
    public Permit acquire() throws InterruptedException {
        if (!permits.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new DecodeUnavailableException("audio-decoder-busy", "Audio decoder busy",
                    "All " + size + " audio decoders are busy; retry in a few seconds.", retryAfter);
        }
        return permits::release;
    }

    public int size() {
        return size;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** Released exactly once, by try-with-resources. */
    public interface Permit extends AutoCloseable {
        @Override
        void close();
    }
}
