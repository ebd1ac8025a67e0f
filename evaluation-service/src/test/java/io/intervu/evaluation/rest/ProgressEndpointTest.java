package io.intervu.evaluation.rest;

import io.intervu.evaluation.InterviewAssessment;
import io.intervu.evaluation.event.TestEvents;
import io.intervu.testsupport.TestJwt;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** GET /api/evaluations/progress over interviews assessed through the real event flow. */
@QuarkusTest
class ProgressEndpointTest {

    private static final String SQL_QUESTION = "Describe the standard SQL isolation levels and the anomalies each one prevents.";
    private static final List<String> SQL_KEY_POINTS = List.of("Read uncommitted allows dirty reads",
            "Read committed prevents dirty reads but allows non-repeatable reads",
            "Serializable prevents all anomalies, equivalent to some serial order");

    /** One interview of two questions (kafka, sql) answered and completed; waits for its assessment. */
    private static String assessedInterview(String userId, String kafkaAnswer, String sqlAnswer) {
        String interviewId = UUID.randomUUID().toString();
        Map<String, Object> kafka = TestEvents.kafkaQuestion(UUID.randomUUID().toString(), 1);
        Map<String, Object> sql = TestEvents.question(UUID.randomUUID().toString(), 2, "sql", SQL_QUESTION, SQL_KEY_POINTS,
                "SQL Transactions and Isolation Levels");
        TestEvents.sendAnswer(TestEvents.answerRecorded(interviewId, userId, "k-" + interviewId, kafka, "question", 0, kafkaAnswer, true));
        TestEvents.sendAnswer(TestEvents.answerRecorded(interviewId, userId, "s-" + interviewId, sql, "question", 0, sqlAnswer, true));
        TestEvents.sendCompleted(UUID.randomUUID().toString(), TestEvents.completed(interviewId, userId, 2, List.of(kafka, sql)));
        await().atMost(Duration.ofSeconds(90)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> InterviewAssessment.count("interviewId", interviewId)) == 1);
        return interviewId;
    }

    @Test
    void theOwnerSeesScoresByTopicAndCriterionOldestFirstAndNobodyElseDoes() {
        String owner = UUID.randomUUID().toString();
        String first = assessedInterview(owner, "I'm not sure, Kafka is a queue I think.",
                "Isolation is the I in ACID. I think serializable is the safest level but slower.");
        String second = assessedInterview(owner, TestEvents.STRONG_KAFKA_ANSWER,
                "Read uncommitted allows dirty reads. Read committed prevents dirty reads but a row read twice can change, a "
                        + "non-repeatable read. Repeatable read keeps rows stable but can show phantoms, and serializable prevents "
                        + "every anomaly, as if the transactions ran one after another.");

        JsonPath body = given().auth().oauth2(TestJwt.user(owner)).when().get("/api/evaluations/progress")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(first, second), body.getList("interviews.interviewId"));
        assertEquals(5, body.getMap("interviews[0].criteria").size());
        assertEquals(Set.of("kafka", "sql"), body.getMap("interviews[1].topics").keySet());
        assertEquals(150.0, body.getDouble("interviews[1].delivery.wordsPerMinute"), 1e-9);
        assertEquals(List.of("offline-rubric"), body.getList("interviews[1].evaluators"));
        double kafkaBefore = body.getDouble("interviews[0].topics.kafka");
        double kafkaAfter = body.getDouble("interviews[1].topics.kafka");
        assertTrue(kafkaAfter > kafkaBefore, "the strong answer scores higher: " + kafkaBefore + " -> " + kafkaAfter);

        List<Map<String, Object>> topics = body.getList("topics");
        assertEquals(2, topics.size());
        Map<String, Object> kafka = topics.stream().filter(t -> "kafka".equals(t.get("topic"))).findFirst().orElseThrow();
        assertEquals(2, kafka.get("interviews"));
        assertEquals(kafkaBefore, ((Number) kafka.get("first")).doubleValue(), 1e-6);
        assertEquals(kafkaAfter, ((Number) kafka.get("latest")).doubleValue(), 1e-6);
        assertTrue(((Number) topics.get(0).get("latest")).doubleValue() <= ((Number) topics.get(1).get("latest")).doubleValue(),
                "weakest latest score first: " + topics);
        assertEquals(5, body.getList("criteria").size());

        given().auth().oauth2(TestJwt.user(UUID.randomUUID().toString())).when().get("/api/evaluations/progress")
                .then().statusCode(200).body("interviews.size()", equalTo(0)).body("topics.size()", equalTo(0));
        given().when().get("/api/evaluations/progress").then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(TestJwt.token("service:interview-service", Set.of("service"))).when().get("/api/evaluations/progress")
                .then().statusCode(403).contentType("application/problem+json");
    }
}
