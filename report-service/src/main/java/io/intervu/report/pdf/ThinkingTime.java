package io.intervu.report.pdf;

import com.lowagie.text.Paragraph;

/**
 * The silence before the first word of a spoken answer, on a line of its own. It is not a target
 * with a verdict like the delivery metrics: thinking first is fine, so the line reassures and only
 * nudges (say that you are thinking) when the silence gets long enough to worry an interviewer.
 */
final class ThinkingTime {

    /** Intervu's coaching range, the reasons in README.md ("Time before the first word"). */
    static final double TYPICAL_LOW_SECONDS = 2;
    static final double TYPICAL_HIGH_SECONDS = 10;
    static final String LABEL = "Time before your first word: ";

    private ThinkingTime() {
    }

    /** The interview's average, under the delivery table. */
    static Paragraph averageLine(Blocks b, double seconds) {
        return line(b, Format.withUnit(seconds, "s") + " on average", advice(seconds)
                + " It is not counted in your pace or your pauses.");
    }

    /** One answer's, under its delivery tiles. */
    static Paragraph answerLine(Blocks b, double seconds) {
        return line(b, Format.withUnit(seconds, "s"), advice(seconds));
    }

    static String advice(double seconds) {
        String typical = Format.range(TYPICAL_LOW_SECONDS, TYPICAL_HIGH_SECONDS, "s") + " is typical";
        if (seconds > TYPICAL_HIGH_SECONDS) {
            return "— thinking first is fine; " + typical + ". For a longer think, say so (“let me think about that for a moment”)"
                    + " so the silence does not read as being stuck.";
        }
        return "— taking a few seconds to think first is fine; " + typical + ".";
    }

    private static Paragraph line(Blocks b, String value, String advice) {
        Paragraph p = b.fonts().paragraph();
        p.setLeading(0, 1.4f);
        p.add(b.fonts().phrase(LABEL, ReportStyle.BODY, ReportStyle.INK, false));
        p.add(b.fonts().phrase(value, ReportStyle.BODY, ReportStyle.INK, true));
        p.add(b.fonts().phrase(" " + advice, ReportStyle.BODY, ReportStyle.MUTED, false));
        p.setSpacingAfter(4);
        return p;
    }
}
