package io.intervu.platform.pdf;

import java.time.Duration;

/**
 * When a parse must stop. The parsing thread checks it between steps (every content-stream
 * operator, every decoded chunk, every page), so a parse the caller has given up on ends by itself
 * instead of holding its worker: PDFBox itself never looks at interrupts.
 */
public final class Deadline {

    private final long atNanos;

    private Deadline(long atNanos) {
        this.atNanos = atNanos;
    }

    public static Deadline after(Duration limit) {
        return new Deadline(System.nanoTime() + limit.toNanos());
    }

    public long remainingNanos() {
        return atNanos - System.nanoTime();
    }

    /** Throws once the time is up or the caller cancelled the parse (interrupt). */
    public void check() {
        if (remainingNanos() <= 0 || Thread.currentThread().isInterrupted()) {
            throw new TimeUp();
        }
    }

    /** Unchecked on purpose: it must pass through PDFBox's stream engine, which handles only IOExceptions. */
    public static final class TimeUp extends RuntimeException {
        public TimeUp() {
            super("parse time is up", null, false, false);
        }
    }
}
