package io.intervu.rag.service.parse;

import io.intervu.platform.pdf.Deadline;
import io.intervu.platform.pdf.DecodedSizeBudget;
import io.intervu.platform.pdf.ParseWorkers;
import io.intervu.platform.pdf.PdfRefusedException;
import io.intervu.rag.RequestRefusedException;
import io.intervu.rag.RequestRefusedException.Reason;
import io.intervu.rag.config.RagConfig;
import io.intervu.rag.service.parse.InvalidDocumentException.Flaw;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.util.concurrent.RejectedExecutionException;

/**
 * Text of a PDF through PDFBox, refusing encrypted, oversized and unreadable files, and files whose streams unpack
 * to more than {@link RagConfig.Ingest} allows (PDFBox would unpack them into heap in one piece). PDFs are read on a
 * few workers of their own, so however many arrive at once only that many budgets' worth of heap is in use.
 */
public class PdfTextExtractor implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(PdfTextExtractor.class);
    private static final long BUSY_RETRY_AFTER_SECONDS = 5;

    public record PdfText(String text, String title, int pages) {
    }

    private final RagConfig.Ingest limits;
    private final ParseWorkers workers;

    public PdfTextExtractor(RagConfig.Ingest limits) {
        this.limits = limits;
        this.workers = new ParseWorkers(limits.pdfWorkers(), limits.pdfQueue(), "pdf-reader");
    }

    public PdfText extract(byte[] bytes) {
        Deadline deadline = Deadline.after(limits.maxPdfParseTime());
        try {
            return workers.run(() -> read(bytes, deadline), deadline);
        } catch (RejectedExecutionException e) {
            LOG.warn("PDF upload refused: every PDF reader is busy and the queue is full");
            throw new RequestRefusedException(Reason.UNAVAILABLE, "pdf-reader-busy", "Too many PDFs at once",
                    "Other PDFs are being read right now. Please try again in a few seconds.", null, BUSY_RETRY_AFTER_SECONDS);
        } catch (Deadline.TimeUp e) {
            throw tooComplex();
        }
    }

    @Override
    public void close() {
        workers.close();
    }

    private PdfText read(byte[] bytes, Deadline deadline) {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            if (pdf.isEncrypted()) {
                throw new InvalidDocumentException(Flaw.UNUSABLE, "encrypted-pdf", "Encrypted PDF", "The PDF is encrypted; upload an unprotected copy.");
            }
            DecodedSizeBudget budget = new DecodedSizeBudget(limits.maxPdfDecodedBytes(), limits.maxPdfContentBytes(), deadline);
            // before the page count: the page tree usually sits in an object stream, which this unpacks
            budget.checkStreams(pdf);
            int pages = pdf.getNumberOfPages();
            if (pages > limits.maxPages()) {
                throw new InvalidDocumentException(Flaw.UNUSABLE, "too-many-pages", "Too many pages",
                        "The PDF has " + pages + " pages; at most " + limits.maxPages() + " are accepted.");
            }
            budget.checkContent(pdf, pages);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setParagraphEnd("\n\n");
            String text = stripper.getText(pdf);
            String title = pdf.getDocumentInformation() == null ? null : pdf.getDocumentInformation().getTitle();
            return new PdfText(text, title, pages);
        } catch (InvalidPasswordException e) {
            throw new InvalidDocumentException(Flaw.UNUSABLE, "encrypted-pdf", "Encrypted PDF", "The PDF is password protected.");
        } catch (IOException e) {
            throw unreadable();
        } catch (InvalidDocumentException e) {
            throw e;
        } catch (PdfRefusedException e) {
            throw switch (e.reason()) {
                case TOO_COMPLEX -> tooComplex();
                case UNREADABLE -> unreadable();
            };
        } catch (Deadline.TimeUp e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            // PDFBox meets some malformed files with unchecked exceptions (a transform that overflows a float) and
            // absurd nesting with a stack overflow; either is a broken upload, not a server fault
            LOG.debugf("unreadable PDF: %s", e.toString());
            throw unreadable();
        }
    }

    private InvalidDocumentException tooComplex() {
        return new InvalidDocumentException(Flaw.UNUSABLE, "pdf-too-complex", "PDF too complex",
                "The PDF's fonts and page content unpack to far more than a document's text needs (at most "
                        + limits.maxPdfDecodedBytes() / (1 << 20) + " MB in all and " + limits.maxPdfContentBytes() / (1 << 20)
                        + " MB of page content are read), or took longer than " + limits.maxPdfParseTime().toSeconds() + " s to read. Export it again, or upload its text as Markdown.");
    }

    private static InvalidDocumentException unreadable() {
        return new InvalidDocumentException(Flaw.UNUSABLE, "unreadable-pdf", "Unreadable PDF", "The file starts like a PDF but cannot be read as one.");
    }
}
