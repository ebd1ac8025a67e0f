package io.intervu.evaluation.event;

import io.intervu.evaluation.AnswerEvaluation;
import io.intervu.evaluation.ErasureRecord;
import io.intervu.evaluation.InterviewAssessment;
import io.intervu.evaluation.InterviewCompletion;
import io.intervu.evaluation.ProcessedEvent;
import io.intervu.testsupport.KafkaProbe;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

import static io.intervu.evaluation.event.AnswerEvaluationFlowTest.evaluations;
import static io.intervu.evaluation.event.AnswerEvaluationFlowTest.outboxEvents;
import static io.intervu.evaluation.event.TestEvents.answerRecorded;
import static io.intervu.evaluation.event.TestEvents.completed;
import static io.intervu.evaluation.event.TestEvents.kafkaQuestion;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Events about a user still in flight when the user was erased are consumed and store nothing; other users' still work. */
@QuarkusTest
class ErasedUserEventsTest {

    @Test
    void answerAndCompletedEventsOfAnErasedUserAreAcknowledgedAndStoreNothing() {
        String userId = UUID.randomUUID().toString();
        KafkaProbe.send("auth.user-deleted", userId, KafkaProbe.cloudEvent(UUID.randomUUID().toString(), "auth.user-deleted",
                "/intervu/auth-service", userId, Map.of("userId", userId, "deletedAt", "2026-11-25T12:00:00Z")));
        await().atMost(Duration.ofSeconds(30)).until(() -> count(() -> ErasureRecord.count("userId", userId)) == 1);

        String interviewId = UUID.randomUUID().toString();
        Map<String, Object> q = kafkaQuestion(UUID.randomUUID().toString(), 1);
        String answerEvent = TestEvents.sendAnswer(answerRecorded(interviewId, userId, "a-" + interviewId, q, "question", 0,
                TestEvents.STRONG_KAFKA_ANSWER, true));
        String completedEvent = UUID.randomUUID().toString();
        TestEvents.sendCompleted(completedEvent, completed(interviewId, userId, 1, List.of(q)));

        String otherInterview = UUID.randomUUID().toString();
        TestEvents.sendAnswer(answerRecorded(otherInterview, UUID.randomUUID().toString(), "a-" + otherInterview, q, "question", 0,
                TestEvents.STRONG_KAFKA_ANSWER, true));

        await().atMost(Duration.ofSeconds(60)).until(() -> processed(answerEvent) && processed(completedEvent));
        await().atMost(Duration.ofSeconds(60)).until(() -> evaluations(otherInterview) == 1);

        assertEquals(0, evaluations(interviewId), "no evaluation of the erased user's answer");
        assertEquals(0, count(() -> InterviewCompletion.count("interviewId", interviewId)), "no completion stored");
        assertEquals(0, count(() -> InterviewAssessment.count("interviewId", interviewId)), "no assessment");
        assertEquals(0, count(() -> AnswerEvaluation.count("userId", userId)));
        assertEquals(0, outboxEvents("evaluation.answer-evaluated", interviewId), "nothing announced about the user");
        assertEquals(0, outboxEvents("evaluation.interview-assessed", interviewId));
    }

    private static boolean processed(String eventId) {
        return count(() -> ProcessedEvent.count("eventId", eventId)) == 1;
    }

    private static long count(Callable<Long> query) {
        return QuarkusTransaction.requiringNew().call(query);
    }
}
