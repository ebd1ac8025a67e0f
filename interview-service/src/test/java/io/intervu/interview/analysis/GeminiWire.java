package io.intervu.interview.analysis;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import io.intervu.interview.support.PeerStubs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

/**
 * Gemini's generateContent endpoint on the WireMock server, per use: each of our prompts carries a
 * fence only it has, so analysis, plan and follow-up calls can be answered and counted apart.
 */
public final class GeminiWire {

    public enum Use {
        ANALYSIS("<<<DATA draft-analysis"), PLAN("<<<DATA question-bank"), FOLLOW_UP("<<<DATA answer");

        final String marker;

        Use(String marker) {
            this.marker = marker;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String GENERATE = ".*:generateContent.*";

    private GeminiWire() {
    }

    public static void answer(Use use, ResponseDefinitionBuilder response) {
        PeerStubs.server().stubFor(request(use).willReturn(response));
    }

    /** Answers with the model text {@code text} in a real generateContent response. */
    public static void answer(Use use, String text) {
        answer(use, PeerStubs.json(200, generateContent(text)));
    }

    public static MappingBuilder request(Use use) {
        return post(urlPathMatching(GENERATE)).withRequestBody(WireMock.containing(use.marker));
    }

    public static RequestPatternBuilder requested(Use use) {
        return postRequestedFor(urlPathMatching(GENERATE)).withRequestBody(WireMock.containing(use.marker));
    }

    public static int calls(Use use) {
        return PeerStubs.server().findAll(requested(use)).size();
    }

    public static String generateContent(String text) {
        return write(Map.of(
                "candidates", List.of(Map.of("content", Map.of("role", "model", "parts", List.of(Map.of("text", text))),
                        "finishReason", "STOP", "index", 0)),
                "usageMetadata", Map.of("promptTokenCount", 900, "candidatesTokenCount", 120, "totalTokenCount", 1020),
                "modelVersion", "gemini-2.5-flash"));
    }

    /** A refined analysis of the backend fixtures, every value grounded in them. */
    public static Map<String, Object> backendAnalysis() {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("role", "Senior Backend Engineer, Payments Platform");
        a.put("seniority", "senior");
        a.put("company", null);
        a.put("focusTopics", List.of("kafka", "event-driven", "transactions", "distributed-systems", "kubernetes"));
        a.put("candidateSkills", List.of("Java 17", "Apache Kafka", "PostgreSQL", "Kubernetes"));
        a.put("requirements", List.of("5+ years of backend development in Java", "Apache Kafka: partitioning and ordering"));
        a.put("projects", List.of(
                Map.of("name", "Ledgerly", "description", "A double-entry bookkeeping library for Java with a PostgreSQL adapter."),
                Map.of("name", "Rate limiter benchmark", "description", "Token bucket versus sliding window on Redis.")));
        return a;
    }

    /** A valid three-question plan (technical, project, behavioural) whose questions share one key point. */
    public static String threeQuestionPlan(String sharedKeyPoint) {
        return write(Map.of("questions", List.of(
                question("technical", "kafka", "How would you guarantee per-account ordering of payment events in Kafka?",
                        List.of("partition by account id", "idempotent consumers", sharedKeyPoint)),
                question("project", "event-driven", "Walk me through Ledgerly: its design and the hardest decision you made.",
                        List.of("problem and constraints", "architecture", sharedKeyPoint)),
                question("behavioural", "leadership", "Tell me about a design review where you changed a colleague's mind.",
                        List.of("situation and stakes", "how you argued with evidence", sharedKeyPoint)))));
    }

    private static Map<String, Object> question(String type, String topic, String text, List<String> keyPoints) {
        Map<String, Object> q = new LinkedHashMap<>();
        q.put("type", type);
        q.put("topic", topic);
        q.put("difficulty", "medium");
        q.put("text", text);
        q.put("keyPoints", keyPoints);
        q.put("rationale", "Fits the JD's emphasis and the resume.");
        q.put("questionRef", null);
        return q;
    }

    public static String write(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
