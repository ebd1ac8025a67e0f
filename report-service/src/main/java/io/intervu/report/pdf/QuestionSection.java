package io.intervu.report.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import io.intervu.report.model.InterviewAssessed.Answer;
import io.intervu.report.model.InterviewAssessed.Confidence;
import io.intervu.report.model.InterviewAssessed.Criterion;
import io.intervu.report.model.InterviewAssessed.Evaluation;
import io.intervu.report.model.InterviewAssessed.Question;
import io.intervu.report.model.InterviewAssessed.Turn;

import java.util.ArrayList;
import java.util.List;

/** One question: what was asked, what was answered (with follow-ups), and how it was judged. */
final class QuestionSection {

    static final String PARENT = "questions";

    private QuestionSection() {
    }

    static void writeAll(ReportContext ctx) {
        ctx.document().newPage();
        Blocks b = ctx.blocks();
        ctx.add(b.heading("Question by question", PARENT, "Question by question", null));
        List<Question> questions = ReportContext.list(ctx.data().questions());
        if (questions.isEmpty()) {
            ctx.add(b.muted("No questions were answered in this interview."));
        }
        for (int i = 0; i < questions.size(); i++) {
            write(ctx, questions.get(i), QuestionNumbers.number(questions.get(i), i), i > 0);
        }
    }

    private static void write(ReportContext ctx, Question q, int number, boolean notFirst) {
        Blocks b = ctx.blocks();
        ReportFonts f = ctx.fonts();
        if (notFirst) {
            ctx.needSpace(260);
        }
        Double score = QuestionScores.score(q);
        Paragraph title = ctx.fonts().paragraph();
        title.add(b.anchor("q" + number, "Q" + number + " · " + Format.capitalise(q.topic()) + ": " + Format.truncate(q.text(), 60), PARENT));
        title.add(f.phrase("Question " + number, ReportStyle.H2, ReportStyle.NAVY, true));
        if (!ReportContext.blank(q.topic())) {
            title.add(f.phrase("  ·  " + Format.capitalise(q.topic()), ReportStyle.H2, ReportStyle.ACCENT, true));
        }
        title.add(new com.lowagie.text.Chunk("   ", f.font(ReportStyle.H2, ReportStyle.INK, false)));
        title.add(b.pill(score == null ? "not scored" : Format.score(score) + " / 5", ReportStyle.scoreColor(score)));
        title.setSpacingBefore(notFirst ? 16 : 4);
        title.setSpacingAfter(2);
        ctx.add(title);
        ctx.add(b.muted(meta(q)));
        ctx.add(b.panel(f.phrase(ReportContext.blank(q.text()) ? "(question text not recorded)" : q.text(),
                ReportStyle.BODY + 0.5f, ReportStyle.INK, false), ReportStyle.PANEL, ReportStyle.NAVY));

        List<Turn> turns = ReportContext.list(q.turns());
        if (turns.isEmpty()) {
            ctx.add(b.body("(No answer was recorded for this question.)", ReportStyle.MUTED));
        }
        int followUp = 0;
        for (Turn turn : turns) {
            if (turn.isFollowUp()) {
                followUp++;
                ctx.needSpace(120);
                ctx.add(b.label("Follow-up " + followUp));
                ctx.add(b.panel(f.phrase(ReportContext.blank(turn.prompt()) ? "(follow-up question not recorded)" : turn.prompt(),
                        ReportStyle.BODY, ReportStyle.INK, false), ReportStyle.PANEL, ReportStyle.ACCENT));
            }
            turn(ctx, turn);
        }
        String outline = turns.stream().map(Turn::evaluation)
                .filter(e -> e != null && !ReportContext.blank(e.strongAnswerOutline()))
                .map(Evaluation::strongAnswerOutline).findFirst().orElse(null);
        if (outline != null) {
            ctx.needSpace(90);
            ctx.add(b.label("What a strong answer covers"));
            ctx.add(b.panel(f.phrase(outline, ReportStyle.BODY, ReportStyle.INK, false), new java.awt.Color(0xEC, 0xFD, 0xF5), ReportStyle.GOOD));
        }
    }

    private static String meta(Question q) {
        List<String> parts = new ArrayList<>();
        if (!ReportContext.blank(q.type())) {
            parts.add(Format.capitalise(q.type()) + " question");
        }
        if (!ReportContext.blank(q.difficulty())) {
            parts.add(Format.capitalise(q.difficulty()));
        }
        if (q.source() != null && !ReportContext.blank(q.source().documentTitle())) {
            parts.add("From the knowledge base: " + q.source().documentTitle());
        }
        return String.join("  ·  ", parts);
    }

