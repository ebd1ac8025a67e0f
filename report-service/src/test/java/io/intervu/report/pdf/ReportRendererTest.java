package io.intervu.report.pdf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.intervu.report.Fixtures;
import io.intervu.report.model.AssessedPayloadReader;
import io.intervu.report.model.InterviewAssessed;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Renders the fixtures and reads them back with PDFBox (a different PDF library than the writer). */
class ReportRendererTest {

    private static final OffsetDateTime AT = OffsetDateTime.of(2026, 11, 25, 12, 0, 0, 0, ZoneOffset.UTC);
    private final ReportRenderer renderer = new ReportRenderer(List.of());

    private RenderedReport render(JsonNode data, String keepAs) {
        RenderedReport report = renderer.render(AssessedPayloadReader.read(data), AT);
        try {
            Path dir = Path.of("target", "reports");
            Files.createDirectories(dir);
            Files.write(dir.resolve(keepAs), report.pdf()); // for looking at it (pdftoppm)
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return report;
    }

    @Test
    void everySectionAndEveryQuestionIsInTheReport() {
        ObjectNode data = Fixtures.sevenQuestions();
        RenderedReport report = render(data, "seven-questions.pdf");
        PdfText pdf = PdfText.read(report.pdf());

        assertEquals(pdf.pages(), report.pageCount());
        for (String section : List.of("Interview feedback report", "Amélie Dubois-Nakamura", "Senior Backend Engineer · Northwind Logistics",
                "Almost ready", "Your scores at a glance", "By criterion", "By question", "Delivery", "Speaking pace",
                "Strengths, improvements and next steps", "What you did well", "What to improve", "Next steps",
                "Read in the knowledge base: The STAR method", "Question by question", "How this report was made",
                "Offline fallbacks", "plan: Gemini not configured, offline planner used", "What the evaluator can judge",
                "It cannot judge whether a statement is factually right", "Page 2 of " + report.pageCount())) {
            assertTrue(pdf.contains(section), "missing: " + section);
        }
        InterviewAssessed parsed = AssessedPayloadReader.read(data);
        for (InterviewAssessed.Question q : parsed.questions()) {
            assertTrue(pdf.contains(q.text()), "missing question " + q.ordinal());
            assertTrue(pdf.contains("Question " + q.ordinal()), "missing heading of question " + q.ordinal());
            for (InterviewAssessed.Turn t : q.turns()) {
                assertTrue(pdf.contains(t.answer().text()), "missing answer text of question " + q.ordinal());
                if (t.isFollowUp()) {
                    assertTrue(pdf.contains(t.prompt()), "missing follow-up of question " + q.ordinal());
                }
                for (InterviewAssessed.Criterion c : t.evaluation().criteria()) {
                    assertTrue(pdf.contains(c.justification()), "missing justification in question " + q.ordinal());
                }
            }
            assertTrue(pdf.bookmarks().stream().anyMatch(b -> b.startsWith("Q" + q.ordinal() + " · ")), "no bookmark for question " + q.ordinal());
        }
        assertTrue(pdf.bookmarks().containsAll(List.of("Overview", "Scores at a glance", "Strengths, improvements, next steps",
                "Question by question", "How this report was made")), pdf.bookmarks().toString());
        assertEquals(report.title(), pdf.title());
        assertEquals("Intervu", pdf.author());
        assertTrue(pdf.subject().contains("Amélie Dubois-Nakamura"));
        assertTrue(pdf.allFontsEmbedded());
    }

    @Test
    void confidenceAppearsOnlyWhenTheCandidateOptedInAndIsLabelledCoaching() {
        ObjectNode optedIn = Fixtures.sevenQuestions();
        ObjectNode optedOut = Fixtures.sevenQuestions();
        optedOut.put("confidenceOptIn", false);

        PdfText shown = PdfText.read(render(optedIn, "confidence-in.pdf").pdf());
        PdfText hidden = PdfText.read(render(optedOut, "confidence-out.pdf").pdf());

        assertTrue(shown.contains("Confidence (coaching only, not part of any score)"));
        double first = optedIn.at("/questions/0/turns/0/confidence/score").asDouble();
        assertTrue(shown.contains(Format.number(first) + " / 100"), "confidence is shown as given, never scaled");
        assertFalse(hidden.contains("Confidence (coaching only"));
        assertFalse(hidden.contains(Format.number(first) + " / 100"));
    }

    @Test
    void hostileTextRendersAsWritten() {
        RenderedReport report = render(Fixtures.hostile(), "hostile.pdf");
        PdfText pdf = PdfText.read(report.pdf());

        assertTrue(pdf.contains("<script>alert('x')</script> & &amp; &lt; \"double\" 'single'"));
        assertTrue(pdf.contains("What does <b>bold</b> & \"quoted\""));
        assertTrue(pdf.contains("Zoë <script>alert(\"x\")</script> & O'Brien"));
        assertTrue(pdf.contains("Accents: àéîõü ÅØÆ ñ ç ß œ"));
        assertTrue(pdf.contains("naïve café façade"));
        assertTrue(pdf.contains("combining é and café"), "combining accents are composed");
        assertTrue(pdf.contains("Ελληνικά, Русский"));
        assertTrue(pdf.contains("😀"), "emoji that DejaVu has are kept");
        assertTrue(pdf.contains("□□"), "CJK without a fallback font becomes visible boxes");
        assertTrue(pdf.contains("could not be shown with the report's font"));
        assertTrue(pdf.contains("(No answer was given.)"));
        long idempotently = pdf.text().split("idempotently", -1).length - 1;
        assertTrue(idempotently >= 250, "the whole 5,000-word answer is there, found " + idempotently);
        long xs = pdf.text().chars().filter(c -> c == 'x').count();
        assertTrue(xs >= 3000, "the 3,000-character word wraps instead of being cut, found " + xs);
        assertTrue(pdf.allFontsEmbedded());
    }

    @Test
    void twentyQuestionsGetTwentySectionsAndBookmarks() {
        RenderedReport report = render(Fixtures.twentyQuestions(), "twenty-questions.pdf");
        PdfText pdf = PdfText.read(report.pdf());
        for (int i = 1; i <= 20; i++) {
            int n = i;
            assertTrue(pdf.bookmarks().stream().anyMatch(b -> b.startsWith("Q" + n + " · ")), "no bookmark for question " + n);
            assertTrue(pdf.contains("Question " + n), "no section for question " + n);
        }
    }

    @Test
    void aPayloadWithOnlyTheIdsStillRenders() {
        ObjectNode bare = Fixtures.JSON.createObjectNode();
        bare.put("interviewId", "6f1c1b7e-0000-4000-8000-000000000001");
        bare.put("userId", "6f1c1b7e-0000-4000-8000-000000000002");
        bare.put("unknownField", "ignored");
        PdfText pdf = PdfText.read(render(bare, "bare.pdf").pdf());
        assertTrue(pdf.contains("Candidate"));
        assertTrue(pdf.contains("No questions were answered"));
        assertTrue(pdf.contains("How this report was made"));
    }

    @Test
    void theProvenancePageNamesTheProviderAndModelThatScoredEachAnswer() {
        ObjectNode data = Fixtures.sevenQuestions();
        data.with("provenance").put("plan", "openai-compatible");
        List<JsonNode> evaluations = data.findValues("evaluation");
        for (int i = 0; i < evaluations.size(); i++) {
            ObjectNode provenance = (ObjectNode) evaluations.get(i).get("provenance");
            if (i < 3) {
                provenance.put("evaluator", "openai-compatible").put("model", "llama3.1:8b").putNull("method");
            } else if (i == 3) {
                provenance.put("fallbackReason", "openai-compatible: The OpenAI-compatible server timed out");
            }
        }
        PdfText pdf = PdfText.read(render(data, "openai-compatible.pdf").pdf());

        for (String shown : List.of("OpenAI-compatible model server (language model)", "OpenAI-compatible model server (llama3.1:8b): 3 answers",
                "evaluation: openai-compatible: The OpenAI-compatible server timed out")) {
            assertTrue(pdf.contains(shown), "missing: " + shown);
        }
    }
}
