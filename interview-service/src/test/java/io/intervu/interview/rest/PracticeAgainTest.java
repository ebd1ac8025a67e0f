package io.intervu.interview.rest;

import io.intervu.interview.Interview;
import io.intervu.interview.support.InterviewApi;
import io.intervu.interview.support.PeerStubs;
import io.intervu.testsupport.TestJwt;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/** "Practise again": a one-question round on a question of a finished interview, linked to it. */
@QuarkusTest
class PracticeAgainTest {

    private static final String ANSWER = "I would key events by account id so ordering holds per partition, keep consumers "
            + "idempotent with a processed-event table in the same transaction, and publish through an outbox.";

    private final String userId = UUID.randomUUID().toString();
    private final InterviewApi api = new InterviewApi(TestJwt.user(userId));

    @BeforeEach
    void peers() {
        PeerStubs.resetToDefaults();
    }

    /** Answers every turn until the closing message; returns the question texts asked, in order. */
    private List<String> answerToTheEnd(String id) {
        List<String> asked = new java.util.ArrayList<>();
        JsonPath message = api.next(id);
        while (!message.getBoolean("last")) {
            if ("question".equals(message.getString("kind"))) {
                asked.add(message.getString("text"));
            }
            api.answerText(id, message.getString("turnId"), ANSWER).then().statusCode(202);
            message = api.next(id);
        }
        return asked;
    }

    private io.restassured.response.Response practise(String interviewId, String questionId, String key) {
        var request = api.request();
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.post("/api/interviews/" + interviewId + "/questions/" + questionId + "/practice");
    }

    @Test
    void aQuestionOfAFinishedInterviewIsAskedAgainInARoundOfItsOwn() {
        String first = api.startReady("resume_backend_java.pdf", "jd_backend_java.txt", Map.of("questionCount", "3", "maxFollowUps", "0"));
        answerToTheEnd(first);
        JsonPath done = api.get(first);
        assertThat(done.getString("status")).isEqualTo("COMPLETED");
        String questionId = done.getString("questions[1].questionId");
        String questionText = done.getString("questions[1].text");

        String round = practise(first, questionId, "again-1").then().statusCode(202)
                .body("status", equalTo("READY")).extract().path("id");
        assertThat(practise(first, questionId, "again-1").then().statusCode(202).extract().<String>path("id"))
                .as("the same Idempotency-Key gives the same round").isEqualTo(round);

        JsonPath view = api.get(round);
        assertThat(view.getInt("questionCount")).isEqualTo(1);
        assertThat(view.getString("practiceOf.interviewId")).isEqualTo(first);
        assertThat(view.getString("practiceOf.questionId")).isEqualTo(questionId);
        assertThat(view.getList("focusTopics", String.class)).containsExactly(done.getString("questions[1].topic"));
        List<String> asked = answerToTheEnd(round);
        assertThat(asked).hasSize(1);
        assertThat(asked.get(0)).as("the same question, perhaps after a lead-in").endsWith(questionText);
        assertThat(api.get(round).getString("status")).isEqualTo("COMPLETED");
        assertThat(api.get(round).getList("questions[0].keyPoints")).isEqualTo(done.getList("questions[1].keyPoints"));

        JsonPath history = api.request().get("/api/interviews").then().statusCode(200).extract().jsonPath();
        assertThat(history.getList("findAll { it.id == '" + round + "' }.practiceOf.questionId")).containsExactly(questionId);
        assertThat(history.getList("findAll { it.id == '" + first + "' }.practiceOf")).containsExactly((Object) null);
    }

    @Test
    void onlyTheOwnersFinishedInterviewsQuestionsCanBePractised() {
        String running = api.startReady("resume_backend_java.pdf", "jd_backend_java.txt", Map.of("questionCount", "3", "maxFollowUps", "0"));
        long before = QuarkusTransaction.requiringNew().call(() -> Interview.count("userId", userId));
        // the plan's ids are shown once an interview is over; any prepared question of it will do here
        String questionId = QuarkusTransaction.requiringNew().call(() -> io.intervu.interview.PreparedQuestion
                .<io.intervu.interview.PreparedQuestion>find("interviewId", UUID.fromString(running)).firstResult().id.toString());

        practise(running, questionId, null).then().statusCode(409).contentType(startsWith("application/problem+json"))
                .body("type", equalTo("https://intervu.dev/problems/interview-not-finished"));
        practise(running, UUID.randomUUID().toString(), null).then().statusCode(404)
                .body("type", equalTo("https://intervu.dev/problems/question-not-found"));
        new InterviewApi(TestJwt.user(UUID.randomUUID().toString())).request()
                .post("/api/interviews/" + running + "/questions/" + questionId + "/practice")
                .then().statusCode(404).body("type", equalTo("https://intervu.dev/problems/interview-not-found"));
        practise("not-a-uuid", questionId, null).then().statusCode(404);
        assertThat(QuarkusTransaction.requiringNew().call(() -> Interview.count("userId", userId))).isEqualTo(before);
    }
}
