package io.intervu.interview.loop;

import io.intervu.interview.support.InterviewApi;
import io.intervu.interview.support.PeerStubs;
import io.intervu.testsupport.TestJwt;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every accepted step is finished from the database alone: this profile never runs work in the
 * process that accepted it, as if the service restarted after each commit; the sweeper (which a
 * fresh process runs too) prepares the plan and processes every answer to the end.
 */
@QuarkusTest
@TestProfile(CrashAfterCommitProfile.class)
class RestartRecoveryTest {

    @Test
    void interviewContinuesFromPersistedStateAfterEachStep() {
        PeerStubs.resetToDefaults();
        InterviewApi api = new InterviewApi(TestJwt.user(UUID.randomUUID().toString()));
        String id = api.startReady("resume_backend_java.pdf", "jd_backend_java.txt", Map.of("questionCount", "3", "maxFollowUps", "1"));
        JsonPath message = api.next(id);
        assertThat(message.getString("kind")).isEqualTo("greeting");
        int turns = 0;
        while (!message.getBoolean("last")) {
            if (turns % 2 == 0) {
                api.answerText(id, message.getString("turnId"), "Yes. I used an idempotent consumer with a processed event table, "
                        + "an outbox in the same transaction and retries with backoff; p99 was 45 ms at 3,000 requests per second.").then().statusCode(202);
            } else {
                api.answerAudio(id, message.getString("turnId"), "answer_outbox.webm", null).then().statusCode(202);
            }
            assertThat(api.get(id).getString("status")).isIn("PROCESSING_ANSWER", "ASKING", "COMPLETED");
            turns++;
            assertThat(turns).isLessThan(10);
            message = api.next(id);
        }
        assertThat(api.get(id).getString("status")).isEqualTo("COMPLETED");
    }
}
