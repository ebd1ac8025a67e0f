package io.intervu.interview.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/**
 * Limits on reading an uploaded resume PDF. The file comes from anyone with an account, so every
 * resource its parsing can consume (threads, time, heap, temp disk) has a bound here.
 */
@ConfigMapping(prefix = "intervu.resume")
public interface ResumeConfig {

    /** Pages read from the start of the PDF; later pages are ignored, not refused. */
    @WithDefault("10")
    int maxPages();

    /** Characters of extracted text kept (after whitespace is normalised); the rest is dropped. */
    @WithDefault("50000")
    int maxTextChars();

    /**
     * Decoded bytes of all the PDF's streams except images (page content, forms, fonts, object
     * streams) together. PDFBox decodes a filtered stream into heap whatever its memory setting, so
     * this is what keeps a small, highly compressed file from exhausting the heap.
     */
    @WithDefault("33554432")
    long maxDecodedBytes();

    /** Decoded bytes of page content and form streams together: each operand in them becomes an object on the heap. */
    @WithDefault("4194304")
    long maxContentBytes();

    /** PDFBox's scratch buffers: kept in heap up to this, then in a temp file. */
    @WithDefault("4194304")
    long scratchMemoryBytes();

    /** PDFBox's scratch buffers in all (heap and temp file); beyond it the PDF is refused as unreadable. */
    @WithDefault("33554432")
    long scratchTotalBytes();

    /** Threads that parse PDFs; more uploads at once wait in the queue. */
    @WithDefault("2")
    int parseWorkers();

    /** Uploads that may wait for a parse thread; with the queue full, an upload is answered 503 with Retry-After. */
    @WithDefault("8")
    int parseQueue();

    /** From the moment an upload is queued: past it the request gets 422 and the parse stops at its next step. */
    @WithDefault("10s")
    Duration parseTimeLimit();

    /** Retry-After seconds on the 503 answered while every parse thread and queue slot is taken. */
    @WithDefault("5")
    int busyRetryAfterSeconds();
}
