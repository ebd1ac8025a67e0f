package io.intervu.rag.service.parse;

import io.intervu.rag.service.parse.InvalidDocumentException.Flaw;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.logging.Logger;

import java.io.IOException;

/** Text of a PDF through PDFBox, refusing encrypted, oversized and unreadable files. */
public class PdfTextExtractor {

    private static final Logger LOG = Logger.getLogger(PdfTextExtractor.class);

    public record PdfText(String text, String title, int pages) {
    }

    public PdfText extract(byte[] bytes, int maxPages) {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            if (pdf.isEncrypted()) {
                throw new InvalidDocumentException(Flaw.UNUSABLE, "encrypted-pdf", "Encrypted PDF", "The PDF is encrypted; upload an unprotected copy.");
            }
            int pages = pdf.getNumberOfPages();
            if (pages > maxPages) {
                throw new InvalidDocumentException(Flaw.UNUSABLE, "too-many-pages", "Too many pages",
                        "The PDF has " + pages + " pages; at most " + maxPages + " are accepted.");
            }
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
        } catch (RuntimeException | StackOverflowError e) {
            // PDFBox meets some malformed files with unchecked exceptions (a transform that overflows a float) and
            // absurd nesting with a stack overflow; either is a broken upload, not a server fault
            LOG.debugf("unreadable PDF: %s", e.toString());
            throw unreadable();
        }
    }

    private static InvalidDocumentException unreadable() {
        return new InvalidDocumentException(Flaw.UNUSABLE, "unreadable-pdf", "Unreadable PDF", "The file starts like a PDF but cannot be read as one.");
    }
}
