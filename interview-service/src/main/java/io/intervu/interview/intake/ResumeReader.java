package io.intervu.interview.intake;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Turns an uploaded resume into text, refusing what we cannot read with a message a candidate
 * understands. Checks are by content (magic bytes, trailer), never by file name or declared type.
 */
@ApplicationScoped
public class ResumeReader {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_PAGES = 10;
    /** Fewer visible characters than this means there is no usable text layer (a scan). */
    static final int MIN_TEXT_CHARS = 80;

    private static final Logger LOG = Logger.getLogger(ResumeReader.class);

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
        try (PDDocument document = Loader.loadPDF(pdf)) {
            if (document.isEncrypted()) {
                throw encrypted();
            }
            if (document.getNumberOfPages() > MAX_PAGES) {
                throw new ResumeRejectedException("resume-too-many-pages", "Your resume has more than 10 pages. Please upload a shorter version.");
            }
            String text = normalise(new ColumnAwareTextStripper().text(document));
            if (text.replaceAll("\\s", "").length() < MIN_TEXT_CHARS) {
                throw new ResumeRejectedException("resume-no-text", "We could not find any text in this PDF; it may be a scanned image. Please upload a PDF exported from a word processor.");
            }
            return text;
        } catch (InvalidPasswordException e) {
            throw encrypted();
        } catch (IOException e) {
            LOG.debugf("unreadable PDF: %s", e.getMessage());
            throw new ResumeRejectedException("resume-unreadable", "This PDF is damaged and cannot be read. Please export it again and upload the new file.");
        }
    }

    private static ResumeRejectedException encrypted() {
        return new ResumeRejectedException("resume-encrypted", "This PDF is password-protected. Please upload a version without a password.");
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

    private static String normalise(String text) {
        return text.replace('\u00A0', ' ')
                .replaceAll("[\\p{Cc}&&[^\\n\\t]]", "")
                .replaceAll("[ \\t]+", " ")
                .replaceAll("\\n{3,}", "\n\n")
                .strip();
    }
}
