package io.intervu.interview.intake;

import io.intervu.platform.pdf.Deadline;
import io.intervu.platform.pdf.DecodedSizeBudget;
import io.intervu.platform.pdf.PdfRefusedException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.jboss.logging.Logger;

import java.io.IOException;

/**
 * Reads the text of one PDF within {@link PdfLimits}, on the calling thread (a parse worker). Every
 * refusal is a {@link ResumeRejectedException} written for the candidate; running out of time is a
 * {@link Deadline.TimeUp}.
 */
final class PdfTextReader {

    /** PDF's own limit on a page side in default user space: 200 inches (ISO 32000-1, annex C). */
    static final float MAX_PAGE_SIDE = 14_400f;
    /** Fewer visible characters than this means there is no usable text layer (a scan). */
    static final int MIN_TEXT_CHARS = 80;

    private static final Logger LOG = Logger.getLogger(PdfTextReader.class);

    private final PdfLimits limits;

    PdfTextReader(PdfLimits limits) {
        this.limits = limits;
    }

    String read(byte[] pdf, Deadline deadline) {
        deadline.check();
        // PDFBox's scratch buffers: in heap up to a cap, then a temp file, refused beyond the total
        MemoryUsageSetting scratch = MemoryUsageSetting.setupMixed(limits.scratchMemoryBytes(), limits.scratchTotalBytes());
        try (PDDocument document = Loader.loadPDF(pdf, "", null, null, scratch.streamCache)) {
            if (document.isEncrypted()) {
                throw encrypted();
            }
            DecodedSizeBudget budget = new DecodedSizeBudget(limits.maxDecodedBytes(), limits.maxContentBytes(), deadline);
            // before anything resolves an object inside an object stream (the page tree usually is in one)
            budget.checkStreams(document);
            int pages = Math.min(document.getNumberOfPages(), limits.maxPages());
            for (int i = 0; i < pages; i++) {
                checkPageSize(document.getPage(i));
            }
            budget.checkContent(document, pages);
            String text = normalise(new ColumnAwareTextStripper(deadline, limits.maxTextChars()).text(document, pages));
            if (text.replaceAll("\\s", "").length() < MIN_TEXT_CHARS) {
                throw new ResumeRejectedException("resume-no-text", "We could not find any text in this PDF; it may be a scanned image. Please upload a PDF exported from a word processor.");
            }
            return truncate(text, limits.maxTextChars());
        } catch (InvalidPasswordException e) {
            throw encrypted();
        } catch (IOException e) {
            LOG.debugf("unreadable PDF: %s", e.getMessage());
            throw unreadable();
        } catch (ResumeRejectedException | Deadline.TimeUp e) {
            throw e;
        } catch (PdfRefusedException e) {
            throw switch (e.reason()) {
                case TOO_COMPLEX -> tooComplex();
                case UNREADABLE -> unreadable();
            };
        } catch (RuntimeException | StackOverflowError e) {
            // PDFBox meets some malformed files with unchecked exceptions, and absurd nesting with a stack overflow
            LOG.debugf("unreadable PDF: %s", e.toString());
            throw unreadable();
        }
    }

    /**
     * The page boxes come from the file; the layout code sizes its work by them. Larger than PDF
     * allows (or not a number) is refused rather than clamped: such a file was made to hurt.
     */
    private static void checkPageSize(PDPage page) {
        for (PDRectangle box : new PDRectangle[]{page.getMediaBox(), page.getCropBox()}) {
            if (!(box.getWidth() <= MAX_PAGE_SIDE) || !(box.getHeight() <= MAX_PAGE_SIDE)) {
                throw new ResumeRejectedException("resume-page-too-large",
                        "A page of this PDF is larger than 200 inches (14,400 points) on a side, more than PDF allows. Please export your resume again with a normal page size such as A4 or Letter.");
            }
        }
    }

    static ResumeRejectedException unreadable() {
        return new ResumeRejectedException("resume-unreadable", "This PDF is damaged and cannot be read. Please export it again and upload the new file.");
    }

    private static ResumeRejectedException tooComplex() {
        return new ResumeRejectedException("resume-too-complex",
                "This PDF holds far more data than a resume needs, so we did not read it. Please export your resume again from your word processor, or upload a simpler version.");
    }

    private static ResumeRejectedException encrypted() {
        return new ResumeRejectedException("resume-encrypted", "This PDF is password-protected. Please upload a version without a password.");
    }

    /** Keeps the first {@code max} characters, cut at a line or word boundary when there is one near the end. */
    static String truncate(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf('\n', max);
        if (cut < max * 0.9) {
            cut = text.lastIndexOf(' ', max);
        }
        if (cut < max * 0.9) {
            cut = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        }
        return text.substring(0, cut).strip();
    }

    private static String normalise(String text) {
        return text.replace('\u00A0', ' ')
                .replaceAll("[\\p{Cc}&&[^\\n\\t]]", "")
                .replaceAll("[ \\t]+", " ")
                .replaceAll("\\n{3,}", "\n\n")
                .strip();
    }
}
