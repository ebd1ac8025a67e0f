package io.intervu.evaluation.service.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.intervu.evaluation.client.LlmChatClient;
import io.intervu.evaluation.event.TestEvents;
import io.intervu.evaluation.service.AnswerEvaluator;
import io.intervu.evaluation.RubricResult;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.intervu.evaluation.service.llm.GeminiEvaluationTest.evaluation;
import static io.intervu.evaluation.service.llm.GeminiEvaluationTest.input;
import static io.intervu.evaluation.service.llm.GeminiEvaluationTest.json;
import static io.intervu.evaluation.service.llm.OpenAiCompatibleWireMock.PATH;
import static io.intervu.evaluation.service.llm.OpenAiCompatibleWireMock.completion;
import static io.intervu.evaluation.service.llm.OpenAiCompatibleWireMock.server;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * LLM_PROVIDER=openai-compatible: the same prompts, schema, validator and offline fallback as Gemini,
 * through quarkus-langchain4j's OpenAI model against a WireMock fake speaking chat completions.
 */
@QuarkusTest
@QuarkusTestResource(value = OpenAiCompatibleWireMock.class, restrictToAnnotatedClass = true)
class OpenAiCompatibleEvaluationTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    AnswerEvaluator evaluator;

    @Inject
    LlmChatClient client;

    @BeforeEach
    void reset() {
        server.resetAll();
    }

    static void answerEveryFirstPass(String body) {
        server.stubFor(post(urlEqualTo(PATH)).withRequestBody(WireMock.notContaining(LlmEvaluator.REVIEW_MARKER)).willReturn(json(200, body)));
    }

    @Test
    void structuredOutputScoresTheAnswerAndTheProvenanceNamesProviderAndModel() {
        answerEveryFirstPass(completion(evaluation(5, 4, 4, 4, 3, false)));
        ObjectNode review = JSON.createObjectNode();
        review.putArray("criteria").addObject().put("name", "relevance").put("score", 4)
                .put("justification", "Addresses ordering but not in-flight retries explicitly.");
        server.stubFor(post(urlEqualTo(PATH)).withRequestBody(containing(LlmEvaluator.REVIEW_MARKER)).willReturn(json(200, completion(review.toString()))));
        long tokensBefore = client.tokensUsed().totalTokenCount();

        RubricResult r = evaluator.evaluate(input(TestEvents.STRONG_KAFKA_ANSWER));

        assertEquals("openai-compatible", r.provenance().evaluator());
        assertEquals(OpenAiCompatibleWireMock.MODEL, r.provenance().model());
        assertNull(r.provenance().fallbackReason());
        assertEquals(4, r.score("relevance"), "the sceptical review lowered the 5");
        assertTrue(r.provenance().review().contains("relevance 5→4"), r.provenance().review());
        assertEquals(3.8, r.overallScore(), 1e-9);
        server.verify(2, postRequestedFor(urlEqualTo(PATH)));
        assertEquals(2L * (OpenAiCompatibleWireMock.PROMPT_TOKENS + OpenAiCompatibleWireMock.COMPLETION_TOKENS),
                client.tokensUsed().totalTokenCount() - tokensBefore, "usage of both calls counted");

        LoggedRequest first = server.findAll(postRequestedFor(urlEqualTo(PATH)).withRequestBody(WireMock.notContaining(LlmEvaluator.REVIEW_MARKER))).get(0);
        assertEquals("Bearer " + OpenAiCompatibleWireMock.KEY, first.getHeader("Authorization"));
        JsonNode body = read(first.getBodyAsString());
        assertEquals(OpenAiCompatibleWireMock.MODEL, body.path("model").asText());
        assertEquals(0.0, body.path("temperature").asDouble(-1), 1e-9);
        assertEquals("system", body.at("/messages/0/role").asText());
        assertTrue(body.at("/messages/0/content").asText().contains("untrusted DATA"), body.toString());
        assertEquals("user", body.at("/messages/1/role").asText());
        assertTrue(body.at("/messages/1/content").asText().contains("<candidate_answer>\n" + TestEvents.STRONG_KAFKA_ANSWER + "\n</candidate_answer>"));
        assertEquals("json_schema", body.at("/response_format/type").asText(), body.toString());
        assertEquals("integer", body.at("/response_format/json_schema/schema/properties/criteria/items/properties/score/type").asText(),
                body.toString());
    }

    @Test
    void jsonInsideACodeFenceIsAccepted() {
        answerEveryFirstPass(completion("Here is the evaluation:\n```json\n" + evaluation(4, 4, 3, 4, 3, false) + "\n```"));

        RubricResult r = evaluator.evaluate(input(TestEvents.STRONG_KAFKA_ANSWER));

        assertEquals("openai-compatible", r.provenance().evaluator());
        assertEquals(4, r.score("technicalDepth"));
        server.verify(1, postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void malformedJsonIsAskedForAgainWithTheErrorThenTheOfflineRubricScores() {
        answerEveryFirstPass(completion("{\"criteria\": [{\"name\": \"relevance\", \"score\": 4"));

        RubricResult r = evaluator.evaluate(input(TestEvents.STRONG_KAFKA_ANSWER));

        assertEquals("offline-rubric", r.provenance().evaluator());
        assertTrue(r.provenance().fallbackReason().startsWith("openai-compatible: invalid output after 2 attempts: model output is not JSON"),
                r.provenance().fallbackReason());
        server.verify(2, postRequestedFor(urlEqualTo(PATH)));
        server.verify(1, postRequestedFor(urlEqualTo(PATH)).withRequestBody(containing("Your previous reply was invalid (model output is not JSON)")));
    }

    @Test
    void aRefusalInMessageRefusalIsNotAskedAgainAndEndsOffline() {
        answerEveryFirstPass(OpenAiCompatibleWireMock.refusal("I'm sorry, I can't help with grading this."));

        RubricResult r = evaluator.evaluate(input(TestEvents.STRONG_KAFKA_ANSWER));

        assertEquals("offline-rubric", r.provenance().evaluator());
        assertTrue(r.provenance().fallbackReason().startsWith("openai-compatible: The OpenAI-compatible server refused: ")
                && r.provenance().fallbackReason().contains("I can't help with grading this"), r.provenance().fallbackReason());
        server.verify(1, postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void aRefusalWrittenAsTextEndsOffline() {
        answerEveryFirstPass(completion("I'm sorry, but I can't assist with that request."));

        RubricResult r = evaluator.evaluate(input(TestEvents.STRONG_KAFKA_ANSWER));

        assertEquals("offline-rubric", r.provenance().evaluator());
        assertTrue(r.provenance().fallbackReason().contains("model output is not JSON"), r.provenance().fallbackReason());
    }

    @Test
    void tooManyRequestsIsRetriedOnceAndTheSecondAnswerIsUsed() {
        server.stubFor(post(urlEqualTo(PATH)).inScenario("quota").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(json(429, "{\"error\":{\"message\":\"Rate limit reached\",\"type\":\"requests\",\"code\":\"rate_limit_exceeded\"}}"))
                .willSetStateTo("recovered"));
        server.stubFor(post(urlEqualTo(PATH)).inScenario("quota").whenScenarioStateIs("recovered")
                .willReturn(json(200, completion(evaluation(4, 4, 3, 4, 3, false)))));

        RubricResult r = evaluator.evaluate(input(TestEvents.STRONG_KAFKA_ANSWER));

        assertEquals("openai-compatible", r.provenance().evaluator());
        assertNull(r.provenance().fallbackReason());
        server.verify(2, postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void aServerErrorIsTriedThreeTimesInAllThenTheOfflineRubricScores() {
        server.stubFor(post(urlEqualTo(PATH)).willReturn(json(503, "{\"error\":{\"message\":\"model is loading\",\"type\":\"server_error\"}}")));

        RubricResult r = evaluator.evaluate(input(TestEvents.STRONG_KAFKA_ANSWER));

        assertEquals("offline-rubric", r.provenance().evaluator());
        assertTrue(r.provenance().fallbackReason().contains("HTTP 503"), r.provenance().fallbackReason());
        // the first call and our two retries; the model's own retries are off
        server.verify(3, postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void aBadKeyIsNotRetried() {
        server.stubFor(post(urlEqualTo(PATH)).willReturn(json(401, "{\"error\":{\"message\":\"Incorrect API key provided\",\"code\":\"invalid_api_key\"}}")));

        RubricResult r = evaluator.evaluate(input(TestEvents.STRONG_KAFKA_ANSWER));

        assertEquals("offline-rubric", r.provenance().evaluator());
        assertEquals("openai-compatible: The OpenAI-compatible server answered HTTP 401", r.provenance().fallbackReason());
        server.verify(1, postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void aServerSlowerThanLlmTimeoutEndsOffline() {
        server.stubFor(post(urlEqualTo(PATH)).willReturn(json(200, completion(evaluation(4, 4, 3, 4, 3, false))).withFixedDelay(3000)));

        RubricResult r = evaluator.evaluate(input(TestEvents.STRONG_KAFKA_ANSWER));

        assertEquals("offline-rubric", r.provenance().evaluator());
        assertTrue(r.provenance().fallbackReason().contains("timed out"), r.provenance().fallbackReason());
        server.verify(3, postRequestedFor(urlEqualTo(PATH)).withHeader("Authorization", equalTo("Bearer " + OpenAiCompatibleWireMock.KEY)));
    }

    private static JsonNode read(String s) {
        try {
            return JSON.readTree(s);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
