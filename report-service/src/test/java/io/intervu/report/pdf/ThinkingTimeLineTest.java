package io.intervu.report.pdf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.intervu.report.Fixtures;
import io.intervu.report.model.AssessedPayloadReader;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The time before the first word: its own friendly line, in the summary and under each spoken answer. */
class ThinkingTimeLineTest {

    private static final OffsetDateTime AT = OffsetDateTime.of(2026, 11, 25, 12, 0, 0, 0, ZoneOffset.UTC);

    private static PdfText render(JsonNode data) {
        return PdfText.read(new ReportRenderer(List.of()).render(AssessedPayloadReader.read(data), AT).pdf());
    }

    @Test
    void theAverageAndEachAnswersThinkingTimeAreShownWithTheTypicalRange() {
        ObjectNode data = Fixtures.sevenQuestions();
        PdfText pdf = render(data);

        // deliverySummary.timeToFirstWordSeconds = 4.314
        assertTrue(pdf.contains("Time before your first word: 4.3 s on average — taking a few seconds to think first is fine; 2–10 s is typical."
                + " It is not counted in your pace or your pauses."), pdf.text());
        // question 1's answer (3.2 s) and question 2's (12.4 s, past the typical range: a gentle nudge, still no verdict)
        assertTrue(pdf.contains("Time before your first word: 3.2 s — taking a few seconds to think first is fine; 2–10 s is typical."));
        assertTrue(pdf.contains("Time before your first word: 12.4 s — thinking first is fine; 2–10 s is typical."
                + " For a longer think, say so (“let me think about that for a moment”) so the silence does not read as being stuck."));
        int answersWithIt = pdf.text().split("Time before your first word", -1).length - 1;
        assertTrue(answersWithIt == 1 + 7, "the average and the seven spoken answers, found " + answersWithIt);
    }

    @Test
    void anAssessmentWithoutThinkingTimeHasNoSuchLine() {
        ObjectNode data = Fixtures.sevenQuestions();
        ((ObjectNode) data.get("deliverySummary")).remove("timeToFirstWordSeconds");
        data.get("questions").forEach(q -> q.get("turns").forEach(t -> {
            if (t.get("delivery").isObject()) {
                ((ObjectNode) t.get("delivery")).remove("timeToFirstWordSeconds");
            }
        }));
        PdfText pdf = render(data);

        assertTrue(pdf.contains("Speaking pace"), "the rest of the delivery is still there");
        assertFalse(pdf.contains("Time before your first word"));
    }

    @Test
    void onlyALongSilenceGetsTheNudge() {
        assertFalse(ThinkingTime.advice(10.0).contains("say so"));
        assertTrue(ThinkingTime.advice(10.1).contains("say so"));
        assertFalse(ThinkingTime.advice(0.4).contains("say so"), "a quick start is fine too");
    }
}
