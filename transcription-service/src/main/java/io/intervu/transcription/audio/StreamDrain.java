package io.intervu.transcription.audio;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Reads one of a child process's pipes on a thread of its own, so that the caller can wait for the process with a
 * timeout, and the process never blocks on a full pipe. What is kept never grows past {@code cap}: past it, a
 * {@link #discarding} drain (stderr) reads on and drops the rest, a {@link #stopping} drain (stdout) marks the output
 * as overflowed, runs its overflow action (kill the process) and stops.
 */
final class StreamDrain {

    private final InputStream in;
    private final int cap;
    private final Runnable onOverflow;
    private final CountDownLatch done = new CountDownLatch(1);
    private byte[] buffer;
    private int length;
    private volatile boolean overflowed;

    private StreamDrain(InputStream in, int initialCapacity, int cap, Runnable onOverflow) {
        this.in = in;
        this.cap = cap;
        this.onOverflow = onOverflow;
        this.buffer = new byte[Math.max(1, Math.min(initialCapacity, cap))];
    }

    /** Keeps the first {@code cap} bytes and reads the rest away. */
    static StreamDrain discarding(String threadName, InputStream in, int cap) {
        return new StreamDrain(in, Math.min(cap, 8192), cap, null).start(threadName);
    }

    /** Keeps up to {@code cap} bytes; one byte more is an overflow: {@code onOverflow} runs and reading stops. */
    static StreamDrain stopping(String threadName, InputStream in, int initialCapacity, int cap, Runnable onOverflow) {
        return new StreamDrain(in, initialCapacity, cap, onOverflow).start(threadName);
    }

    private StreamDrain start(String threadName) {
        Thread thread = new Thread(this::drain, threadName);
        // a pipe some stray process still holds open must not keep the JVM alive
        thread.setDaemon(true);
        thread.start();
        return this;
    }

    private void drain() {
        byte[] scratch = new byte[8192];
        try {
            while (true) {
                if (length == cap) {
                    if (in.read(scratch) < 0) {
                        return;
                    }
                    if (onOverflow != null) {
                        overflowed = true;
                        onOverflow.run();
                        return;
                    }
                    continue;
                }
                if (length == buffer.length) {
                    buffer = Arrays.copyOf(buffer, (int) Math.min(cap, 2L * buffer.length));
                }
                int n = in.read(buffer, length, buffer.length - length);
                if (n < 0) {
                    return;
                }
                length += n;
            }
        } catch (IOException e) {
            // the process was killed and its pipe closed: what was read so far is all there is
        } finally {
            done.countDown();
        }
    }

    /** True when the pipe reached its end (or overflowed) within the wait. */
    boolean await(long millis) throws InterruptedException {
        return done.await(Math.max(0, millis), TimeUnit.MILLISECONDS);
    }

    boolean overflowed() {
        return overflowed;
    }

    /** The bytes read, valid up to {@link #length()}; only after {@link #await} returned true. */
    byte[] buffer() {
        return buffer;
    }

    int length() {
        return length;
    }

    String text() {
        return new String(buffer, 0, length, StandardCharsets.UTF_8);
    }
}
