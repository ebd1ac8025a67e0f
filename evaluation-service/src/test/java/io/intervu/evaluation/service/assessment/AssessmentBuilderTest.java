package io.intervu.evaluation.service.assessment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.intervu.evaluation.event.TestEvents;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AssessmentBuilderTest {

    static final ObjectMapper JSON = new ObjectMapper();

    static AssessmentBuilder.Turn turn(Map<String, Object> question, String answerId, double score, List<String> strengths,
                                       List<String> improvements, double wpm) {
        Map<String, Object> answer = TestEvents.answerRecorded("i-1", "u-1", answerId, question, "question", 0, "text", true);
        answer.put("delivery", TestEvents.delivery(wpm, 0.02));
        ObjectNode evaluation = JSON.createObjectNode();
        evaluation.put("answerId", answerId).put("answered", true).put("overallScore", score);
        for (String c : List.of("relevance", "technicalDepth", "clarity", "roleAlignment", "specificity")) {
            evaluation.withArray("criteria").addObject().put("name", c).put("score", (int) Math.round(score));
        }
        strengths.forEach(evaluation.withArray("strengths")::add);
        improvements.forEach(evaluation.withArray("improvements")::add);
        evaluation.withArray("keyPointsCovered");
        evaluation.withArray("keyPointsMissed").add("a missed point");
        evaluation.putObject("provenance").put("evaluator", "offline-rubric").putNull("fallbackReason");
        return new AssessmentBuilder.Turn(JSON.valueToTree(answer), evaluation);
    }

    @Test
    void listsHaveADeterministicOrderWhateverTheArrivalOrder() {
        Map<String, Object> kafka = TestEvents.kafkaQuestion("q1", 1);
        Map<String, Object> sql = TestEvents.question("q2", 2, "sql", "Isolation levels?", List.of("a"), "SQL Transactions and Isolation Levels");
        Map<String, Object> java = TestEvents.question("q3", 3, "java", "volatile?", List.of("b"), "Java Concurrency");
        List<AssessmentBuilder.Turn> turns = new ArrayList<>(List.of(
                turn(kafka, "a1", 4.6, List.of("Clear", "Concrete"), List.of("Mention idempotence"), 150),
                turn(sql, "a2", 2.0, List.of("Clear"), List.of("Cover isolation", "Mention idempotence"), 120),
                turn(java, "a3", 3.0, List.of("Brief"), List.of("Add numbers"), 180)));
        JsonNode completed = JSON.valueToTree(TestEvents.completed("i-1", "u-1", 3, List.of(kafka, sql, java)));

        JsonNode first = new AssessmentBuilder(JSON).build(completed, turns, "t").path("assessment");
        Collections.reverse(turns);
        JsonNode second = new AssessmentBuilder(JSON).build(completed, turns, "t").path("assessment");

        assertEquals(first, second);
        assertEquals(3.2, first.path("overallScore").asDouble());
        assertEquals("Needs practice", first.path("readiness").asText());
        assertEquals("[\"Clear\",\"Concrete\",\"Brief\"]", first.path("topStrengths").toString(), "most frequent, then best score");
        assertEquals("[\"Mention idempotence\",\"Cover isolation\",\"Add numbers\"]", first.path("topImprovements").toString());
        assertEquals("[\"kafka\",\"java\"]", first.path("strongestTopics").toString());
        assertEquals("[\"sql\"]", first.path("weakestTopics").toString());
        assertEquals("SQL Transactions and Isolation Levels", first.path("nextSteps").path(0).path("reference").path("documentTitle").asText());
        assertEquals("Java Concurrency", first.path("nextSteps").path(1).path("reference").path("documentTitle").asText());
    }

    @Test
    void deliveryIsAveragedAndTheVerdictRederivedFromTheBand() {
        Map<String, Object> kafka = TestEvents.kafkaQuestion("q1", 1);
        List<AssessmentBuilder.Turn> turns = List.of(turn(kafka, "a1", 4, List.of(), List.of(), 100), turn(kafka, "a2", 4, List.of(), List.of(), 140));
        JsonNode completed = JSON.valueToTree(TestEvents.completed("i-1", "u-1", 2, List.of(kafka)));
        JsonNode delivery = new AssessmentBuilder(JSON).build(completed, turns, "t").path("deliverySummary");
        assertEquals(120.0, delivery.path("wordsPerMinute").asDouble());
        assertEquals("below", delivery.path("metrics").path(0).path("verdict").asText());
        assertEquals(2, delivery.path("fillers").path("um").asInt());
        assertEquals(2, delivery.path("answersMeasured").asInt());
    }

    @Test
    void readinessBands() {
        assertEquals("Ready", AssessmentBuilder.readiness(4.0, false));
        assertEquals("Almost ready", AssessmentBuilder.readiness(3.3, false));
        assertEquals("Needs practice", AssessmentBuilder.readiness(2.5, false));
        assertEquals("Not yet", AssessmentBuilder.readiness(2.4, false));
        assertEquals("Not yet", AssessmentBuilder.readiness(5, true));
    }
}
