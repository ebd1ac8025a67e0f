package io.intervu.evaluation.event;

import com.fasterxml.jackson.databind.JsonNode;
import io.intervu.evaluation.AnswerEvaluation;
import io.intervu.evaluation.InterviewAssessment;
import io.intervu.evaluation.InterviewCompletion;
import io.intervu.evaluation.OutboxEvent;
import io.intervu.evaluation.service.AssessmentService;
import io.intervu.testsupport.KafkaProbe;
import jakarta.inject.Inject;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.intervu.evaluation.event.TestEvents.answerRecorded;
import static io.intervu.evaluation.event.TestEvents.completed;
import static io.intervu.evaluation.event.TestEvents.kafkaQuestion;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Answer events on the real broker become evaluations, exactly once, and the interview one assessment. */
@QuarkusTest
class AnswerEvaluationFlowTest {

    static long evaluations(String interviewId) {
        return QuarkusTransaction.requiringNew().call(() -> AnswerEvaluation.count("interviewId", interviewId));
    }

    static boolean completionRecorded(String interviewId) {
        return QuarkusTransaction.requiringNew().call(() -> InterviewCompletion.findById(interviewId) != null);
    }

    static long outboxEvents(String topic, String interviewId) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("topic = ?1 and eventKey = ?2", topic, interviewId));
    }

    @Test
    void answerEventsBecomeEvaluatedEventsAndAnUnansweredTurnIsExplicit() {
        String interviewId = UUID.randomUUID().toString();
        String userId = UUID.randomUUID().toString();
        Map<String, Object> q = kafkaQuestion(UUID.randomUUID().toString(), 1);
        try (KafkaProbe probe = new KafkaProbe("evaluation.answer-evaluated")) {
            TestEvents.sendAnswer(answerRecorded(interviewId, userId, "a-" + interviewId, q, "question", 0, TestEvents.STRONG_KAFKA_ANSWER, true));
            TestEvents.sendAnswer(answerRecorded(interviewId, userId, "b-" + interviewId, q, "follow-up", 1, "", false));

            List<ConsumerRecord<String, String>> records = probe.await(r -> interviewId.equals(r.key()), 2, Duration.ofSeconds(60));
            assertEquals(2, records.size());
            JsonNode strong = null;
            JsonNode silent = null;
            for (ConsumerRecord<String, String> r : records) {
                JsonNode event = KafkaProbe.json(r);
                assertEquals("evaluation.answer-evaluated", event.path("type").asText());
                assertEquals("1.0", event.path("specversion").asText());
                JsonNode data = event.path("data");
                if (data.path("answerId").asText().startsWith("a-")) {
                    strong = data;
                } else {
                    silent = data;
                }
            }
            assertEquals(List.of(), SchemaCheck.violations("evaluation.answer-evaluated.json", strong));
            assertEquals(List.of(), SchemaCheck.violations("evaluation.answer-evaluated.json", silent));
            assertTrue(strong.path("answered").asBoolean());
            assertEquals(5, strong.path("criteria").size());
            for (JsonNode c : strong.path("criteria")) {
                int score = c.path("score").asInt();
                assertTrue(score >= 1 && score <= 5);
                assertFalse(c.path("justification").asText().isBlank());
            }
            assertTrue(strong.path("overallScore").asDouble() >= 3.7, "a strong answer scores high: " + strong);
            assertTrue(strong.path("keyPointsCovered").size() >= 3, strong.toString());
            assertEquals("offline-rubric", strong.path("provenance").path("evaluator").asText());
            assertTrue(strong.path("provenance").path("fallbackReason").isNull());
            assertFalse(strong.path("injectionSuspected").asBoolean());
            assertTrue(strong.path("strengths").size() <= 2 && strong.path("improvements").size() <= 2);

            assertFalse(silent.path("answered").asBoolean());
            assertEquals(1.0, silent.path("overallScore").asDouble());
            assertTrue(silent.path("overallJustification").asText().startsWith("Not answered"));
            assertEquals(5, silent.path("keyPointsMissed").size());
        }
    }

    @Test
    void aRedeliveredEventOrASecondEventForTheSameAnswerCreatesNoSecondEvaluation() {
        String interviewId = UUID.randomUUID().toString();
        String userId = UUID.randomUUID().toString();
        Map<String, Object> data = answerRecorded(interviewId, userId, "dup-" + interviewId,
                kafkaQuestion(UUID.randomUUID().toString(), 1), "question", 0, TestEvents.STRONG_KAFKA_ANSWER, true);
        String eventId = UUID.randomUUID().toString();
        TestEvents.sendAnswer(eventId, data);
        TestEvents.sendAnswer(eventId, data);
        TestEvents.sendAnswer(data); // same answer under a new event id
        // a later answer on the same partition proves the duplicates were consumed, not in flight
        TestEvents.sendAnswer(answerRecorded(interviewId, userId, "later-" + interviewId,
                kafkaQuestion(UUID.randomUUID().toString(), 2), "question", 0, "Ordering is per partition.", true));

        await().atMost(Duration.ofSeconds(60)).until(() -> evaluations(interviewId) == 2);
        assertEquals(2, evaluations(interviewId));
        assertEquals(2, outboxEvents("evaluation.answer-evaluated", interviewId));
    }

    @Test
    void completedBeforeTheLastAnswerGivesExactlyOneAssessment() {
        String interviewId = UUID.randomUUID().toString();
        String userId = UUID.randomUUID().toString();
        Map<String, Object> q1 = kafkaQuestion(UUID.randomUUID().toString(), 1);
        Map<String, Object> q2 = TestEvents.question(UUID.randomUUID().toString(), 2, "sql",
                "Describe the standard SQL isolation levels and the anomalies each one prevents.",
                List.of("Read uncommitted allows dirty reads", "Read committed prevents dirty reads but allows non-repeatable reads",
                        "Serializable prevents all anomalies, equivalent to some serial order"),
                "SQL Transactions and Isolation Levels");
        Map<String, Object> completed = completed(interviewId, userId, 3, List.of(q1, q2));
        String completedId = UUID.randomUUID().toString();
        try (KafkaProbe probe = new KafkaProbe("evaluation.interview-assessed")) {
            TestEvents.sendAnswer(answerRecorded(interviewId, userId, "1-" + interviewId, q1, "question", 0, TestEvents.STRONG_KAFKA_ANSWER, true));
            TestEvents.sendAnswer(answerRecorded(interviewId, userId, "2-" + interviewId, q1, "follow-up", 1,
                    "Um, retries with several requests in flight can reorder batches, so I enable the idempotent producer: the broker "
                            + "uses the producer id and sequence numbers to keep the order and drop the duplicates.", true));
            TestEvents.sendCompleted(completedId, completed);
            await().atMost(Duration.ofSeconds(60)).until(() -> evaluations(interviewId) == 2);
            assertEquals(0, outboxEvents("evaluation.interview-assessed", interviewId), "not before the last answer");

            Map<String, Object> last = answerRecorded(interviewId, userId, "3-" + interviewId, q2, "question", 0,
                    "Isolation is the I in ACID. I think serializable is the safest level but slower.", true);
            String lastId = TestEvents.sendAnswer(last);
            // redeliveries after the assessment must not make another one
            TestEvents.sendCompleted(completedId, completed);
            TestEvents.sendCompleted(UUID.randomUUID().toString(), completed);
            TestEvents.sendAnswer(lastId, last);

            List<ConsumerRecord<String, String>> assessed = probe.await(r -> interviewId.equals(r.key()), 1, Duration.ofSeconds(60));
            assertEquals(1, assessed.size());
            assertEquals(0, probe.drain(r -> interviewId.equals(r.key()), Duration.ofSeconds(4)).size());
            assertEquals(1, QuarkusTransaction.requiringNew().call(() -> InterviewAssessment.count("interviewId", interviewId)));

            JsonNode data = KafkaProbe.json(assessed.get(0)).path("data");
            assertEquals(List.of(), SchemaCheck.violations("evaluation.interview-assessed.json", data));
            assertEquals(userId, data.path("userId").asText());
            assertEquals("Ada Candidate", data.path("candidateName").asText());
            JsonNode a = data.path("assessment");
            assertTrue(a.path("overallScore").asDouble() >= 1 && a.path("overallScore").asDouble() <= 5);
            assertTrue(List.of("Ready", "Almost ready", "Needs practice", "Not yet").contains(a.path("readiness").asText()));
            assertEquals(5, a.path("criterionAverages").size());
            assertEquals("kafka", a.path("strongestTopics").path(0).asText(), a.toString());
            assertEquals("sql", a.path("weakestTopics").path(0).asText(), a.toString());
            assertEquals("SQL Transactions and Isolation Levels",
                    a.path("nextSteps").path(0).path("reference").path("documentTitle").asText(), a.toString());
            assertEquals(2, data.path("questions").size());
            JsonNode kafka = data.path("questions").path(0);
            assertEquals(2, kafka.path("turns").size());
            assertEquals("question", kafka.path("turns").path(0).path("turnKind").asText());
            assertEquals("follow-up", kafka.path("turns").path(1).path("turnKind").asText());
            assertTrue(kafka.path("turns").path(0).path("evaluation").path("criteria").isArray());
            assertTrue(kafka.path("turns").path(0).path("confidence").isNull(), "confidence only when opted in");
            assertEquals(3, data.path("deliverySummary").path("answersMeasured").asInt());
            assertEquals(150.0, data.path("deliverySummary").path("wordsPerMinute").asDouble());
            assertEquals("within", data.path("deliverySummary").path("metrics").path(0).path("verdict").asText());
            assertEquals("offline-rubric", data.path("provenance").path("evaluators").path(0).asText());
            assertEquals("offline", data.path("provenance").path("plan").asText());
        }
    }

    @Test
    void completedAfterEveryAnswerAlsoGivesOneAssessmentEvenWhenEventsRace() {
        List<String> interviews = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String interviewId = UUID.randomUUID().toString();
            String userId = UUID.randomUUID().toString();
            interviews.add(interviewId);
            Map<String, Object> q = kafkaQuestion(UUID.randomUUID().toString(), 1);
            // completed and answers sent back to back: the two consumers race on every interview
            TestEvents.sendCompleted(UUID.randomUUID().toString(), completed(interviewId, userId, 2, List.of(q)));
            TestEvents.sendAnswer(answerRecorded(interviewId, userId, "x-" + interviewId, q, "question", 0, TestEvents.STRONG_KAFKA_ANSWER, true));
            TestEvents.sendAnswer(answerRecorded(interviewId, userId, "y-" + interviewId, q, "follow-up", 1, "It stays ordered per key.", true));
        }
        for (String interviewId : interviews) {
            await().atMost(Duration.ofSeconds(60)).until(() -> outboxEvents("evaluation.interview-assessed", interviewId) >= 1);
        }
        try (KafkaProbe probe = new KafkaProbe("evaluation.interview-assessed")) {
            List<ConsumerRecord<String, String>> all = probe.drain(r -> interviews.contains(r.key()), Duration.ofSeconds(6));
            assertEquals(4, all.size());
        }
        for (String interviewId : interviews) {
            assertEquals(1, outboxEvents("evaluation.interview-assessed", interviewId));
        }
    }

    @Inject
    AssessmentService assessments;

    @Test
    void anInterviewStillMissingAnswersAfterTheGracePeriodIsAssessedOnceWithWhatThereIs() {
        String interviewId = UUID.randomUUID().toString();
        String userId = UUID.randomUUID().toString();
        Map<String, Object> q = kafkaQuestion(UUID.randomUUID().toString(), 1);
        TestEvents.sendCompleted(UUID.randomUUID().toString(), completed(interviewId, userId, 2, List.of(q)));
        TestEvents.sendAnswer(answerRecorded(interviewId, userId, "g1-" + interviewId, q, "question", 0, TestEvents.STRONG_KAFKA_ANSWER, true));
        await().atMost(Duration.ofSeconds(60)).until(() -> evaluations(interviewId) == 1);
        // the completion comes on another topic and consumer: the sweeper only acts on a recorded one
        await().atMost(Duration.ofSeconds(60)).until(() -> completionRecorded(interviewId));
        assertEquals(0, outboxEvents("evaluation.interview-assessed", interviewId));

        assessments.assessOverdue(interviewId); // what the sweeper does once the grace period is over
        assessments.assessOverdue(interviewId);
        InterviewAssessment assessment = QuarkusTransaction.requiringNew()
                .call(() -> InterviewAssessment.<InterviewAssessment>findById(interviewId));
        assertTrue(assessment.payload.contains("\"missingEvaluations\":1"), assessment.payload);
        assertTrue(assessment.payload.contains("1 answer could not be evaluated"));

        // the late answer is still evaluated, but makes no second assessment
        TestEvents.sendAnswer(answerRecorded(interviewId, userId, "g2-" + interviewId, q, "follow-up", 1, "Per key ordering.", true));
        await().atMost(Duration.ofSeconds(60)).until(() -> evaluations(interviewId) == 2);
        assertEquals(1, outboxEvents("evaluation.interview-assessed", interviewId));
    }

    @Test
    void poisonMessagesGoToTheDeadLetterTopicAndDoNotBlockTheNext() {
        String interviewId = UUID.randomUUID().toString();
        try (KafkaProbe dlq = new KafkaProbe("interview.answer-recorded.dlq")) {
            KafkaProbe.send("interview.answer-recorded", interviewId, "{not json");
            KafkaProbe.send("interview.answer-recorded", interviewId, KafkaProbe.cloudEvent(UUID.randomUUID().toString(),
                    "interview.answer-recorded", "/intervu/interview-service", interviewId, Map.of("interviewId", interviewId)));
            TestEvents.sendAnswer(answerRecorded(interviewId, UUID.randomUUID().toString(), "ok-" + interviewId,
                    kafkaQuestion(UUID.randomUUID().toString(), 1), "question", 0, TestEvents.STRONG_KAFKA_ANSWER, true));

            List<ConsumerRecord<String, String>> dead = dlq.await(r -> interviewId.equals(r.key()), 2, Duration.ofSeconds(60));
            assertEquals(2, dead.size());
            assertTrue(dead.get(0).headers().lastHeader("dead-letter-reason") != null);
            await().atMost(Duration.ofSeconds(60)).until(() -> evaluations(interviewId) == 1);
        }
    }
}
