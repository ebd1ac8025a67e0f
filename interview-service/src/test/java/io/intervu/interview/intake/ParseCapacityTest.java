package io.intervu.interview.intake;

import io.intervu.interview.Interview;
import io.intervu.interview.support.InterviewApi;
import io.intervu.platform.pdf.Deadline;
import io.intervu.testsupport.TestJwt;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * The parse pool's bounds through the API, with the default configuration (2 workers, 8 queued,
 * 10 s). The pool is filled with real work that waits on a latch, so the timing is deterministic.
 */
@QuarkusTest
class ParseCapacityTest {

    @Inject
    ResumeReader reader;

    private final String userId = UUID.randomUUID().toString();
    private final InterviewApi api = new InterviewApi(TestJwt.user(userId));
    private final CountDownLatch release = new CountDownLatch(1);
    private final ExecutorService occupiers = Executors.newCachedThreadPool();

    @AfterEach
    void free() throws InterruptedException {
        release.countDown();
        occupiers.shutdown();
        assertThat(occupiers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        await().atMost(Duration.ofSeconds(10)).until(() -> reader.workers().inFlight() == 0);
    }

    private void occupy(int parses) {
        for (int i = 0; i < parses; i++) {
            occupiers.submit(() -> reader.workers().run(() -> {
                try {
                    return release.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }, Deadline.after(Duration.ofSeconds(60))));
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> reader.workers().inFlight() == parses);
    }

    private Response upload() {
        return api.start("resume_backend_java.pdf", "jd_backend_java.txt", Map.of("questionCount", "3"));
    }

    private long rows() {
        return QuarkusTransaction.requiringNew().call(() -> Interview.count("userId", userId));
    }

    @Test
    void withEveryWorkerAndQueueSlotTakenAnUploadIsAnswered503WithRetryAfter() {
        occupy(2 + 8);
        long start = System.nanoTime();
        upload().then()
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("type", equalTo("https://intervu.dev/problems/resume-reader-busy"));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        assertThat(rows()).isZero();

        release.countDown();
        await().atMost(Duration.ofSeconds(10)).until(() -> reader.workers().inFlight() == 0);
        upload().then().statusCode(202);
    }

    /** The upload's parse waits in the queue past the time limit: 422, and it never runs later. */
    @Test
    void anUploadNotReadWithinTheTimeLimitIsAnswered422() {
        occupy(2);
        long start = System.nanoTime();
        upload().then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://intervu.dev/problems/resume-too-slow"))
                .body("detail", containsString("took too long to read"));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofSeconds(9), Duration.ofSeconds(13));
        assertThat(rows()).isZero();
        // the abandoned parse left the queue with its caller
        assertThat(reader.workers().inFlight()).isEqualTo(2);

        release.countDown();
        await().atMost(Duration.ofSeconds(10)).until(() -> reader.workers().inFlight() == 0);
        upload().then().statusCode(202);
        assertThat(rows()).isOne();
    }
}
