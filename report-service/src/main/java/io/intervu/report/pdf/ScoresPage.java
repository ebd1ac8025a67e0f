package io.intervu.report.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import io.intervu.report.model.InterviewAssessed;
import io.intervu.report.model.InterviewAssessed.Metric;
import io.intervu.report.model.InterviewAssessed.Question;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The numbers at a glance: criteria, per-question scores, and delivery against reference bands. */
final class ScoresPage {

    private ScoresPage() {
    }

    static void write(ReportContext ctx) {
        ctx.document().newPage();
        Blocks b = ctx.blocks();
        ctx.add(b.heading("Your scores at a glance", "scores", "Scores at a glance", null));
        criteria(ctx);
        questions(ctx);
        ctx.needSpace(160);
        ctx.add(b.subheading("Delivery"));
        InterviewAssessed.DeliveryMetrics summary = ctx.data().deliverySummary();
        List<Metric> metrics = summary == null ? List.of() : ReportContext.list(summary.metrics());
        if (metrics.isEmpty()) {
            ctx.add(b.muted("No spoken answers were analysed in this interview, so there are no delivery metrics."));
        } else {
            ctx.add(b.muted("Averaged over your spoken answers. The green band is the range interviewers usually find easy to follow; the dot is you."));
            ctx.add(DeliveryTable.of(b, metrics));
            if (summary.timeToFirstWordSeconds() != null) {
                ctx.add(ThinkingTime.averageLine(b, summary.timeToFirstWordSeconds()));
            }
        }
    }

    private static void criteria(ReportContext ctx) {
        Blocks b = ctx.blocks();
        InterviewAssessed.Assessment a = ctx.data().assessment();
        Map<String, Double> averages = new LinkedHashMap<>();
        if (a != null && a.criterionAverages() != null) {
            a.criterionAverages().forEach((name, score) -> averages.put(CriterionLabels.label(name), score));
        }
        ctx.add(b.subheading("By criterion"));
        if (averages.isEmpty()) {
            ctx.add(b.muted("The evaluation did not report criterion averages."));
            return;
        }
        PdfPTable row = new PdfPTable(new float[]{50, 50});
        row.setWidthPercentage(100);
        PdfPCell chartCell = new PdfPCell();
        chartCell.setBorder(0);
        if (averages.size() >= 3) {
            Image radar = Charts.criteriaRadar(ctx.writer().getDirectContent(), averages, 330, 200);
            chartCell.addElement(radar);
        }
        row.addCell(chartCell);
        PdfPTable table = new PdfPTable(new float[]{42, 38, 20});
        table.setWidthPercentage(100);
        table.addCell(b.headerCell("Criterion"));
        table.addCell(b.headerCell(""));
        table.addCell(b.headerCell("Score"));
        averages.forEach((label, score) -> {
            table.addCell(b.rowCell(b.fonts().phrase(label, ReportStyle.BODY, ReportStyle.INK, false)));
            PdfPCell bar = b.rowCell(b.fonts().phrase(" ", ReportStyle.BODY, ReportStyle.INK, false));
            bar.setCellEvent(new ScoreBar(score));
            table.addCell(bar);
            PdfPCell value = b.rowCell(b.fonts().phrase(Format.score(score), ReportStyle.BODY, ReportStyle.scoreColor(score), true));
            value.setHorizontalAlignment(Element.ALIGN_RIGHT);
            table.addCell(value);
        });
        PdfPCell tableCell = new PdfPCell(table);
        tableCell.setBorder(0);
        tableCell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        tableCell.setPaddingLeft(10);
        row.addCell(tableCell);
        ctx.add(row);
        ctx.add(b.muted("Scores run from 1 (not shown) to 5 (excellent). 4 and above is interview-ready for that criterion."));
    }

    private static void questions(ReportContext ctx) {
        Blocks b = ctx.blocks();
        List<Question> questions = ReportContext.list(ctx.data().questions());
        ctx.add(b.subheading("By question"));
        if (questions.isEmpty()) {
            ctx.add(b.muted("No questions were answered."));
            return;
        }
        List<String> labels = new ArrayList<>();
        List<Double> scores = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            labels.add("Q" + QuestionNumbers.number(questions.get(i), i));
            scores.add(QuestionScores.score(questions.get(i)));
        }
        float width = ctx.document().right() - ctx.document().left();
        Image chart = Charts.questionScores(ctx.writer().getDirectContent(), labels, scores, width, 150);
        chart.setSpacingAfter(6);
        ctx.add(chart);

        PdfPTable table = new PdfPTable(new float[]{7, 47, 16, 12, 18});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String h : new String[]{"#", "Topic and question", "Type", "Score", ""}) {
            table.addCell(b.headerCell(h));
        }
        for (int i = 0; i < questions.size(); i++) {
            Question q = questions.get(i);
            Double score = scores.get(i);
            table.addCell(b.rowCell(b.fonts().phrase(labels.get(i), ReportStyle.BODY, ReportStyle.MUTED, true)));
            com.lowagie.text.Phrase topic = b.fonts().phrase(Format.capitalise(q.topic()), ReportStyle.BODY, ReportStyle.INK, true);
            topic.add(new com.lowagie.text.Chunk("\n", b.fonts().font(ReportStyle.BODY, ReportStyle.INK, false)));
            topic.add(b.fonts().phrase(Format.truncate(q.text(), 70), ReportStyle.SMALL, ReportStyle.MUTED, false));
            table.addCell(b.rowCell(topic));
            table.addCell(b.rowCell(b.fonts().phrase(Format.capitalise(q.type()), ReportStyle.SMALL, ReportStyle.INK, false)));
            table.addCell(b.rowCell(b.fonts().phrase(score == null ? "–" : Format.score(score), ReportStyle.BODY, ReportStyle.scoreColor(score), true)));
            PdfPCell bar = b.rowCell(b.fonts().phrase(" ", ReportStyle.BODY, ReportStyle.INK, false));
            bar.setCellEvent(new ScoreBar(score));
            table.addCell(bar);
        }
        ctx.add(table);
        ctx.add(b.muted("A question's score averages the main answer and its follow-ups."));
    }
}
