package io.intervu.report.pdf;

import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import io.intervu.report.model.InterviewAssessed.Assessment;
import io.intervu.report.model.InterviewAssessed.NextStep;

import java.util.List;

/** What went well, what to improve, and what to do next, with knowledge-base reading. */
final class CoachingPage {

    private CoachingPage() {
    }

    static void write(ReportContext ctx) {
        ctx.needSpace(300);
        Blocks b = ctx.blocks();
        ctx.add(b.spacer(10));
        ctx.add(b.heading("Strengths, improvements and next steps", "coaching", "Strengths, improvements, next steps", null));
        Assessment a = ctx.data().assessment();
        List<String> strengths = a == null ? List.of() : ReportContext.list(a.topStrengths());
        List<String> improvements = a == null ? List.of() : ReportContext.list(a.topImprovements());
        List<NextStep> steps = a == null ? List.of() : ReportContext.list(a.nextSteps());

        ctx.add(b.subheading("What you did well"));
        ctx.add(strengths.isEmpty() ? b.muted("No particular strengths were singled out.") : b.bullets(strengths, "✓", ReportStyle.GOOD));
        ctx.add(b.subheading("What to improve"));
        ctx.add(improvements.isEmpty() ? b.muted("No particular improvements were singled out.") : b.bullets(improvements, "→", ReportStyle.FAIR));
        ctx.add(b.subheading("Next steps"));
        if (steps.isEmpty()) {
            ctx.add(b.muted("No next steps were suggested."));
            return;
        }
        int n = 1;
        for (NextStep step : steps) {
            Paragraph p = b.fonts().paragraph();
            p.setLeading(0, 1.4f);
            p.add(b.fonts().phrase(n++ + ".  ", ReportStyle.BODY, ReportStyle.ACCENT, true));
            p.add(b.fonts().phrase(step.text(), ReportStyle.BODY, ReportStyle.INK, false));
            p.setIndentationLeft(14);
            p.setFirstLineIndent(-14);
            p.setSpacingAfter(step.reference() == null ? 6 : 1);
            ctx.add(p);
            if (step.reference() != null && !ReportContext.blank(step.reference().documentTitle())) {
                Paragraph ref = b.fonts().paragraph();
                Phrase label = b.fonts().phrase("Read in the knowledge base: ", ReportStyle.SMALL, ReportStyle.MUTED, false);
                ref.add(label);
                ref.add(b.fonts().phrase(step.reference().documentTitle(), ReportStyle.SMALL, ReportStyle.ACCENT, true));
                ref.setIndentationLeft(14);
                ref.setSpacingAfter(7);
                ctx.add(ref);
            }
        }
    }
}
