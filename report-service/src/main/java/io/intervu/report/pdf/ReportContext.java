package io.intervu.report.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfWriter;
import io.intervu.report.model.InterviewAssessed;

import java.time.OffsetDateTime;
import java.util.List;

/** What every section needs while the document is being written. */
record ReportContext(Document document, PdfWriter writer, Blocks blocks, InterviewAssessed data,
                     OffsetDateTime generatedAt) {

    ReportFonts fonts() {
        return blocks.fonts();
    }

    void add(Element element) {
        try {
            document.add(element);
        } catch (DocumentException e) {
            throw new IllegalStateException("report element could not be added", e);
        }
    }

    /** Starts a new page unless at least {@code points} of vertical space are left on this one. */
    void needSpace(float points) {
        if (writer.getVerticalPosition(true) - document.bottom() < points) {
            document.newPage();
        }
    }

    boolean confidenceShown() {
        return Boolean.TRUE.equals(data.confidenceOptIn());
    }

    static <T> List<T> list(List<T> maybe) {
        return maybe == null ? List.of() : maybe.stream().filter(java.util.Objects::nonNull).toList();
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
