package io.intervu.report.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPCellEvent;
import com.lowagie.text.pdf.PdfPTable;
import io.intervu.report.model.InterviewAssessed;
import io.intervu.report.model.InterviewAssessed.Assessment;

import java.util.ArrayList;
import java.util.List;

/** Page 1: who, what, when, and the headline result. */
final class CoverPage {

    private static final float BAND_HEIGHT = 190;

    private CoverPage() {
    }

    static void write(ReportContext ctx) {
        InterviewAssessed data = ctx.data();
        Blocks b = ctx.blocks();
        ReportFonts fonts = ctx.fonts();
        drawBand(ctx);

        ctx.add(b.spacer(BAND_HEIGHT - 40));
        Paragraph name = fonts.paragraph();
        name.add(b.anchor("overview", "Overview", null));
        name.add(fonts.phrase(candidateName(data), 24, ReportStyle.INK, true));
        name.setLeading(0, 1.25f);
        name.setSpacingAfter(4);
        ctx.add(name);
        Paragraph position = new Paragraph(fonts.phrase(position(data), 13, ReportStyle.MUTED, false));
        position.setSpacingAfter(22);
        ctx.add(position);

        Assessment a = data.assessment();
        PdfPTable top = new PdfPTable(new float[]{58, 42});
        top.setWidthPercentage(100);
        PdfPCell facts = new PdfPCell(b.facts(details(data), 36));
        facts.setBorder(Rectangle.NO_BORDER);
        top.addCell(facts);
        top.addCell(scoreCell(ctx, a));
        ctx.add(top);

        if (a != null && !ReportContext.blank(a.summary())) {
            ctx.add(b.subheading("Summary"));
            ctx.add(b.body(a.summary()));
        }
        if (a != null) {
            topics(ctx, a);
        }
    }

    static String candidateName(InterviewAssessed data) {
        return ReportContext.blank(data.candidateName()) ? "Candidate" : data.candidateName().strip();
    }

    private static String position(InterviewAssessed data) {
        String role = ReportContext.blank(data.role()) ? "Interview practice" : data.role().strip();
        return ReportContext.blank(data.company()) ? role : role + " · " + data.company().strip();
    }

