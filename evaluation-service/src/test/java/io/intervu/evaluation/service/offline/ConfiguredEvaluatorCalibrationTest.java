package io.intervu.evaluation.service.offline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.intervu.evaluation.client.LlmChatClient;
import io.intervu.evaluation.service.AnswerEvaluator;
import io.intervu.evaluation.service.llm.OpenAiCompatibleWireMock;
import io.intervu.evaluation.service.llm.ScriptedModelWireMock;
import io.intervu.evaluation.Rubric;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The calibration command against a WireMock model that answers from a fixed script: each sampled
 * answer's grades, rounded, as its scores, and the first answer always malformed. This tests the
 * command (sampling, scoring through the configured evaluator, the tables, time, tokens, fallbacks),
 * not a model.
 */
@QuarkusTest
@QuarkusTestResource(value = ScriptedModelWireMock.class, restrictToAnnotatedClass = true)
class ConfiguredEvaluatorCalibrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SAMPLE = 24;

    @Inject
    AnswerEvaluator evaluator;

    @Inject
    LlmChatClient client;

    @Test
    void scriptedModelAnswersGiveTheAgreementTableWithCostAndFallbacks() {
        GradedCorpus corpus = GradedCorpus.load();
        OpenAiCompatibleWireMock.server.resetAll();
        int n = corpus.answers().size();
        for (int i = 0; i < SAMPLE; i++) {
            GradedCorpus.Answer a = corpus.answers().get(i * n / SAMPLE);
            String reply = i == 0 ? "{\"criteria\": [" : scripted(a);
            OpenAiCompatibleWireMock.server.stubFor(post(urlEqualTo(OpenAiCompatibleWireMock.PATH))
                    .withRequestBody(matchingJsonPath("$.messages[1].content", WireMock.containing(a.text())))
                    .willReturn(WireMock.okJson(OpenAiCompatibleWireMock.completion(reply))));
        }

        ConfiguredEvaluatorCalibration.Measurement m = ConfiguredEvaluatorCalibration.measure(evaluator, client, corpus, SAMPLE);
        System.out.println(m.report());

        assertEquals(SAMPLE, m.answers().answers().size());
        // the malformed one is asked for twice and then scored offline; every other answer is one request
        OpenAiCompatibleWireMock.server.verify(SAMPLE + 1, postRequestedFor(urlEqualTo(OpenAiCompatibleWireMock.PATH)));
        assertEquals(1, m.fallbacks().size(), m.fallbacks().toString());
        assertTrue(m.fallbacks().keySet().iterator().next().startsWith("openai-compatible: invalid output after 2 attempts"), m.fallbacks().toString());
        assertEquals((SAMPLE + 1) * (OpenAiCompatibleWireMock.PROMPT_TOKENS + OpenAiCompatibleWireMock.COMPLETION_TOKENS), m.tokens().totalTokenCount());
        // scores are the rounded grades: every criterion within half a point of its grade
        for (int i = 1; i < SAMPLE; i++) {
            for (int t = 0; t < GradedCorpus.GRADES.size() - 1; t++) {
                assertEquals(m.answers().answers().get(i).grades()[t], m.scores().predicted()[t][i], 0.5, "answer " + i + ", " + GradedCorpus.GRADES.get(t));
            }
        }
        double spearman = OutOfSampleValidation.overall(m.answers(), m.scores()).spearman();
        assertTrue(spearman > 0.9, "Spearman " + spearman);
        for (String part : List.of("Graded corpus: 24 of " + n + " answers", "| openai-compatible " + OpenAiCompatibleWireMock.MODEL + " | ",
                "| baseline: word count | ", "Per criterion, openai-compatible " + OpenAiCompatibleWireMock.MODEL, "Per answer kind (overall)",
                "tokens " + (SAMPLE + 1) * OpenAiCompatibleWireMock.PROMPT_TOKENS + " in, " + (SAMPLE + 1) * OpenAiCompatibleWireMock.COMPLETION_TOKENS + " out",
                "Offline fallbacks: 1 of 24 answers:")) {
            assertTrue(m.report().contains(part), "missing \"" + part + "\" in\n" + m.report());
        }
        // structured output off: no response_format, the schema is in the instruction instead
        List<JsonNode> bodies = OpenAiCompatibleWireMock.server.findAll(postRequestedFor(urlEqualTo(OpenAiCompatibleWireMock.PATH))).stream()
                .map(r -> read(r.getBodyAsString())).toList();
        for (JsonNode b : bodies) {
            assertFalse(b.has("response_format"), b.toString());
            String instruction = b.at("/messages/0/content").asText();
            assertTrue(instruction.contains("The response schema (JSON Schema):") && instruction.contains("\"injectionSuspected\""), instruction);
        }
    }

    /** The script: the answer's grades, rounded, as the model's scores. */
    private static String scripted(GradedCorpus.Answer a) {
        ObjectNode out = JSON.createObjectNode();
        ArrayNode criteria = out.putArray("criteria");
        for (int t = 0; t < Rubric.CRITERIA.size(); t++) {
            criteria.addObject().put("name", Rubric.CRITERIA.get(t)).put("score", (int) Math.round(a.grades()[t]))
                    .put("justification", "Scripted from the corpus grade.");
        }
        out.put("overallJustification", "Scripted.");
        out.putArray("keyPointsCovered");
        out.putArray("strengths");
        out.putArray("improvements");
        out.put("strongAnswerOutline", "Scripted.");
        out.put("injectionSuspected", false);
        return out.toString();
    }

    private static JsonNode read(String s) {
        try {
            return JSON.readTree(s);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
