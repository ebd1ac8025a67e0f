package io.intervu.report.pdf;

import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import io.intervu.report.model.InterviewAssessed.Metric;

import java.awt.Color;
import java.util.List;

/**
 * Delivery metrics as the transcription service measured them, each against its reference band.
 * The metric list is drawn as given, so a new metric needs no change here.
 */
final class DeliveryTable {

    private DeliveryTable() {
    }

    static PdfPTable of(Blocks b, List<Metric> metrics) {
        PdfPTable t = new PdfPTable(new float[]{27, 19, 18, 22, 14});
        t.setWidthPercentage(100);
        t.setHeaderRows(1);
        t.setSpacingBefore(2);
        t.setSpacingAfter(6);
        for (String h : new String[]{"Metric", "You", "Usual range", "", ""}) {
            t.addCell(b.headerCell(h));
        }
        for (Metric m : metrics) {
            String verdict = verdict(m);
            boolean within = "within".equals(verdict);
            String label = ReportContext.blank(m.label()) ? CriterionLabels.label(m.name()) : m.label();
            t.addCell(b.rowCell(b.fonts().phrase(label, ReportStyle.BODY, ReportStyle.INK, false)));
            t.addCell(b.rowCell(b.fonts().phrase(Format.withUnit(m.value(), m.unit()), ReportStyle.BODY, ReportStyle.INK, true)));
            t.addCell(b.rowCell(b.fonts().phrase(band(m), ReportStyle.SMALL, ReportStyle.MUTED, false)));
            PdfPCell bar = b.rowCell(b.fonts().phrase(" ", ReportStyle.BODY, ReportStyle.INK, false));
            bar.setCellEvent(new BandBar(m.value(), m.bandLow(), m.bandHigh(), within));
            t.addCell(bar);
            t.addCell(b.rowCell(b.fonts().phrase(verdictText(verdict), ReportStyle.SMALL, verdictColor(verdict), true)));
        }
        return t;
    }

    /** One answer's delivery in a single band of tiles: metric, value (coloured by verdict), usual range. */
    static PdfPTable compact(Blocks b, List<Metric> metrics) {
        int columns = Math.min(4, metrics.size());
        PdfPTable t = new PdfPTable(columns);
        t.setWidthPercentage(100);
        t.setSpacingBefore(2);
        t.setSpacingAfter(6);
        for (Metric m : metrics) {
            String verdict = verdict(m);
            String label = ReportContext.blank(m.label()) ? CriterionLabels.label(m.name()) : m.label();
            PdfPCell c = new PdfPCell();
            c.setBackgroundColor(ReportStyle.PANEL);
            c.setBorderColor(Color.WHITE);
            c.setBorderWidth(2);
            c.setPadding(5);
            c.setPaddingTop(2);
            c.addElement(b.fonts().paragraphOf(b.fonts().phrase(label, ReportStyle.SMALL - 0.5f, ReportStyle.MUTED, false)));
            c.addElement(b.fonts().paragraphOf(b.fonts().phrase(Format.withUnit(m.value(), m.unit()) + "  " + verdictMark(verdict),
                    ReportStyle.BODY, verdictColor(verdict), true)));
            c.addElement(b.fonts().paragraphOf(b.fonts().phrase("usual " + band(m), ReportStyle.SMALL - 1, ReportStyle.MUTED, false)));
            t.addCell(c);
        }
        t.completeRow();
        return t;
    }

    private static String verdictMark(String verdict) {
        return switch (verdict) {
            case "within" -> "✓";
            case "below" -> "↓";
            case "above" -> "↑";
            default -> "";
        };
    }

    /** The producer's verdict when given, else computed from the band. */
    static String verdict(Metric m) {
        if (!ReportContext.blank(m.verdict())) {
            return m.verdict().strip().toLowerCase();
        }
        if (m.value() == null) {
            return "unknown";
        }
        if (m.bandLow() != null && m.value() < m.bandLow()) {
            return "below";
        }
        if (m.bandHigh() != null && m.value() > m.bandHigh()) {
            return "above";
        }
        return m.bandLow() == null && m.bandHigh() == null ? "unknown" : "within";
    }

    private static String band(Metric m) {
        return Format.range(m.bandLow(), m.bandHigh(), m.unit());
    }

    private static String verdictText(String verdict) {
        return switch (verdict) {
            case "within" -> "In range";
            case "below" -> "Below range";
            case "above" -> "Above range";
            default -> "–";
        };
    }

    private static Color verdictColor(String verdict) {
        return "within".equals(verdict) ? ReportStyle.GOOD : "unknown".equals(verdict) ? ReportStyle.MUTED : ReportStyle.FAIR;
    }
}
