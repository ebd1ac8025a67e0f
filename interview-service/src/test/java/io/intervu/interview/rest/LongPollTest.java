package io.intervu.interview.rest;

import io.intervu.interview.support.InterviewApi;
import io.intervu.interview.support.PeerStubs;
import io.intervu.testsupport.TestJwt;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;

/** messages/next?wait=N: instead of 204 the client waits until the interviewer's message is ready. */
@QuarkusTest
class LongPollTest {

    private static final String ANSWER = "I keyed events by account id so ordering holds within a partition, stored processed "
            + "event ids in the same PostgreSQL transaction as the effect, and published through an outbox; p99 was 45 ms at 3,000 rps.";

    private InterviewApi api;

    @BeforeEach
    void peers() {
        PeerStubs.resetToDefaults();
        api = new InterviewApi(TestJwt.user(UUID.randomUUID().toString()));
    }

    private Response nextWaiting(String id, int seconds) {
        return api.request().queryParam("wait", seconds).get("/api/interviews/" + id + "/messages/next");
    }

    @Test
    void oneRequestWaitsThroughPreparationAndThroughEachAnswer() {
        String id = api.start("resume_backend_java.pdf", "jd_backend_java.txt", Map.of("questionCount", "3", "maxFollowUps", "0"))
                .then().statusCode(202).extract().path("id");

        // asked while PREPARING: answered once the greeting exists, not with 204
        Response greeting = nextWaiting(id, 20);
        assertThat(greeting.statusCode()).isEqualTo(200);
        assertThat(greeting.jsonPath().getString("kind")).isEqualTo("greeting");

        api.answerText(id, greeting.jsonPath().getString("turnId"), "Yes, ready.").then().statusCode(202);
        JsonPath first = nextWaiting(id, 20).then().statusCode(200).extract().jsonPath();
        assertThat(first.getString("kind")).isEqualTo("question");
        assertThat(first.getInt("questionNumber")).isEqualTo(1);

        api.answerText(id, first.getString("turnId"), ANSWER).then().statusCode(202);
        JsonPath second = nextWaiting(id, 20).then().statusCode(200).extract().jsonPath();
        assertThat(second.getInt("questionNumber")).isEqualTo(2);

        // a ready message is served at once, waiting or not
        assertThat(nextWaiting(id, 20).jsonPath().getString("turnId")).isEqualTo(second.getString("turnId"));
    }

    @Test
    void theWaitIsBoundedAndOwnershipStillHolds() {
        String id = api.startReady("resume_backend_java.pdf", "jd_backend_java.txt", Map.of("questionCount", "3"));
        nextWaiting(id, 26).then().statusCode(400).contentType("application/problem+json");
        nextWaiting(id, -1).then().statusCode(400);
        new InterviewApi(TestJwt.user(UUID.randomUUID().toString())).request().queryParam("wait", 5)
                .get("/api/interviews/" + id + "/messages/next").then().statusCode(404).body("type", endsWith("interview-not-found"));
    }
}
