package io.intervu.report.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfWriter;
import io.intervu.report.model.InterviewAssessed;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;

/**
 * Renders an assessed interview as the candidate's PDF report. Pure: no database or CDI, so the
 * same code runs in the service, in tests and in the benchmark. Thread-safe (state is per call).
 */
public final class ReportRenderer {

    private final List<Path> fallbackFonts;

    public ReportRenderer(List<Path> fallbackFonts) {
        this.fallbackFonts = List.copyOf(fallbackFonts);
    }

    public RenderedReport render(InterviewAssessed data, OffsetDateTime generatedAt) {
        ReportFonts fonts = ReportFonts.load(fallbackFonts);
        String candidate = CoverPage.candidateName(data);
        String title = title(data);
        PageDecorator decorator = new PageDecorator(fonts, "Intervu · Interview feedback report",
                candidate + " · " + Format.date(data.startedAt() != null ? data.startedAt() : data.completedAt()));
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        Document document = new Document(PageSize.A4, 54, 54, 64, 60);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(decorator);
            writer.setViewerPreferences(PdfWriter.PageModeUseOutlines | PdfWriter.DisplayDocTitle);
            writer.setPdfVersion(PdfWriter.VERSION_1_7);
            document.addTitle(title);
            document.addAuthor("Intervu");
            document.addSubject("Interview feedback for " + candidate
                    + (ReportContext.blank(data.role()) ? "" : ", " + data.role().strip()));
            document.addKeywords("interview, feedback, " + String.join(", ", ReportContext.list(data.focusTopics())));
            document.addCreator("Intervu report-service");
            document.open();
            ReportContext ctx = new ReportContext(document, writer, new Blocks(fonts, decorator), data, generatedAt);
            CoverPage.write(ctx);
            ScoresPage.write(ctx);
            CoachingPage.write(ctx);
            QuestionSection.writeAll(ctx);
            ProvenancePage.write(ctx);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("report could not be rendered", e);
        }
        byte[] pdf = out.toByteArray();
        return new RenderedReport(pdf, decorator.pageCount(), title, sha256(pdf));
    }

    public static String title(InterviewAssessed data) {
        String role = ReportContext.blank(data.role()) ? "Interview" : data.role().strip();
        return Format.truncate("Interview feedback: " + role + " · " + CoverPage.candidateName(data)
                + " · " + Format.date(data.startedAt() != null ? data.startedAt() : data.completedAt()), 300);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
