package io.intervu.interview.plan;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.intervu.interview.PreparedQuestion;
import io.intervu.interview.repository.PreparedQuestionRepository;
import io.intervu.interview.support.InterviewApi;
import io.intervu.interview.support.PeerStubs;
import io.intervu.testsupport.TestJwt;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

/** The Gemini plan path against WireMock speaking the real generateContent JSON. */
@QuarkusTest
@TestProfile(GeminiProfile.class)
class GeminiPlannerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String GENERATE = ".*:generateContent.*";

    @Inject
    PreparedQuestionRepository questions;

    @BeforeEach
    void peers() {
        PeerStubs.resetToDefaults();
    }

    static String plan() {
        return write(Map.of("questions", List.of(
                q("technical", "kafka", "hard", "How would you guarantee per-account ordering of payment events in Kafka?", "kafka-events-1"),
                q("project", "event-driven", "hard", "Walk me through Ledgerly: its design and the hardest decision you made.", null),
                q("scenario", "distributed-systems", "medium", "A payment provider starts timing out. What happens in your service and what do you change?", null),
                q("behavioural", "leadership", "medium", "Tell me about a design review where you changed a colleague's mind.", null))));
    }

    private static Map<String, Object> q(String type, String topic, String difficulty, String text, String ref) {
        Map<String, Object> q = new java.util.LinkedHashMap<>();
        q.put("type", type);
        q.put("topic", topic);
        q.put("difficulty", difficulty);
        q.put("text", text);
        q.put("keyPoints", List.of("first point", "second point", "third point"));
        q.put("rationale", "Fits the JD's emphasis and the resume.");
        q.put("questionRef", ref);
        return q;
    }

    static String generateContent(String text) {
        return write(Map.of(
                "candidates", List.of(Map.of("content", Map.of("role", "model", "parts", List.of(Map.of("text", text))),
                        "finishReason", "STOP", "index", 0)),
                "usageMetadata", Map.of("promptTokenCount", 1200, "candidatesTokenCount", 400, "totalTokenCount", 1600),
                "modelVersion", "gemini-2.5-flash"));
    }

    private static String write(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void gemini(com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder response) {
        PeerStubs.server().stubFor(post(urlPathMatching(GENERATE)).willReturn(response));
    }

    private JsonPath prepared() {
        InterviewApi api = new InterviewApi(TestJwt.user(UUID.randomUUID().toString()));
        String id = api.startReady("resume_backend_java.pdf", "jd_backend_java.txt", Map.of("questionCount", "4"));
        return api.get(id);
    }

    @Test
    void goodOutputBecomesThePlan() {
        gemini(PeerStubs.json(200, generateContent(plan())));
        JsonPath view = prepared();
        assertThat(view.getString("planSource")).isEqualTo("gemini");
        assertThat(view.getString("llmProvider")).isEqualTo("gemini:gemini-2.5-flash");
        assertThat(view.getInt("questionCount")).isEqualTo(4);
        // Gemini words its own questions and key points: none keeps the bank's misconceptions, not even the one that
        // names a bank question (kafka-events-1 has misconceptions in the knowledge base)
        List<PreparedQuestion> plan = QuarkusTransaction.requiringNew()
                .call(() -> questions.ofInterview(UUID.fromString(view.getString("id"))));
        assertThat(plan).extracting(q -> q.sourceQuestionRef).contains("kafka-events-1");
        assertThat(plan).extracting(q -> q.misconceptions).containsOnly("[]");
        // the untrusted resume went in fenced as data
        PeerStubs.server().verify(postRequestedFor(urlPathMatching(GENERATE))
                .withRequestBody(WireMock.containing("<<<DATA resume")));
    }

    @Test
    void jsonInACodeFenceIsAccepted() {
        gemini(PeerStubs.json(200, generateContent("Here is the plan:\n```json\n" + plan() + "\n```\n")));
        assertThat(prepared().getString("planSource")).isEqualTo("gemini");
    }

    @Test
    void malformedJsonIsRetriedOnceThenOffline() {
        gemini(PeerStubs.json(200, generateContent("{\"questions\": [ {\"type\": \"technical\", ")));
        JsonPath view = prepared();
        assertThat(view.getString("planSource")).isEqualTo("offline");
        assertThat(view.getList("planNotes", String.class)).anyMatch(n -> n.startsWith("gemini attempt 2 failed"))
                .anyMatch(n -> n.contains("offline planner used"));
        PeerStubs.server().verify(2, postRequestedFor(urlPathMatching(GENERATE)));
    }

    @Test
    void aPlanThatIsNotATechnicalInterviewIsRejected() {
        String allBehavioural = plan().replace("\"technical\"", "\"behavioural\"").replace("\"scenario\"", "\"behavioural\"");
        gemini(PeerStubs.json(200, generateContent(allBehavioural)));
        assertThat(prepared().getString("planSource")).isEqualTo("offline");
    }

    @Test
    void safetyBlockedCandidateFallsBackToOffline() {
        gemini(PeerStubs.json(200, write(Map.of(
                "candidates", List.of(Map.of("finishReason", "SAFETY", "index", 0, "safetyRatings",
                        List.of(Map.of("category", "HARM_CATEGORY_DANGEROUS_CONTENT", "probability", "HIGH", "blocked", true)))),
                "usageMetadata", Map.of("promptTokenCount", 1200, "totalTokenCount", 1200)))));
        assertThat(prepared().getString("planSource")).isEqualTo("offline");
    }

    @Test
    void tooManyRequestsThenSuccess() {
        PeerStubs.server().stubFor(post(urlPathMatching(GENERATE)).inScenario("quota").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(PeerStubs.json(429, "{\"error\":{\"code\":429,\"message\":\"Resource has been exhausted (e.g. check quota).\",\"status\":\"RESOURCE_EXHAUSTED\"}}"))
                .willSetStateTo("recovered"));
        PeerStubs.server().stubFor(post(urlPathMatching(GENERATE)).inScenario("quota").whenScenarioStateIs("recovered")
                .willReturn(PeerStubs.json(200, generateContent(plan()))));
        assertThat(prepared().getString("planSource")).isEqualTo("gemini");
    }

    @Test
    void timeoutFallsBackToOffline() {
        gemini(PeerStubs.json(200, generateContent(plan())).withFixedDelay(4000));
        JsonPath view = prepared();
        assertThat(view.getString("planSource")).isEqualTo("offline");
        assertThat(view.getString("llmProvider")).isEqualTo("offline");
        // our two attempts and no hidden retries of the model client on top of them
        PeerStubs.server().verify(2, postRequestedFor(urlPathMatching(GENERATE)));
    }
}
