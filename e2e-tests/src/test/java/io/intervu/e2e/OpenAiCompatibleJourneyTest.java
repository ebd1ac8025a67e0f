package io.intervu.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.intervu.e2e.ChatScript.Use;
import io.restassured.response.Response;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bring your own LLM through the whole stack: interview-service and evaluation-service restarted with
 * LLM_PROVIDER=openai-compatible pointed at a scripted chat-completions server (WireMock), a whole
 * interview through the gateway (analysis, plan, follow-ups, evaluation, report); then the server taken
 * down and a second interview, which must finish on the offline path with the report saying so. The two
 * services get their default environment back afterwards.
 */
@ExtendWith(LocalStack.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OpenAiCompatibleJourneyTest {

    private static final String[] MODEL_USERS = {"interview-service", "evaluation-service"};
    private static final Duration ANSWERING = Duration.ofMinutes(4);

    static ScriptedChatModel model;

    @BeforeAll
    static void pointTheServicesAtTheModel() throws Exception {
        if (!LocalStack.available()) {
            return;
        }
        model = new ScriptedChatModel();
        LocalStack.restart(Map.of("LLM_PROVIDER", "openai-compatible", "LLM_BASE_URL", model.baseUrl(),
                "LLM_MODEL", ScriptedChatModel.MODEL, "LLM_API_KEY", ScriptedChatModel.KEY, "LLM_TIMEOUT", "5s"), MODEL_USERS);
    }

    @AfterAll
    static void restoreTheDefaults() throws Exception {
        if (model == null) {
            return;
        }
        model.close();
        LocalStack.restart(Map.of(), MODEL_USERS);
    }

    @Test
    @Order(1)
    void aWholeInterviewRunsOnTheConfiguredModel() throws Exception {
        InterviewDriver candidate = new InterviewDriver(Account.registerConfirmAndLogin("byollm"));
        candidate.start();
        var view = candidate.awaitReady(Duration.ofMinutes(2));
        assertEquals("openai-compatible", view.getString("planSource"), () -> "the model planned: " + view.prettify());
        assertEquals("openai-compatible:" + ScriptedChatModel.MODEL, view.getString("llmProvider"));
        assertTrue(view.getList("planNotes").isEmpty(), () -> "no fallback while planning: " + view.getList("planNotes"));

        candidate.answerEverything(ANSWERING);
        // an answer the offline classifier finds off the question is reworded without asking the model; the rest are the model's
        List<String> modelFollowUps = candidate.transcript.stream().filter(line -> line.startsWith("interviewer[follow-up]: "))
                .filter(f -> ChatScript.FOLLOW_UPS.stream().anyMatch(f::endsWith)).toList();
        assertFalse(modelFollowUps.isEmpty(), () -> "the model's follow-ups were asked: " + candidate.transcript);

        String pdf = reportText(candidate);
        assertTrue(squeezed(pdf).contains(squeezed("Interview plan OpenAI-compatible model server (language model)")),
                () -> "the report names the provider that planned: " + pdf);
        assertTrue(squeezed(pdf).contains(squeezed("OpenAI-compatible model server (" + ScriptedChatModel.MODEL + ")")),
                () -> "the report names the provider and model that scored: " + pdf);

        List<JsonNode> evaluations = evaluations(candidate);
        assertFalse(evaluations.isEmpty(), "answers were evaluated");
        for (JsonNode e : evaluations) {
            JsonNode provenance = e.path("provenance");
            assertEquals("openai-compatible", provenance.path("evaluator").asText(), () -> "scored by the model: " + e);
            assertEquals(ScriptedChatModel.MODEL, provenance.path("model").asText(), () -> "scored by the model: " + e);
            assertTrue(provenance.path("fallbackReason").isMissingNode() || provenance.path("fallbackReason").isNull(),
                    () -> "no fallback: " + e);
        }

        // what reached the model: one analysis, one plan (the first was valid), one evaluation per answer, and
        // every request in the configured model's name with the configured key
        assertEquals(1, model.requests(Use.ANALYSIS).size(), "analysis requests");
        assertEquals(1, model.requests(Use.PLAN).size(), "plan requests");
        assertTrue(model.requests(Use.FOLLOW_UP).size() >= modelFollowUps.size(), "a follow-up judgement per follow-up asked");
        assertEquals(evaluations.size(), model.requests(Use.EVALUATION).size(), "one evaluation request per evaluated answer");
        assertEquals(0, model.requests(Use.UNKNOWN).size(), "no request the script does not know");
        for (Use use : List.of(Use.ANALYSIS, Use.PLAN, Use.FOLLOW_UP, Use.EVALUATION)) {
            for (LoggedRequest r : model.requests(use)) {
                assertEquals("Bearer " + ScriptedChatModel.KEY, r.getHeader("Authorization"), use + " request's key");
                assertEquals(ScriptedChatModel.MODEL, ScriptedChatModel.read(r.getBodyAsString()).path("model").asText(), use + " model");
            }
        }
        JsonNode evaluationRequest = ScriptedChatModel.read(model.requests(Use.EVALUATION).get(0).getBodyAsString());
        assertEquals("json_schema", evaluationRequest.at("/response_format/type").asText(), "structured output asked for");
        assertTrue(ChatScript.message(evaluationRequest, "user").contains("<candidate_answer>"), "the answer is fenced as data");
    }

    @Test
    @Order(2)
    void withTheEndpointDownTheInterviewFinishesOfflineAndTheReportSaysSo() throws Exception {
        model.close();
        InterviewDriver candidate = new InterviewDriver(Account.registerConfirmAndLogin("byollmdown"));
        candidate.start();
        var view = candidate.awaitReady(Duration.ofMinutes(2));
        assertEquals("offline", view.getString("planSource"), () -> "the offline planner stood in: " + view.prettify());
        assertTrue(view.getList("planNotes", String.class).contains("openai-compatible unusable: offline planner used"),
                () -> "the plan says why: " + view.getList("planNotes"));

        candidate.answerEverything(ANSWERING);
        assertTrue(candidate.answers >= 3, () -> "the interview ran: " + candidate.transcript);

        List<JsonNode> evaluations = evaluations(candidate);
        assertFalse(evaluations.isEmpty(), "answers were evaluated");
        for (JsonNode e : evaluations) {
            JsonNode provenance = e.path("provenance");
            assertEquals("offline-rubric", provenance.path("evaluator").asText(), () -> "scored offline: " + e);
            assertTrue(provenance.path("fallbackReason").asText().startsWith("openai-compatible: "),
                    () -> "the fallback names the provider that failed: " + e);
        }
        String pdf = reportText(candidate);
        assertTrue(squeezed(pdf).contains(squeezed("Interview plan offline planner (curated question bank)")),
                () -> "the report says the offline planner made the plan: " + pdf);
        assertTrue(squeezed(pdf).contains(squeezed("evaluation: openai-compatible: ")),
                () -> "the report's offline fallbacks name the unreachable provider: " + pdf);
    }

    private static List<JsonNode> evaluations(InterviewDriver candidate) {
        Response r = candidate.candidate().api().get("/api/evaluations?interviewId=" + candidate.interviewId);
        assertEquals(200, r.statusCode(), r::asString);
        List<JsonNode> out = new ArrayList<>();
        ScriptedChatModel.read(r.asString()).path("evaluations").forEach(out::add);
        return out;
    }

    /** The text of the interview's PDF report. */
    private static String reportText(InterviewDriver candidate) throws InterruptedException, IOException {
        Response report = candidate.awaitReport(Duration.ofMinutes(2));
        Response pdf = candidate.candidate().api().accept("application/pdf").get("/api/reports/" + report.jsonPath().getString("id") + "/pdf");
        assertEquals(200, pdf.statusCode(), pdf::asString);
        try (PDDocument document = Loader.loadPDF(pdf.asByteArray())) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** Without whitespace: the report's table cells wrap wherever the column ends. */
    private static String squeezed(String text) {
        return text.replaceAll("\\s+", "");
    }
}
