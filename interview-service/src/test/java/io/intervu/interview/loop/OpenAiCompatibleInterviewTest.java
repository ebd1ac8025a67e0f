package io.intervu.interview.loop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.intervu.interview.Interview;
import io.intervu.interview.analysis.GeminiWire;
import io.intervu.interview.analysis.GeminiWire.Use;
import io.intervu.interview.analysis.OpenAiWire;
import io.intervu.interview.plan.OpenAiCompatibleProfile;
import io.intervu.interview.support.InterviewApi;
import io.intervu.interview.support.PeerStubs;
import io.intervu.testsupport.TestJwt;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * LLM_PROVIDER=openai-compatible: the analysis, the plan and the follow-ups through quarkus-langchain4j's OpenAI
 * model against WireMock speaking chat completions, with the same fenced prompts, validators and offline fallbacks
 * as Gemini.
 */
@QuarkusTest
@TestProfile(OpenAiCompatibleProfile.class)
class OpenAiCompatibleInterviewTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SHARED_POINT = "a measurable outcome";
    private static final String FOLLOW_UP = "You mentioned retries. How do you make sure a retried payment is never "
            + "applied twice, and how did you know it worked?";
    private static final String THIN = "I would make the payment consumers idempotent so that a repeated event does no harm.";
    private static final String DETAILED = "We keyed payment records by account id so ordering held within a partition, and "
            + "every consumer stored the processed event id in the same PostgreSQL transaction as the ledger entry. "
            + "Retries used exponential backoff with a dead-letter topic after five attempts.";

    private InterviewApi api;

    @BeforeEach
    void peers() {
        PeerStubs.resetToDefaults();
        api = new InterviewApi(TestJwt.user(UUID.randomUUID().toString()));
    }

    private static String next() {
        return GeminiWire.write(Map.of("action", "next", "reason", "The answer covers the key points."));
    }

    private JsonPath answer(String id, String turnId, String text) {
        api.answerText(id, turnId, text).then().statusCode(202);
        return api.next(id);
    }

    /** Starts a three-question interview and answers the greeting; returns the interview id and the first question. */
    private String[] startAtFirstQuestion() {
        String id = api.startReady("resume_backend_java.pdf", "jd_backend_java.txt", Map.of("questionCount", "3", "maxFollowUps", "1"));
        JsonPath greeting = api.next(id);
        JsonPath first = answer(id, greeting.getString("turnId"), "Hello, happy to be here.");
        assertThat(first.getString("kind")).isEqualTo("question");
        return new String[]{id, first.getString("turnId")};
    }

    private static String analysisSource(String id) {
        String stored = QuarkusTransaction.requiringNew().call(() -> Interview.<Interview>findById(UUID.fromString(id)).analysis);
        try {
            return JSON.readTree(stored).path("source").asText();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aWholeInterviewRunsOnTheModel() {
        OpenAiWire.answer(Use.ANALYSIS, GeminiWire.write(GeminiWire.backendAnalysis()));
        // a plan inside a Markdown code fence, as local models often answer
        OpenAiWire.answer(Use.PLAN, "Here is the plan:\n```json\n" + GeminiWire.threeQuestionPlan(SHARED_POINT) + "\n```");
        OpenAiWire.answer(Use.FOLLOW_UP, GeminiWire.write(Map.of("action", "follow_up", "reason", "The answer gives no numbers.",
                "followUp", FOLLOW_UP, "probes", SHARED_POINT)));

        String[] at = startAtFirstQuestion();
        JsonPath view = api.get(at[0]);
        assertThat(view.getString("planSource")).isEqualTo("openai-compatible");
        assertThat(view.getString("llmProvider")).isEqualTo("openai-compatible:" + OpenAiWire.MODEL);
        assertThat(analysisSource(at[0])).isEqualTo("openai-compatible");
        assertThat(view.getList("planNotes", String.class)).isEmpty();

        JsonPath message = answer(at[0], at[1], DETAILED);
        assertThat(message.getString("kind")).isEqualTo("follow-up");
        assertThat(message.getString("text")).isEqualTo(FOLLOW_UP);
        OpenAiWire.answer(Use.FOLLOW_UP, next());
        int answered = 1;
        while (!message.getBoolean("last")) {
            assertThat(answered++).as("the interview always ends").isLessThan(10);
            message = answer(at[0], message.getString("turnId"), DETAILED);
        }
        assertThat(message.getString("kind")).isEqualTo("closing");
        assertThat(api.get(at[0]).getString("status")).isEqualTo("COMPLETED");
        // one request per use and answer, none to Gemini, none repeated behind our backs
        assertThat(OpenAiWire.calls(Use.ANALYSIS)).isEqualTo(1);
        assertThat(OpenAiWire.calls(Use.PLAN)).isEqualTo(1);
        // at most one per question: the answer to the follow-up (K=1) is not put to the model
        assertThat(OpenAiWire.calls(Use.FOLLOW_UP)).isBetween(1, 3);
        assertThat(PeerStubs.server().findAll(postRequestedFor(urlPathMatching(".*:generateContent.*")))).isEmpty();

        LoggedRequest plan = PeerStubs.server().findAll(OpenAiWire.requested(Use.PLAN)).get(0);
        assertThat(plan.getHeader("Authorization")).isEqualTo("Bearer " + OpenAiWire.KEY);
        JsonNode body = read(plan.getBodyAsString());
        assertThat(body.path("model").asText()).isEqualTo(OpenAiWire.MODEL);
        assertThat(body.path("temperature").asDouble()).isEqualTo(0.4);
        assertThat(body.at("/messages/0/role").asText()).isEqualTo("system");
        assertThat(body.at("/messages/1/role").asText()).isEqualTo("user");
        assertThat(body.at("/messages/1/content").asText()).contains("<<<DATA question-bank");
        LoggedRequest followUp = PeerStubs.server().findAll(OpenAiWire.requested(Use.FOLLOW_UP)).get(0);
        assertThat(read(followUp.getBodyAsString()).at("/messages/1/content").asText()).contains("<<<DATA answer").contains(DETAILED);
    }

    @Test
    void withTheServerDownTheInterviewRunsOnTheOfflinePathAndSaysSo() {
        PeerStubs.server().stubFor(post(urlPathEqualTo(OpenAiWire.PATH))
                .willReturn(PeerStubs.json(503, "{\"error\":{\"message\":\"model is loading\",\"type\":\"server_error\"}}")));

        String[] at = startAtFirstQuestion();
        JsonPath view = api.get(at[0]);
        assertThat(view.getString("planSource")).isEqualTo("offline");
        assertThat(analysisSource(at[0])).isEqualTo("corenlp");
        List<String> notes = view.getList("planNotes", String.class);
        assertThat(notes).anyMatch(n -> n.startsWith("openai-compatible analysis attempt 2 failed"))
                .contains("openai-compatible analysis unusable: CoreNLP analysis kept")
                .anyMatch(n -> n.startsWith("openai-compatible attempt 2 failed"))
                .contains("openai-compatible unusable: offline planner used");
        // two attempts each for the analysis and the plan, and no hidden retries of the model client
        assertThat(OpenAiWire.calls(Use.ANALYSIS)).isEqualTo(2);
        assertThat(OpenAiWire.calls(Use.PLAN)).isEqualTo(2);

        JsonPath message = answer(at[0], at[1], THIN);
        assertThat(message.getString("kind")).isEqualTo("follow-up");
        assertThat(api.get(at[0]).getList("planNotes", String.class))
                .anyMatch(n -> n.startsWith("openai-compatible follow-up failed") && n.endsWith("offline rules used"));
        assertThat(OpenAiWire.calls(Use.FOLLOW_UP)).isEqualTo(1);
    }

    @Test
    void malformedJsonARefusalAndA429AreOneFailedAttemptEach() {
        OpenAiWire.answer(Use.ANALYSIS, "{\"role\": \"Senior");
        OpenAiWire.answer(Use.PLAN, PeerStubs.json(200, OpenAiWire.completion(null, "I can't help with that.")));
        PeerStubs.server().stubFor(OpenAiWire.request(Use.FOLLOW_UP).inScenario("quota").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(PeerStubs.json(429, "{\"error\":{\"message\":\"Rate limit reached\",\"code\":\"rate_limit_exceeded\"}}"))
                .willSetStateTo("recovered"));
        PeerStubs.server().stubFor(OpenAiWire.request(Use.FOLLOW_UP).inScenario("quota").whenScenarioStateIs("recovered")
                .willReturn(PeerStubs.json(200, OpenAiWire.completion(next(), null))));

        String[] at = startAtFirstQuestion();
        JsonPath view = api.get(at[0]);
        assertThat(analysisSource(at[0])).isEqualTo("corenlp");
        assertThat(view.getString("planSource")).isEqualTo("offline");
        assertThat(view.getList("planNotes", String.class))
                .anyMatch(n -> n.startsWith("openai-compatible analysis attempt 1 failed") && n.contains("no JSON object"))
                .anyMatch(n -> n.startsWith("openai-compatible attempt 1 failed") && n.contains("I can't help with that"));

        // the 429 costs this answer its model proposal (the candidate is waiting: no retry); the next answer gets one
        JsonPath message = answer(at[0], at[1], THIN);
        assertThat(message.getString("kind")).isEqualTo("follow-up");
        assertThat(api.get(at[0]).getList("planNotes", String.class))
                .anyMatch(n -> n.startsWith("openai-compatible follow-up failed") && n.contains("Rate limit"));
        message = answer(at[0], message.getString("turnId"), DETAILED);
        assertThat(message.getString("kind")).isEqualTo("question");
        assertThat(OpenAiWire.calls(Use.FOLLOW_UP)).isEqualTo(1);
    }

    private static JsonNode read(String s) {
        try {
            return JSON.readTree(s);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
