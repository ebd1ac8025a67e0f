package io.intervu.interview.rest;

import io.intervu.interview.Interview;
import io.intervu.interview.PreparedQuestion;
import io.intervu.interview.support.InterviewApi;
import io.intervu.interview.support.PeerStubs;
import io.intervu.testsupport.TestJwt;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

/** "Practise these topics": focusTopics on start, checked against the knowledge base's topics, becomes the plan's focus. */
@QuarkusTest
class FocusTopicsTest {

    private static final String TOPICS = "[{\"topic\":\"kafka\",\"documents\":2,\"questions\":8},"
            + "{\"topic\":\"sql\",\"documents\":1,\"questions\":5},{\"topic\":\"behavioural\",\"documents\":1,\"questions\":6}]";

    private final String userId = UUID.randomUUID().toString();
    private final InterviewApi api = new InterviewApi(TestJwt.user(userId));

    @BeforeEach
    void peers() {
        PeerStubs.resetToDefaults();
        PeerStubs.server().stubFor(get(urlPathEqualTo("/api/knowledge/topics")).willReturn(PeerStubs.json(200, TOPICS)));
    }

    private long interviews() {
        return QuarkusTransaction.requiringNew().call(() -> Interview.count("userId", userId));
    }

    private io.restassured.response.Response start(String focusTopics) {
        return api.start("resume_backend_java.pdf", "jd_backend_java.txt",
                Map.of("questionCount", "4", "maxFollowUps", "0", "focusTopics", focusTopics));
    }

    @Test
    void chosenTopicsBecomeTheFocusAndTheirQuestionsAreAsked() {
        String id = start("SQL").then().statusCode(202).extract().path("id");
        api.awaitStatus(id, "READY");
        assertThat(api.get(id).getList("focusTopics")).containsExactly("sql");
        List<String> topics = QuarkusTransaction.requiringNew().call(() -> PreparedQuestion.<PreparedQuestion>list("interviewId",
                UUID.fromString(id)).stream().map(q -> q.topic).toList());
        assertThat(topics).contains("sql");
    }

    @Test
    void aTopicTheKnowledgeBaseDoesNotHaveIsRefusedAndNothingIsStored() {
        start("kafka, cobol").then().statusCode(422).contentType(startsWith("application/problem+json"))
                .body("type", equalTo("https://intervu.dev/problems/unknown-focus-topics"))
                .body("errors.focusTopics", equalTo("unknown: cobol"));
        assertThat(interviews()).isZero();
    }

    @Test
    void malformedOrTooManyTopicsAreAValidationProblem() {
        start("kafka; drop table").then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("errors.focusTopics", notNullValue());
        start("kafka,sql,java,jvm,kubernetes").then().statusCode(400).body("errors.focusTopics", equalTo("at most 4 topics"));
        assertThat(interviews()).isZero();
    }

    @Test
    void whenTheKnowledgeBaseCannotBeAskedTheStartIsRefusedForNow() {
        PeerStubs.server().stubFor(get(urlPathEqualTo("/api/knowledge/topics")).willReturn(PeerStubs.json(503, "{}")));
        start("kafka").then().statusCode(503).contentType(startsWith("application/problem+json"))
                .header("Retry-After", notNullValue())
                .body("type", equalTo("https://intervu.dev/problems/knowledge-base-unavailable"));
        assertThat(interviews()).isZero();
    }
}
