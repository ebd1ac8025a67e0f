package io.intervu.e2e;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Plays the candidate through the gateway: uploads the sample resume and job description (the same
 * samples as deploy/local/demo), then answers every interviewer message until the closing one:
 * spoken samples with their client transcripts for some questions, typed text for the rest.
 */
public final class InterviewDriver {

    private static final Path SAMPLES = StackConfig.root().resolve("deploy/local/samples");

    private final Account candidate;
    public final List<String> transcript = new ArrayList<>();
    public JsonPath interview;
    public String interviewId;
    public int answers;

    public InterviewDriver(Account candidate) {
        this.candidate = candidate;
    }

    public Account candidate() {
        return candidate;
    }

    public String start() {
        Response r = candidate.api()
                .multiPart("resume", "resume_backend_java.pdf", bytes("resume_backend_java.pdf"), "application/pdf")
                .multiPart("jobDescription", new String(bytes("jd_backend_java.txt")))
                .multiPart("candidateName", "E2E Candidate")
                .post("/api/interviews");
        assertEquals(202, r.statusCode(), () -> "start interview: " + r.asString());
        interviewId = r.jsonPath().getString("id") != null ? r.jsonPath().getString("id") : r.jsonPath().getString("interviewId");
        assertNotNull(interviewId, "no interview id in " + r.asString());
        return interviewId;
    }

    public JsonPath awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Response r = candidate.api().get("/api/interviews/" + interviewId);
            assertEquals(200, r.statusCode(), () -> "get interview: " + r.asString());
            String status = r.jsonPath().getString("status");
            if ("FAILED".equals(status)) {
                fail("interview preparation failed: " + r.asString());
            }
            if (!"PREPARING".equals(status)) {
                interview = r.jsonPath();
                return interview;
            }
            Thread.sleep(300);
        }
        throw new AssertionError("interview " + interviewId + " still PREPARING after " + timeout);
    }

    /** Answers until the interviewer's closing message. */
    public void answerEverything(Duration timeout) throws InterruptedException {
        Map<String, String> transcripts = transcripts();
        List<String> spoken = new ArrayList<>(List.of("answer_outbox.webm", "answer_star.webm"));
        long deadline = System.nanoTime() + timeout.toNanos();
        int questions = 0;
        while (System.nanoTime() < deadline) {
            Response next = candidate.api().get("/api/interviews/" + interviewId + "/messages/next");
            if (next.statusCode() == 204) {
                Thread.sleep(300);
                continue;
            }
            assertEquals(200, next.statusCode(), () -> "next message: " + next.asString());
            JsonPath msg = next.jsonPath();
            String kind = String.valueOf(msg.getString("kind")).toLowerCase();
            String turnId = msg.getString("turnId");
            transcript.add("interviewer[" + kind + "]: " + msg.getString("text"));
            if (kind.equals("closing")) {
                return;
            }
            String idempotencyKey = UUID.randomUUID().toString();
            Response posted;
            if (kind.equals("greeting")) {
                posted = audioAnswer(turnId, "answer_ready.wav", "audio/wav", transcripts, idempotencyKey);
            } else {
                answers++;
                if (kind.equals("question")) {
                    questions++;
                }
                if (kind.equals("question") && questions % 3 == 1 && !spoken.isEmpty()) {
                    posted = audioAnswer(turnId, spoken.remove(0), "audio/webm", transcripts, idempotencyKey);
                } else {
                    posted = candidate.api().contentType(ContentType.JSON).header("Idempotency-Key", idempotencyKey)
                            .body(Map.of("turnId", turnId, "text", typedAnswer(msg.getString("text"))))
                            .post("/api/interviews/" + interviewId + "/answers");
                }
            }
            Response accepted = posted;
            assertEquals(202, accepted.statusCode(), () -> "answer: " + accepted.asString());
        }
        throw new AssertionError("interview " + interviewId + " not finished after " + timeout + "; so far: " + transcript);
    }

    /** The interview's report (GET /api/reports/{id}) once report-service has made it. */
    public Response awaitReport(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Response r = candidate.api().get("/api/reports?interviewId=" + interviewId);
            String body = r.asString().strip();
            if (r.statusCode() == 200 && body.startsWith("[")) {
                Object first = r.jsonPath().get("[0].id");
                if (first != null) {
                    return candidate.api().get("/api/reports/" + first);
                }
            } else if (r.statusCode() == 200 && body.startsWith("{") && r.jsonPath().get("id") != null) {
                return r;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no report for interview " + interviewId + " within " + timeout);
    }

    private Response audioAnswer(String turnId, String sample, String type, Map<String, String> transcripts, String key) {
        transcript.add("candidate[audio " + sample + "]");
        return candidate.api().header("Idempotency-Key", key)
                .multiPart("turnId", turnId)
                .multiPart("audio", sample, bytes(sample), type)
                .multiPart("transcript", transcripts.get(sample))
                .post("/api/interviews/" + interviewId + "/answers");
    }

    static String typedAnswer(String question) {
        String q = question == null ? "" : question.toLowerCase();
        if (q.contains("kafka") || q.contains("event") || q.contains("partition")) {
            return "I key records by the aggregate id so one entity's events stay ordered in one partition. Consumers commit "
                    + "offsets only after the effect is stored and are idempotent: the event id goes into a processed-event "
                    + "table in the same transaction. Poison messages go to a dead-letter topic after bounded retries with backoff.";
        }
        return "In my last role I owned the payments ledger service. Duplicate payouts caused incidents, so my task was "
                + "exactly-once processing from the business point of view. I introduced idempotency keys, a transactional "
                + "outbox and idempotent consumers, and circuit breakers around the bank provider. As a result duplicate "
                + "payouts dropped to zero and on-call pages fell by sixty percent.";
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> transcripts() {
        try (InputStream in = Files.newInputStream(SAMPLES.resolve("transcripts.json"))) {
            return new com.fasterxml.jackson.databind.ObjectMapper().readValue(in, Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(String sample) {
        try {
            return Files.readAllBytes(SAMPLES.resolve(sample));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
