package io.intervu.interview.intake;

import io.intervu.interview.RequestRefusedException;
import io.intervu.interview.RequestRefusedException.Reason;
import io.intervu.interview.config.ResumeConfig;
import io.intervu.platform.pdf.Deadline;
import io.intervu.platform.pdf.ParseWorkers;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;

/**
 * Turns an uploaded resume into text, refusing what we cannot read with a message a candidate
 * understands. Checks are by content (magic bytes, trailer), never by file name or declared type.
 * The cheap checks run on the caller's thread; the parse runs on {@link ParseWorkers} within the
 * time limit and the {@link PdfLimits}. Call it outside any database transaction: it can take
 * the whole time limit.
 */
@ApplicationScoped
public class ResumeReader {

    public static final int MAX_BYTES = 5 * 1024 * 1024;

    private static final Logger LOG = Logger.getLogger(ResumeReader.class);

    private final PdfTextReader parser;
    private final ParseWorkers workers;
    private final Duration timeLimit;
    private final int busyRetryAfterSeconds;

    @Inject
    public ResumeReader(ResumeConfig config) {
        this(PdfLimits.of(config), new ParseWorkers(config.parseWorkers(), config.parseQueue(), "resume-parser"), config.parseTimeLimit(),
                config.busyRetryAfterSeconds());
    }

    ResumeReader(PdfLimits limits, ParseWorkers workers, Duration timeLimit, int busyRetryAfterSeconds) {
        this.parser = new PdfTextReader(limits);
        this.workers = workers;
        this.timeLimit = timeLimit;
        this.busyRetryAfterSeconds = busyRetryAfterSeconds;
    }

    public String read(byte[] pdf) {
        if (pdf == null || pdf.length == 0) {
            throw new ResumeRejectedException("resume-missing", "Please attach your resume as a PDF file.");
        }
        if (pdf.length > MAX_BYTES) {
            throw new ResumeRejectedException("resume-too-large", "Your resume is larger than 5 MB. Please upload a smaller PDF.");
        }
        if (!startsWithPdfHeader(pdf)) {
            throw new ResumeRejectedException("resume-not-pdf", "This file is not a PDF. Please export your resume as a PDF and upload it again.");
        }
        if (!hasEndOfFileMarker(pdf)) {
            throw new ResumeRejectedException("resume-truncated", "This PDF looks incomplete (the upload may have been cut off). Please upload the full file again.");
        }
        Deadline deadline = Deadline.after(timeLimit);
        try {
            return workers.run(() -> parser.read(pdf, deadline), deadline);
        } catch (RejectedExecutionException e) {
            // the server's capacity, not this client's rate, is the limit: 503, not 429
            LOG.warn("resume upload refused: every parse worker is busy and the queue is full");
            throw new RequestRefusedException(Reason.UNAVAILABLE, "resume-reader-busy", "Too many resumes at once",
                    "We are reading many resumes right now. Please try again in a few seconds.", null, (long) busyRetryAfterSeconds);
        } catch (Deadline.TimeUp e) {
            LOG.warnf("resume parse abandoned after %s", timeLimit);
            throw new ResumeRejectedException("resume-too-slow", "This PDF took too long to read, so we stopped. Please export your resume again from your word processor, or upload a simpler version.");
        }
    }

    /** The parse pool, for tests that fill it with real work. */
    ParseWorkers workers() {
        return workers;
    }

    @PreDestroy
    void stop() {
        workers.close();
    }

    /** PDF 1.7 (ISO 32000-1, 7.5.2) allows the header anywhere in the first 1024 bytes. */
    static boolean startsWithPdfHeader(byte[] pdf) {
        String head = new String(pdf, 0, Math.min(pdf.length, 1024), StandardCharsets.ISO_8859_1);
        return head.contains("%PDF-");
    }

    /** A complete file ends with %%EOF (possibly followed by whitespace or junk from some writers). */
    static boolean hasEndOfFileMarker(byte[] pdf) {
        int from = Math.max(0, pdf.length - 2048);
        String tail = new String(pdf, from, pdf.length - from, StandardCharsets.ISO_8859_1);
        return tail.contains("%%EOF");
    }
}