    private static List<String[]> details(InterviewAssessed data) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[]{"Date", Format.date(data.startedAt() != null ? data.startedAt() : data.completedAt())});
        rows.add(new String[]{"Duration", Format.duration(data.durationSeconds())});
        List<InterviewAssessed.Question> questions = ReportContext.list(data.questions());
        long followUps = questions.stream().flatMap(q -> ReportContext.list(q.turns()).stream())
                .filter(InterviewAssessed.Turn::isFollowUp).count();
        rows.add(new String[]{"Questions", questions.size() + (followUps > 0 ? " (+ " + followUps + " follow-up" + (followUps == 1 ? "" : "s") + ")" : "")});
        if (!ReportContext.blank(data.seniority())) {
            rows.add(new String[]{"Level", Format.capitalise(data.seniority())});
        }
        List<String> focus = ReportContext.list(data.focusTopics());
        if (!focus.isEmpty()) {
            rows.add(new String[]{"Focus topics", String.join(", ", focus)});
        }
        if (!ReportContext.blank(data.status()) && !"COMPLETED".equalsIgnoreCase(data.status())) {
            rows.add(new String[]{"Status", Format.capitalise(data.status().toLowerCase()) + " (the report covers the answers given)"});
        }
        return rows;
    }

    private static PdfPCell scoreCell(ReportContext ctx, Assessment a) {
        Double score = a == null ? null : a.overallScore();
        String readiness = a == null || ReportContext.blank(a.readiness()) ? "Not assessed" : a.readiness();
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setFixedHeight(150);
        cell.setCellEvent(new ScoreDial(ctx.fonts(), score, readiness));
        return cell;
    }

    private static void topics(ReportContext ctx, Assessment a) {
        List<String> strong = ReportContext.list(a.strongestTopics());
        List<String> weak = ReportContext.list(a.weakestTopics());
        if (strong.isEmpty() && weak.isEmpty()) {
            return;
        }
        Blocks b = ctx.blocks();
        PdfPTable t = new PdfPTable(2);
        t.setWidthPercentage(100);
        t.setSpacingBefore(10);
        t.addCell(topicCell(b, "Strongest topics", strong, ReportStyle.GOOD));
        t.addCell(topicCell(b, "Topics to work on", weak, ReportStyle.FAIR));
        ctx.add(t);
    }

    private static PdfPCell topicCell(Blocks b, String title, List<String> topics, java.awt.Color color) {
        PdfPCell c = new PdfPCell();
        c.setBorder(Rectangle.TOP);
        c.setBorderColorTop(color);
        c.setBorderWidthTop(2);
        c.setPaddingTop(6);
        c.setPaddingRight(12);
        c.addElement(new Paragraph(b.fonts().phrase(title, ReportStyle.H3, color, true)));
        c.addElement(new Paragraph(b.fonts().phrase(topics.isEmpty() ? "–" : String.join(" · ", topics),
                ReportStyle.BODY, ReportStyle.INK, false)));
        return c;
    }

    private static void drawBand(ReportContext ctx) {
        Rectangle page = ctx.document().getPageSize();
        PdfContentByte under = ctx.writer().getDirectContentUnder();
        under.saveState();
        under.setColorFill(ReportStyle.NAVY);
        under.rectangle(0, page.getHeight() - BAND_HEIGHT, page.getWidth(), BAND_HEIGHT);
        under.fill();
        under.setColorFill(ReportStyle.ACCENT);
        under.rectangle(0, page.getHeight() - BAND_HEIGHT - 5, page.getWidth(), 5);
        under.fill();
        under.restoreState();
        PdfContentByte over = ctx.writer().getDirectContent();
        float left = ctx.document().left();
        ColumnText.showTextAligned(over, Element.ALIGN_LEFT,
                ctx.fonts().phrase("INTERVU", 11, ReportStyle.ACCENT_LIGHT, true), left, page.getHeight() - 60, 0);
        ColumnText.showTextAligned(over, Element.ALIGN_LEFT,
                ctx.fonts().phrase("Interview feedback report", 28, java.awt.Color.WHITE, true), left, page.getHeight() - 105, 0);
        ColumnText.showTextAligned(over, Element.ALIGN_LEFT,
                ctx.fonts().phrase("Your answers, scored against a rubric, with what to practise next", 11,
                        new java.awt.Color(0xCB, 0xD5, 0xE1), false), left, page.getHeight() - 130, 0);
    }

    /** The overall score as a ring filled to the score, with the readiness label underneath. */
    private record ScoreDial(ReportFonts fonts, Double score, String readiness) implements PdfPCellEvent {
        @Override
        public void cellLayout(PdfPCell cell, Rectangle pos, PdfContentByte[] canvases) {
            PdfContentByte cb = canvases[PdfPTableCanvas.LINES];
            float cx = (pos.getLeft() + pos.getRight()) / 2;
            float cy = pos.getTop() - 62;
            float r = 50;
            cb.saveState();
            cb.setLineWidth(9);
            cb.setColorStroke(ReportStyle.PANEL);
            cb.circle(cx, cy, r);
            cb.stroke();
            if (score != null && score > 0) {
                float extent = (float) (360 * Math.min(score, ReportStyle.SCORE_MAX) / ReportStyle.SCORE_MAX);
                cb.setColorStroke(ReportStyle.scoreColor(score));
                cb.setLineCap(PdfContentByte.LINE_CAP_ROUND);
                cb.arc(cx - r, cy - r, cx + r, cy + r, 90, -extent);
                cb.stroke();
            }
            cb.restoreState();
            ColumnText.showTextAligned(cb, Element.ALIGN_CENTER,
                    fonts.phrase(Format.score(score), 26, ReportStyle.INK, true), cx, cy - 4, 0);
            ColumnText.showTextAligned(cb, Element.ALIGN_CENTER,
                    fonts.phrase("out of 5", ReportStyle.SMALL, ReportStyle.MUTED, false), cx, cy - 20, 0);
            Phrase label = fonts.phrase(readiness, 12, ReportStyle.readinessColor(readiness), true);
            ColumnText.showTextAligned(cb, Element.ALIGN_CENTER, label, cx, pos.getTop() - 140, 0);
        }
    }
}
