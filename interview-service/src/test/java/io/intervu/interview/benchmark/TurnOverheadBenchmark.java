package io.intervu.interview.benchmark;

import io.intervu.interview.support.InterviewApi;
import io.intervu.interview.support.PeerStubs;
import io.intervu.testsupport.TestJwt;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Platform overhead per turn (answer POSTed -> next message served) with instant providers
 * (typed answers; no LLM), at 1, 10 and 50 concurrent interviews, clients long-polling
 * messages/next?wait=20. Not a test: it prints figures.
 * Run: ./mvnw -pl interview-service test -Dtest=TurnOverheadBenchmark -Dbenchmark=true
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class TurnOverheadBenchmark {

    private static final String ANSWER = "I keyed events by account id so ordering holds within a partition, stored processed "
            + "event ids in the same PostgreSQL transaction as the effect, and published through an outbox; p99 was 45 ms at 3,000 rps.";
    private static final int QUESTIONS = 4;

    @Test
    void perTurnOverhead() throws Exception {
        PeerStubs.resetToDefaults();
        run(1); // warm-up: JIT, CoreNLP model, connection pools
        StringBuilder report = new StringBuilder("\nper-turn overhead (answer POST -> next message 200, long poll), typed answers, " + QUESTIONS + " questions + greeting\n");
        for (int concurrency : new int[]{1, 10, 50}) {
            List<Long> samples = run(concurrency);
            Collections.sort(samples);
            report.append(String.format("concurrency %2d: turns %4d  p50 %6.1f ms  p99 %6.1f ms  max %6.1f ms%n", concurrency, samples.size(),
                    percentile(samples, 50) / 1e6, percentile(samples, 99) / 1e6, samples.get(samples.size() - 1) / 1e6));
        }
        System.out.println(report);
    }

    private List<Long> run(int concurrency) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        try {
            List<Future<List<Long>>> futures = new ArrayList<>();
            for (int i = 0; i < concurrency; i++) {
                futures.add(pool.submit(this::oneInterview));
            }
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> f : futures) {
                all.addAll(f.get());
            }
            return all;
        } finally {
            pool.shutdownNow();
        }
    }

    private List<Long> oneInterview() throws InterruptedException {
        InterviewApi api = new InterviewApi(TestJwt.user(UUID.randomUUID().toString()));
        String id = api.startReady("resume_backend_java.pdf", "jd_backend_java.txt",
                Map.of("questionCount", Integer.toString(QUESTIONS), "maxFollowUps", "0"));
        List<Long> samples = new ArrayList<>();
        JsonPath message = api.next(id);
        while (!message.getBoolean("last")) {
            long t0 = System.nanoTime();
            api.answerText(id, message.getString("turnId"), ANSWER).then().statusCode(202);
            Response next;
            do { // long poll: the server answers as soon as the message is ready
                next = api.request().queryParam("wait", 20).get("/api/interviews/" + id + "/messages/next");
            } while (next.statusCode() == 204);
            samples.add(System.nanoTime() - t0);
            message = next.jsonPath();
        }
        return samples;
    }

    private static double percentile(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