    private static void turn(ReportContext ctx, Turn turn) {
        Blocks b = ctx.blocks();
        Answer answer = turn.answer();
        Evaluation eval = turn.evaluation();
        Paragraph heading = b.label("Your answer");
        String how = answerMeta(answer);
        if (!how.isEmpty()) {
            heading.add(ctx.fonts().phrase("   " + how, ReportStyle.SMALL, ReportStyle.MUTED, false));
        }
        ctx.add(heading);
        boolean empty = answer == null || ReportContext.blank(ReportFonts.clean(answer.text()));
        if (empty) {
            ctx.add(b.body("(No answer was given.)", ReportStyle.MUTED));
        } else {
            Paragraph text = b.body(answer.text());
            text.setIndentationLeft(8);
            ctx.add(text);
        }
        if (eval != null) {
            evaluation(ctx, eval);
        }
        if (turn.delivery() != null && !ReportContext.list(turn.delivery().metrics()).isEmpty()) {
            ctx.needSpace(70);
            ctx.add(b.label("Delivery of this answer"));
            ctx.add(DeliveryTable.compact(b, ReportContext.list(turn.delivery().metrics())));
            if (turn.delivery().timeToFirstWordSeconds() != null) {
                ctx.add(ThinkingTime.answerLine(b, turn.delivery().timeToFirstWordSeconds()));
            }
        }
        if (ctx.confidenceShown() && turn.confidence() != null && turn.confidence().score() != null) {
            confidence(ctx, turn.confidence());
        }
    }

    private static String answerMeta(Answer answer) {
        if (answer == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        if ("audio".equalsIgnoreCase(answer.source())) {
            parts.add("spoken");
        } else if ("text".equalsIgnoreCase(answer.source())) {
            parts.add("typed");
        }
        if (answer.durationSeconds() != null && answer.durationSeconds() > 0) {
            parts.add(Format.duration(answer.durationSeconds()));
        }
        return String.join(", ", parts);
    }

    private static void evaluation(ReportContext ctx, Evaluation eval) {
        Blocks b = ctx.blocks();
        ReportFonts f = ctx.fonts();
        Paragraph verdict = ctx.fonts().paragraph();
        verdict.setLeading(0, 1.4f);
        verdict.add(b.pill(Format.scoreOutOfMax(eval.overallScore()), ReportStyle.scoreColor(eval.overallScore())));
        if (!ReportContext.blank(eval.overallJustification())) {
            verdict.add(f.phrase("   " + eval.overallJustification(), ReportStyle.BODY, ReportStyle.INK, false));
        }
        verdict.setSpacingBefore(6);
        verdict.setSpacingAfter(4);
        ctx.add(verdict);

        List<Criterion> criteria = ReportContext.list(eval.criteria());
        if (!criteria.isEmpty()) {
            PdfPTable t = new PdfPTable(new float[]{20, 14, 7, 59});
            t.setWidthPercentage(100);
            t.setHeaderRows(1);
            t.setSpacingBefore(4);
            t.setSpacingAfter(4);
            for (String h : new String[]{"Criterion", "", "Score", "Why"}) {
                t.addCell(b.headerCell(h));
            }
            for (Criterion c : criteria) {
                String label = ReportContext.blank(c.label()) ? CriterionLabels.label(c.name()) : c.label();
                t.addCell(b.rowCell(f.phrase(label, ReportStyle.SMALL + 0.5f, ReportStyle.INK, true)));
                PdfPCell bar = b.rowCell(f.phrase(" ", ReportStyle.SMALL, ReportStyle.INK, false));
                bar.setCellEvent(new ScoreBar(c.score()));
                t.addCell(bar);
                PdfPCell value = b.rowCell(f.phrase(Format.score(c.score()), ReportStyle.SMALL + 0.5f, ReportStyle.scoreColor(c.score()), true));
                value.setHorizontalAlignment(Element.ALIGN_CENTER);
                t.addCell(value);
                t.addCell(b.rowCell(f.phrase(c.justification(), ReportStyle.SMALL + 0.5f, ReportStyle.INK, false)));
            }
            ctx.add(t);
        }
        List<String> covered = ReportContext.list(eval.keyPointsCovered());
        List<String> missed = ReportContext.list(eval.keyPointsMissed());
        if (!covered.isEmpty() || !missed.isEmpty()) {
            ctx.add(b.label("Key points"));
            if (!covered.isEmpty()) {
                ctx.add(b.bullets(covered, "✓", ReportStyle.GOOD));
            }
            if (!missed.isEmpty()) {
                ctx.add(b.bullets(missed.stream().map(m -> "Missed: " + m).toList(), "✗", ReportStyle.POOR));
            }
        }
        List<String> improvements = ReportContext.list(eval.improvements());
        if (!improvements.isEmpty()) {
            ctx.add(b.label("To make it stronger"));
            ctx.add(b.bullets(improvements, "→", ReportStyle.FAIR));
        }
        if (Boolean.TRUE.equals(eval.injectionSuspected())) {
            ctx.add(b.muted("Part of this answer read like instructions to the evaluator. It was scored as an answer, and those instructions were not followed."));
        }
    }

    private static void confidence(ReportContext ctx, Confidence c) {
        Blocks b = ctx.blocks();
        Paragraph p = ctx.fonts().paragraph();
        p.setLeading(0, 1.4f);
        p.add(ctx.fonts().phrase("Confidence (coaching only, not part of any score): ", ReportStyle.SMALL, ReportStyle.MUTED, true));
        String rating = ReportContext.blank(c.rating()) ? "" : " · " + c.rating();
        p.add(ctx.fonts().phrase(Format.number(c.score()) + " / 100" + rating, ReportStyle.SMALL, ReportStyle.INK, true));
        p.add(ctx.fonts().phrase("  estimated from your voice's steadiness, pitch variation, pauses and pace.", ReportStyle.SMALL, ReportStyle.MUTED, false));
        p.setSpacingBefore(4);
        ctx.add(p);
    }
}
