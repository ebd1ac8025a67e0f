package io.intervu.report.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** What PDFBox reads back from a report: text (whitespace collapsed), bookmarks, metadata, fonts. */
public record PdfText(String text, int pages, List<String> bookmarks, String title, String author, String subject,
                      boolean allFontsEmbedded) {

    public static PdfText read(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            List<String> bookmarks = new ArrayList<>();
            if (doc.getDocumentCatalog().getDocumentOutline() != null) {
                collect(doc.getDocumentCatalog().getDocumentOutline().children(), bookmarks);
            }
            boolean embedded = true;
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    embedded &= font.isEmbedded();
                }
            }
            var info = doc.getDocumentInformation();
            return new PdfText(text, doc.getNumberOfPages(), bookmarks, info.getTitle(), info.getAuthor(), info.getSubject(), embedded);
        } catch (IOException e) {
            throw new IllegalStateException("PDFBox cannot read the report", e);
        }
    }

    private static void collect(Iterable<PDOutlineItem> items, List<String> into) {
        for (PDOutlineItem item : items) {
            into.add(item.getTitle());
            collect(item.children(), into);
        }
    }

    /** Whitespace-insensitive containment: wrapped lines in the PDF break text at any space. */
    public boolean contains(String expected) {
        return text.replace(" ", "").contains(expected.replaceAll("\\s+", ""));
    }
}
