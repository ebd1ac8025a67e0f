package io.intervu.interview.rest;

import io.intervu.interview.support.InterviewApi;
import io.intervu.interview.support.PeerStubs;
import io.intervu.testsupport.TestJwt;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The server-sent event stream as a browser reads it: state changes, next message ready, and it stays open. */
@QuarkusTest
class InterviewEventStreamTest {

    private static final String ANSWER = "At Finlytic I keyed Kafka records by account id so ordering held per partition, made consumers "
            + "idempotent with a processed-event table in the same transaction, and used an outbox with retries and a dead-letter "
            + "topic; duplicates fell from about 40 a month to zero and p99 stayed at 45 ms.";

    @TestHTTPResource("/")
    URI base;

    @BeforeEach
    void peers() {
        PeerStubs.resetToDefaults();
    }

    @Test
    void streamsStateChangesAndReadyMessagesAcrossTurnsWithoutClosing() throws Exception {
        String token = TestJwt.user(UUID.randomUUID().toString());
        InterviewApi api = new InterviewApi(token);
        String id = api.start("resume_backend_java.pdf", "jd_backend_java.txt", Map.of("questionCount", "3", "maxFollowUps", "0"))
                .then().statusCode(202).extract().path("id");

        try (SseReader events = SseReader.open(base.resolve("api/interviews/" + id + "/events"), token)) {
            assertThat(events.status()).isEqualTo(200);
            SseEvent first = events.next();
            assertThat(first.name()).isEqualTo("state");
            // the first event is the state at connect time: PREPARING or, on a fast machine, already READY
            if (first.data().contains("PREPARING")) {
                assertThat(events.nextNamed("state").data()).contains("\"READY\"");
            }
            SseEvent greetingReady = events.nextNamed("message");

            JsonPath greeting = api.next(id);
            assertThat(greetingReady.data()).contains(greeting.getString("turnId"));
            api.answerText(id, greeting.getString("turnId"), "Yes, I am ready.").then().statusCode(202);

            // the answer moves the interview on; each state is reported, then the next message
            SseEvent question = events.nextNamed("message");
            JsonPath first1 = api.next(id);
            assertThat(question.data()).contains(first1.getString("turnId"));
            // the UI badges: what kind of question this is and its topic; the greeting has neither
            assertThat(first1.getString("questionType")).isIn("technical", "scenario", "behavioural", "project");
            assertThat(first1.getString("topic")).isNotBlank();
            assertThat(greeting.getString("questionType")).isNull();
            assertThat(events.seen()).filteredOn(e -> e.name().equals("state")).hasSizeGreaterThanOrEqualTo(2);

            // fetching the message moved the interview to AWAITING_ANSWER; then, idle for several poll
            // intervals, the stream must stay open and quiet
            while (!events.nextNamed("state").data().contains("AWAITING_ANSWER")) {
                // earlier states of this turn
            }
            assertThat(events.poll(2_500)).as("no event while nothing changes").isNull();
            assertThat(events.closed()).isFalse();

            api.answerText(id, first1.getString("turnId"), ANSWER).then().statusCode(202);
            SseEvent second = events.nextNamed("message");
            assertThat(second.data()).contains(api.next(id).getString("turnId"));
        }
    }

    @Test
    void anotherUsersInterviewIsNotFoundBeforeTheStreamOpens() throws Exception {
        InterviewApi owner = new InterviewApi(TestJwt.user(UUID.randomUUID().toString()));
        String id = owner.startReady("resume_backend_java.pdf", "jd_backend_java.txt", Map.of("questionCount", "3"));
        try (SseReader events = SseReader.open(base.resolve("api/interviews/" + id + "/events"), TestJwt.user(UUID.randomUUID().toString()))) {
            assertThat(events.status()).isEqualTo(404);
        }
    }

    record SseEvent(String name, String data) {
    }

    /** A minimal text/event-stream reader over java.net.http, collecting events on a background thread. */
    static final class SseReader implements AutoCloseable {
        private final BlockingQueue<SseEvent> queue = new LinkedBlockingQueue<>();
        private final List<SseEvent> seen = new ArrayList<>();
        private final HttpResponse<Stream<String>> response;
        private final CompletableFuture<Void> reading;

        private SseReader(HttpResponse<Stream<String>> response) {
            this.response = response;
            this.reading = CompletableFuture.runAsync(this::read);
        }

        static SseReader open(URI uri, String token) throws Exception {
            HttpRequest request = HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token)
                    .header("Accept", "text/event-stream").GET().build();
            return new SseReader(HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofLines()));
        }

        int status() {
            return response.statusCode();
        }

        private void read() {
            String name = "message";
            StringBuilder data = new StringBuilder();
            try (Stream<String> lines = response.body()) {
                for (String line : (Iterable<String>) lines::iterator) {
                    if (line.isEmpty()) {
                        if (!data.isEmpty()) {
                            queue.add(new SseEvent(name, data.toString()));
                        }
                        name = "message";
                        data.setLength(0);
                    } else if (line.startsWith("event:")) {
                        name = line.substring(6).strip();
                    } else if (line.startsWith("data:")) {
                        data.append(line.substring(5).strip());
                    }
                }
            } catch (RuntimeException e) {
                // closed by close()
            }
        }

        SseEvent poll(long millis) throws InterruptedException {
            SseEvent e = queue.poll(millis, TimeUnit.MILLISECONDS);
            if (e != null) {
                seen.add(e);
            }
            return e;
        }

        SseEvent next() throws InterruptedException {
            SseEvent e = poll(30_000);
            assertThat(e).as("an event within 30 s (stream closed: %s, seen: %s)", closed(), seen).isNotNull();
            return e;
        }

        SseEvent nextNamed(String name) throws InterruptedException {
            while (true) {
                SseEvent e = next();
                if (e.name().equals(name)) {
                    return e;
                }
            }
        }

        List<SseEvent> seen() {
            return seen;
        }

        boolean closed() {
            return reading.isDone();
        }

        @Override
        public void close() {
            reading.cancel(true);
            response.body().close();
        }
    }
}
