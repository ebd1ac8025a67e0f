package io.intervu.interview.loop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.intervu.interview.support.InterviewApi;
import io.intervu.interview.support.PeerStubs;
import io.intervu.interview.support.SchemaCheck;
import io.intervu.testsupport.KafkaProbe;
import io.intervu.testsupport.TestJwt;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** A whole interview, offline: fixture resume and JD in, interview.completed on the real broker out. */
@QuarkusTest
class FullInterviewTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The project deep-dive's misconceptions, as the contract promises them to the evaluator. */
    private static final List<String> PROJECT_MISCONCEPTIONS = List.of(
            "The project was a success mainly because I made every important decision myself; the rest of the team mostly carried out my plan.",
            "We never really measured the result; everyone could see it was better, so numbers would not have added anything.",
            "There were no real trade-offs: the design we picked was simply the best one, so we did not spend time on alternatives.",
            "The problems we hit came from other teams handing us bad input; on our side I would do everything exactly the same again.");
    private static final String VAGUE = "Um, I think I would just use a cache or something. Yeah, that's basically it.";
    private static final String DETAILED = "In the settlement ledger at Finlytic we processed about 3,000 payment events per second. "
            + "We keyed records by account id so ordering held within a partition, made every consumer idempotent by storing "
            + "the processed event id in the same PostgreSQL transaction as the ledger entry, and used a transactional outbox "
            + "with a relay, retries with backoff, a circuit breaker and a dead-letter topic. Duplicate postings dropped from "
            + "about 40 a month to zero, and I measured p99 latency at 45 ms.";

    @BeforeEach
    void peers() {
        PeerStubs.resetToDefaults();
    }

    @Test
    void offlineInterviewFromResumeAndJobDescriptionToCompletedEvent() throws Exception {
        String userId = UUID.randomUUID().toString();
        String token = TestJwt.user(userId);
        InterviewApi api = new InterviewApi(token);
        try (KafkaProbe probe = new KafkaProbe("interview.started", "interview.answer-recorded", "interview.completed")) {
            String id = api.startReady("resume_backend_java.pdf", "jd_backend_java.txt",
                    Map.of("questionCount", "4", "maxFollowUps", "1", "candidateName", "Priya"));

            JsonPath view = api.get(id);
            assertThat(view.getString("role")).isEqualTo("Senior Backend Engineer");
            assertThat(view.getString("seniority")).isEqualTo("senior");
            assertThat(view.getList("focusTopics", String.class)).contains("kafka");
            assertThat(view.getString("planSource")).isEqualTo("offline");
            assertThat(view.getInt("questionCount")).isEqualTo(4);

            // greeting, answered by voice: recorded, never evaluated
            JsonPath greeting = api.next(id);
            assertThat(greeting.getString("kind")).isEqualTo("greeting");
            assertThat(greeting.getString("text")).contains("Priya").contains("Senior Backend Engineer");
            api.answerAudio(id, greeting.getString("turnId"), "answer_ready.wav", null).then().statusCode(202);

            List<String> kinds = new ArrayList<>();
            int answers = 0;
            JsonPath message = api.next(id);
            String followUpText = null;
            while (!message.getBoolean("last")) {
                kinds.add(message.getString("kind"));
                if (followUpText == null && "follow-up".equals(message.getString("kind"))) {
                    followUpText = message.getString("text");
                }
                String turnId = message.getString("turnId");
                if (answers == 0) {
                    api.answerText(id, turnId, VAGUE).then().statusCode(202); // earns a follow-up
                } else if (answers % 2 == 1) {
                    api.answerAudio(id, turnId, "answer_outbox.webm", "client transcript").then().statusCode(202);
                } else {
                    api.answerText(id, turnId, DETAILED).then().statusCode(202);
                }
                answers++;
                assertThat(answers).as("the interview always ends").isLessThanOrEqualTo(4 * 2);
                message = api.next(id);
            }
            assertThat(message.getString("kind")).isEqualTo("closing");
            assertThat(kinds.get(0)).isEqualTo("question");
            assertThat(kinds.get(1)).as("a vague answer gets a follow-up").isEqualTo("follow-up");
            assertThat(kinds.stream().filter("question"::equals).count()).isEqualTo(4);
            assertThat(api.get(id).getString("status")).isEqualTo("COMPLETED");

            // one probe sees every topic: read all of this interview's records at once
            List<ConsumerRecord<String, String>> all = probe.await(r -> id.equals(r.key()), answers + 2, Duration.ofSeconds(30));
            all.addAll(probe.drain(r -> id.equals(r.key()), Duration.ofSeconds(2)));
            List<ConsumerRecord<String, String>> started = all.stream().filter(r -> r.topic().equals("interview.started")).toList();
            List<ConsumerRecord<String, String>> completed = all.stream().filter(r -> r.topic().equals("interview.completed")).toList();
            List<ConsumerRecord<String, String>> recorded = all.stream().filter(r -> r.topic().equals("interview.answer-recorded")).toList();
            assertThat(started).hasSize(1);
            for (ConsumerRecord<String, String> r : all) {
                assertThat(SchemaCheck.violations(r.topic(), KafkaProbe.json(r).get("data"))).as(r.topic()).isEmpty();
                assertThat(KafkaProbe.json(r).get("type").asText()).isEqualTo(r.topic());
            }
            assertThat(completed).hasSize(1);

            JsonNode plan = KafkaProbe.json(started.get(0)).get("data");
            assertThat(plan.get("planSource").asText()).isEqualTo("offline");
            assertThat(plan.get("questions")).hasSize(4);
            assertThat(plan.get("questions").findValuesAsText("type")).contains("project", "behavioural");
            List<String> firstKeyPoints = JSON.convertValue(plan.get("questions").get(0).get("keyPoints"), List.class);
            assertThat(FourWordOverlap.revealed(followUpText, firstKeyPoints)).as("the follow-up \"" + followUpText
                    + "\" gives a key point away").isNull();

            JsonNode done = KafkaProbe.json(completed.get(0)).get("data");
            assertThat(done.get("status").asText()).isEqualTo("COMPLETED");
            assertThat(done.get("userId").asText()).isEqualTo(userId);
            assertThat(done.get("answerCount").asInt()).isEqualTo(answers).isEqualTo(recorded.size());
            assertThat(done.get("followUpCount").asInt()).isBetween(1, 4);
            assertThat(done.get("transcript").get(0).get("kind").asText()).isEqualTo("greeting");
            assertThat(done.get("transcript").get(1).get("text").asText()).isEqualTo("Yes, I am ready. Let's begin.");
            assertThat(done.get("providers").get("speech").asText()).isEqualTo("client");

            // each answer carries the other questions of its knowledge document and the question's misconceptions, for
            // the evaluator; the plan does not
            JsonNode bank = JSON.readTree(PeerStubs.resource("stubs/rag-questions.json"));
            JsonNode builtIn = JSON.readTree(getClass().getResourceAsStream("/question-bank/fallback.json"));
            for (ConsumerRecord<String, String> r : recorded) {
                JsonNode question = KafkaProbe.json(r).get("data").get("question");
                assertThat(question.get("misconceptions")).as("misconceptions of " + question.get("text")).isNotNull();
                List<String> misconceptions = JSON.convertValue(question.get("misconceptions"), List.class);
                if (question.get("type").asText().equals("project")) {
                    assertThat(misconceptions).isEqualTo(PROJECT_MISCONCEPTIONS);
                } else {
                    // from the knowledge base, or the built-in bank when the knowledge base had too few
                    String ref = question.get("source").get("questionRef").asText();
                    JsonNode source = null;
                    for (JsonNode b : List.of(bank, builtIn)) {
                        for (JsonNode candidate : b) {
                            if (candidate.get("ref").asText().equals(ref)) {
                                source = candidate;
                            }
                        }
                    }
                    assertThat(source).as("bank question of " + question.get("text")).isNotNull();
                    // a bank question without misconceptions (beh-failure-1) gets an empty list, never a missing field
                    assertThat(misconceptions).isEqualTo(source.has("misconceptions")
                            ? JSON.convertValue(source.get("misconceptions"), List.class) : List.of());
                }
                List<String> expected = new ArrayList<>();
                bank.forEach(b -> {
                    if (b.get("documentId").asText().equals(question.get("source").get("documentId").asText())
                            && !b.get("ref").asText().equals(question.get("source").get("questionRef").asText())) {
                        expected.add(b.get("question").asText());
                    }
                });
                assertThat(question.get("neighbours")).as("neighbours of " + question.get("text")).isNotNull();
                assertThat(JSON.convertValue(question.get("neighbours"), List.class)).isEqualTo(expected);
            }
            assertThat(recorded.stream().map(r -> KafkaProbe.json(r).get("data").get("question").get("neighbours").size()))
                    .as("some planned question shares its document with another bank question").anyMatch(n -> n > 0);
            assertThat(plan.get("questions").get(0).has("neighbours")).isFalse();
            assertThat(recorded.stream().map(r -> KafkaProbe.json(r).get("data").get("question")))
                    .as("the knowledge base's misconceptions reach the event").anyMatch(q -> !q.get("type").asText().equals("project")
                            && q.get("misconceptions").size() > 0)
                    .as("and the project deep-dive's").anyMatch(q -> q.get("type").asText().equals("project"));
            plan.get("questions").forEach(q -> assertThat(q.has("misconceptions")).as("misconceptions in the plan").isFalse());

            JsonNode firstAnswer = KafkaProbe.json(recorded.get(0)).get("data");
            assertThat(firstAnswer.get("turnKind").asText()).isEqualTo("question");
            assertThat(firstAnswer.get("question").get("keyPoints").size()).isGreaterThan(0);
            assertThat(firstAnswer.get("answer").get("source").asText()).isEqualTo("text");
            JsonNode audioAnswer = recorded.stream().map(r -> KafkaProbe.json(r).get("data"))
                    .filter(d -> d.get("answer").get("source").asText().equals("audio")).findFirst().orElseThrow();
            assertThat(audioAnswer.get("answer").get("text").asText()).contains("transactional outbox");
            assertThat(audioAnswer.get("delivery").get("wordsPerMinute").asDouble()).isEqualTo(146.2);
            assertThat(audioAnswer.get("confidence").isNull()).as("no confidence without opt-in").isTrue();
        }
        // audio went through the transcription HTTP call path with the caller's token
        PeerStubs.server().verify(postRequestedFor(urlPathEqualTo("/api/transcriptions"))
                .withHeader("Authorization", equalTo("Bearer " + token))
                .withRequestBody(WireMock.containing("client transcript")));
    }
}
