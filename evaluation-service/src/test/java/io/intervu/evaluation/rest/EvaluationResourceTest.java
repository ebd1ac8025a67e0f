package io.intervu.evaluation.rest;

import io.intervu.evaluation.AnswerEvaluation;
import io.intervu.evaluation.ErasureRecord;
import io.intervu.evaluation.event.TestEvents;
import io.intervu.testsupport.KafkaProbe;
import io.intervu.testsupport.TestJwt;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class EvaluationResourceTest {

    static long evaluationsOf(String userId) {
        return QuarkusTransaction.requiringNew().call(() -> AnswerEvaluation.count("userId", userId));
    }

    private static String evaluated(String userId) {
        String interviewId = UUID.randomUUID().toString();
        TestEvents.sendAnswer(TestEvents.answerRecorded(interviewId, userId, "r-" + interviewId,
                TestEvents.kafkaQuestion(UUID.randomUUID().toString(), 1), "question", 0, TestEvents.STRONG_KAFKA_ANSWER, true));
        await().atMost(Duration.ofSeconds(60)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> AnswerEvaluation.count("interviewId", interviewId)) == 1);
        return interviewId;
    }

    @Test
    void theOwnerSeesTheEvaluationsAndNobodyElseDoes() {
        String owner = UUID.randomUUID().toString();
        String interviewId = evaluated(owner);

        given().auth().oauth2(TestJwt.user(owner)).queryParam("interviewId", interviewId)
                .when().get("/api/evaluations")
                .then().statusCode(200)
                .body("interviewId", equalTo(interviewId))
                .body("evaluations.size()", equalTo(1))
                .body("evaluations[0].criteria.size()", equalTo(5))
                .body("evaluations[0].provenance.evaluator", equalTo("offline-rubric"))
                .body("assessment", nullValue());

        given().auth().oauth2(TestJwt.user(UUID.randomUUID().toString())).queryParam("interviewId", interviewId)
                .when().get("/api/evaluations")
                .then().statusCode(200).body("evaluations.size()", equalTo(0));
        given().queryParam("interviewId", interviewId).when().get("/api/evaluations").then().statusCode(401)
                .contentType("application/problem+json");
        given().auth().oauth2(TestJwt.signedByForeignKey(owner)).queryParam("interviewId", interviewId)
                .when().get("/api/evaluations").then().statusCode(401).contentType("application/problem+json");
        // a service token is not a person: it reads nobody's evaluations
        given().auth().oauth2(TestJwt.token("service:interview-service", java.util.Set.of("service"))).queryParam("interviewId", interviewId)
                .when().get("/api/evaluations").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void aMissingOrMalformedInterviewIdIsAProblemDocument() {
        String token = TestJwt.user(UUID.randomUUID().toString());
        given().auth().oauth2(token).when().get("/api/evaluations")
                .then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("type", equalTo("https://intervu.dev/problems/missing-interview-id"));
        given().auth().oauth2(token).queryParam("interviewId", "not-a-uuid").when().get("/api/evaluations")
                .then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("status", equalTo(400));
    }

    @Test
    void aDeletedUsersEvaluationsAreErased() {
        String userId = UUID.randomUUID().toString();
        String other = UUID.randomUUID().toString();
        evaluated(userId);
        evaluated(other);
        assertEquals(1, evaluationsOf(userId));

        KafkaProbe.send("auth.user-deleted", userId, KafkaProbe.cloudEvent(UUID.randomUUID().toString(), "auth.user-deleted",
                "/intervu/auth-service", userId, Map.of("userId", userId, "deletedAt", "2026-11-25T12:00:00Z")));

        await().atMost(Duration.ofSeconds(60)).until(() -> evaluationsOf(userId) == 0);
        assertEquals(1, evaluationsOf(other));
        ErasureRecord record = QuarkusTransaction.requiringNew().call(() -> ErasureRecord.<ErasureRecord>find("userId", userId).firstResult());
        assertTrue(record.rowsErased >= 2, "the evaluation and its outbox event: " + record.rowsErased);
    }
}
