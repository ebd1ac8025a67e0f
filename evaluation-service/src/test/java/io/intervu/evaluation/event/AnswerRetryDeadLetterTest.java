package io.intervu.evaluation.event;

import io.agroal.api.AgroalDataSource;
import io.intervu.evaluation.AnswerEvaluation;
import io.intervu.evaluation.OutboxEvent;
import io.intervu.testsupport.KafkaProbe;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.intervu.evaluation.event.TestEvents.answerRecorded;
import static io.intervu.evaluation.event.TestEvents.kafkaQuestion;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Failures that are not the event's fault, on the real broker and database: storing the evaluation
 * fails (a trigger in PostgreSQL refuses the row, counting attempts in a sequence, which a rollback
 * does not undo). The consumer retries with backoff; a failure that persists lands on the
 * dead-letter topic with its reason, one that clears leaves exactly one evaluation.
 */
@QuarkusTest
class AnswerRetryDeadLetterTest {

    /** The consumer's @Retry: the first attempt and three retries. */
    private static final int ATTEMPTS = 4;

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void refuseTestAnswers() throws SQLException {
        sql("""
                create sequence evaluation.test_always_attempts;
                create sequence evaluation.test_twice_attempts;
                create sequence evaluation.test_attempt_1_at;
                create sequence evaluation.test_attempt_2_at;
                create sequence evaluation.test_attempt_3_at;
                create sequence evaluation.test_attempt_4_at;
                create function evaluation.test_refuse_answers() returns trigger language plpgsql as $$
                declare
                    attempt bigint;
                begin
                    if new.answer_id like 'always-%' then
                        attempt := nextval('evaluation.test_always_attempts');
                        if attempt <= 4 then
                            -- when it was tried, in epoch milliseconds (setval, like nextval, survives the rollback)
                            perform setval('evaluation.test_attempt_' || attempt || '_at',
                                    (extract(epoch from clock_timestamp()) * 1000)::bigint);
                        end if;
                        raise exception 'injected database failure for %', new.answer_id;
                    end if;
                    if new.answer_id like 'twice-%' and nextval('evaluation.test_twice_attempts') <= 2 then
                        raise exception 'injected transient database failure for %', new.answer_id;
                    end if;
                    return new;
                end $$;
                create trigger test_refuse_answers before insert on evaluation.answer_evaluation
                    for each row execute function evaluation.test_refuse_answers();
                """);
    }

    @AfterEach
    void acceptAnswersAgain() throws SQLException {
        sql("""
                drop trigger if exists test_refuse_answers on evaluation.answer_evaluation;
                drop function if exists evaluation.test_refuse_answers();
                drop sequence if exists evaluation.test_always_attempts;
                drop sequence if exists evaluation.test_twice_attempts;
                drop sequence if exists evaluation.test_attempt_1_at;
                drop sequence if exists evaluation.test_attempt_2_at;
                drop sequence if exists evaluation.test_attempt_3_at;
                drop sequence if exists evaluation.test_attempt_4_at;
                """);
    }

    @Test
    void aPersistentFailureIsRetriedWithBackoffThenDeadLetteredAndNothingIsStored() throws SQLException {
        String interviewId = UUID.randomUUID().toString();
        try (KafkaProbe dlq = new KafkaProbe("interview.answer-recorded.dlq")) {
            String eventId = TestEvents.sendAnswer(answerRecorded(interviewId, UUID.randomUUID().toString(), "always-" + interviewId,
                    kafkaQuestion(UUID.randomUUID().toString(), 1), "question", 0, TestEvents.STRONG_KAFKA_ANSWER, true));

            List<ConsumerRecord<String, String>> dead = dlq.await(r -> interviewId.equals(r.key()), 1, Duration.ofSeconds(60));
            assertEquals(1, dead.size(), "dead-lettered once");
            ConsumerRecord<String, String> record = dead.get(0);
            assertEquals(eventId, KafkaProbe.json(record).path("id").asText(), "the original event, unchanged");
            assertNotNull(record.headers().lastHeader("dead-letter-reason"));
            String reason = header(record, "dead-letter-reason") + " / " + header(record, "dead-letter-cause");
            assertTrue(reason.contains("injected database failure"), reason);
            assertEquals(ATTEMPTS, sequence("test_always_attempts"), "tried " + ATTEMPTS + " times before the dead-letter topic");
            // exponential backoff between the attempts: about 0.3 s, 0.6 s, 1.2 s (±0.1 s jitter)
            long[] at = {sequence("test_attempt_1_at"), sequence("test_attempt_2_at"), sequence("test_attempt_3_at"), sequence("test_attempt_4_at")};
            String gaps = (at[1] - at[0]) + " ms, " + (at[2] - at[1]) + " ms, " + (at[3] - at[2]) + " ms";
            assertTrue(at[1] - at[0] >= 200 && at[2] - at[1] >= 500 && at[3] - at[2] >= 1_100, "gaps between attempts: " + gaps);
            assertTrue(at[3] - at[0] < 10_000, "gaps between attempts: " + gaps);
            assertTrue(record.timestamp() >= at[3], "dead-lettered after the last attempt");

            // and it is not tried again after that: the offset moved on
            assertEquals(List.of(), dlq.drain(r -> interviewId.equals(r.key()), Duration.ofSeconds(3)));
            assertEquals(ATTEMPTS, sequence("test_always_attempts"));
        }
        assertEquals(0, QuarkusTransaction.requiringNew().call(() -> AnswerEvaluation.count("interviewId", interviewId)));
        assertEquals(0, QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("eventKey", interviewId)));
    }

    @Test
    void aTransientFailureThatClearsYieldsExactlyOneEvaluation() throws SQLException {
        String interviewId = UUID.randomUUID().toString();
        try (KafkaProbe dlq = new KafkaProbe("interview.answer-recorded.dlq")) {
            TestEvents.sendAnswer(answerRecorded(interviewId, UUID.randomUUID().toString(), "twice-" + interviewId,
                    kafkaQuestion(UUID.randomUUID().toString(), 1), "question", 0, TestEvents.STRONG_KAFKA_ANSWER, true));

            await().atMost(Duration.ofSeconds(60)).until(() -> QuarkusTransaction.requiringNew()
                    .call(() -> AnswerEvaluation.count("interviewId", interviewId)) == 1);
            assertEquals(3, sequence("test_twice_attempts"), "two failed attempts, the third stored it");
            assertEquals(List.of(), dlq.drain(r -> interviewId.equals(r.key()), Duration.ofSeconds(3)));
        }
        assertEquals(1, QuarkusTransaction.requiringNew().call(() -> AnswerEvaluation.count("interviewId", interviewId)));
        assertEquals(1, QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("topic = ?1 and eventKey = ?2",
                "evaluation.answer-evaluated", interviewId)));
    }

    private void sql(String statements) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(statements);
        }
    }

    private long sequence(String name) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select case when is_called then last_value else 0 end from evaluation." + name)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null ? "" : new String(h.value(), StandardCharsets.UTF_8);
    }
}
