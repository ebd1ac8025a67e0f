package io.intervu.interview.rest;

import io.intervu.interview.Interview;
import io.intervu.interview.InterviewStatus;
import io.intervu.interview.Turn;
import io.intervu.interview.support.Fixtures;
import io.intervu.interview.support.InterviewApi;
import io.intervu.interview.support.PeerStubs;
import io.intervu.testsupport.TestJwt;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** Per-user quotas on starts (per day) and answers (per minute): 429 with Retry-After, nothing stored for the refusal. */
@QuarkusTest
@TestProfile(QuotaTest.SmallQuotas.class)
class QuotaTest {

    static final int STARTS = 2;
    static final int ANSWERS = 3;

    public static class SmallQuotas implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("intervu.quota.interviews-per-day", Integer.toString(STARTS),
                    "intervu.quota.answers-per-minute", Integer.toString(ANSWERS));
        }
    }

    private static final String ANSWER = "I would key events by account id so ordering holds per partition, keep consumers "
            + "idempotent with a processed-event table in the same transaction, and publish through an outbox. We ran this at 3,000 events per second.";
    private static final Map<String, String> SHORT = Map.of("questionCount", "3", "maxFollowUps", "0");

    private final String userId = UUID.randomUUID().toString();
    private final InterviewApi api = new InterviewApi(TestJwt.user(userId));

    @BeforeEach
    void peers() {
        PeerStubs.resetToDefaults();
    }

    private Response start(String key) {
        return InterviewApi.start(api.request().header("Idempotency-Key", key), Fixtures.bytes("resume_backend_java.pdf"),
                "jd_backend_java.txt", Map.of("questionCount", "3", "maxFollowUps", "0"));
    }

    private long interviews() {
        return QuarkusTransaction.requiringNew().call(() -> Interview.count("userId", userId));
    }

    @Test
    void theStartAfterTheDailyQuotaIs429WithRetryAfterAndStoresNothing() {
        String first = start("first").then().statusCode(202).extract().path("id");
        // a retry of the same start is the same interview: it does not count again
        start("first").then().statusCode(202).body("id", equalTo(first));
        start("second").then().statusCode(202);
        assertThat(interviews()).isEqualTo(STARTS);

        Response refused = start("third");
        refused.then().statusCode(429).contentType("application/problem+json")
                .body("type", equalTo("https://intervu.dev/problems/interview-quota"))
                .body("status", equalTo(429));
        assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(86_000, 86_400);
        assertThat(interviews()).isEqualTo(STARTS);

        // the refused key started nothing; the accepted one is still answered as before
        start("third").then().statusCode(429);
        start("first").then().statusCode(202).body("id", equalTo(first));
        assertThat(interviews()).isEqualTo(STARTS);
    }

    @Test
    void theAnswerAfterTheMinuteQuotaIs429WithRetryAfterAndStoresNothing() {
        String id = api.startReady("resume_backend_java.pdf", "jd_backend_java.txt", SHORT);
        String previous = null;
        String turnId = null;
        for (int i = 0; i < ANSWERS; i++) {
            turnId = api.next(id).getString("turnId");
            api.answerText(id, turnId, i == 0 ? "Yes, ready." : ANSWER).then().statusCode(202).body("duplicate", equalTo(false));
            previous = turnId;
        }
        String current = api.next(id).getString("turnId");

        Response refused = api.answerText(id, current, ANSWER);
        refused.then().statusCode(429).contentType("application/problem+json")
                .body("type", equalTo("https://intervu.dev/problems/answer-quota"));
        assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(1, 60);

        // nothing of the refused answer was stored: the turn is still open and the interview waits for it
        Turn turn = QuarkusTransaction.requiringNew().call(() -> Turn.<Turn>findById(UUID.fromString(current)));
        assertThat(turn.answeredAt).isNull();
        assertThat(turn.answerText).isNull();
        Interview stored = QuarkusTransaction.requiringNew().call(() -> Interview.<Interview>findById(UUID.fromString(id)));
        assertThat(stored.status).isEqualTo(InterviewStatus.AWAITING_ANSWER);
        assertThat(stored.pendingTurnId).isNull();
        assertThat(stored.pendingText).isNull();
        List<Turn> answered = QuarkusTransaction.requiringNew().call(() ->
                Turn.<Turn>list("interviewId = ?1 and answeredAt is not null", UUID.fromString(id)));
        assertThat(answered).hasSize(ANSWERS);

        // a repeat of an accepted answer is still a duplicate, not a refusal
        api.answerText(id, previous, ANSWER).then().statusCode(202).body("duplicate", equalTo(true));

        // the quota is the user's, over all their interviews
        String other = api.startReady("resume_backend_java.pdf", "jd_backend_java.txt", SHORT);
        String greeting = api.next(other).getString("turnId");
        api.answerText(other, greeting, "Yes, ready.").then().statusCode(429);
    }
}
