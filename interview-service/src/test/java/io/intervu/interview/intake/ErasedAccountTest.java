package io.intervu.interview.intake;

import io.intervu.interview.ErasureRecord;
import io.intervu.interview.Interview;
import io.intervu.interview.InterviewStatus;
import io.intervu.interview.repository.ErasureRecordRepository;
import io.intervu.interview.service.UserErasureService;
import io.intervu.interview.support.InterviewApi;
import io.intervu.interview.support.PeerStubs;
import io.intervu.testsupport.KafkaProbe;
import io.intervu.testsupport.TestJwt;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Once a user is erased, their still-valid token can store nothing new; a write in flight finishes before the erasure. */
@QuarkusTest
class ErasedAccountTest {

    @Inject
    UserErasureService erasure;

    @Inject
    ErasureRecordRepository erasures;

    @Test
    void anErasedUsersTokenCannotStartAnInterview() {
        PeerStubs.resetToDefaults();
        String userId = UUID.randomUUID().toString();
        InterviewApi api = new InterviewApi(TestJwt.user(userId));
        KafkaProbe.send("auth.user-deleted", userId, KafkaProbe.cloudEvent(UUID.randomUUID().toString(), "auth.user-deleted",
                "/intervu/auth-service", userId, Map.of("userId", userId, "deletedAt", "2026-11-25T12:00:00Z")));
        await().atMost(Duration.ofSeconds(30)).until(() -> erasedHere(userId));

        api.start("resume_backend_java.pdf", "jd_backend_java.txt", Map.of("questionCount", "3")).then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("type", equalTo("https://intervu.dev/problems/account-gone"))
                .body("detail", equalTo("This account has been deleted."));
        api.request().get("/api/interviews").then().statusCode(200).body("$", hasSize(0));
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> Interview.count("userId", userId)));

        InterviewApi other = new InterviewApi(TestJwt.user(UUID.randomUUID().toString()));
        other.start("resume_backend_java.pdf", "jd_backend_java.txt", Map.of("questionCount", "3")).then().statusCode(202);
    }

    /** A writer that found the user not erased holds the user's lock: the erasure waits, then removes what it wrote. */
    @Test
    void anErasureWaitsForTheUsersWriteInFlightAndThenErasesIt() throws Exception {
        String userId = UUID.randomUUID().toString();
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew().run(() -> {
            erasures.lockUser(userId);
            assertFalse(erasures.erased(userId));
            locked.countDown();
            block(release);
            Interview.persist(interviewOf(userId));
        }));
        assertTrue(locked.await(10, TimeUnit.SECONDS));
        CompletableFuture<Boolean> erasing = CompletableFuture.supplyAsync(() -> erasure.erase(UUID.randomUUID().toString(), userId));

        Thread.sleep(500);
        assertFalse(erasing.isDone(), "the erasure waits for the write holding the user's lock");
        release.countDown();
        writer.get(10, TimeUnit.SECONDS);
        assertTrue(erasing.get(10, TimeUnit.SECONDS));
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> Interview.count("userId", userId)),
                "the interview written just before the erasure is erased with the rest");
    }

    private boolean erasedHere(String userId) {
        return QuarkusTransaction.requiringNew().call(() -> ErasureRecord.count("userId", userId) > 0);
    }

    private static Interview interviewOf(String userId) {
        Interview i = new Interview();
        i.id = UUID.randomUUID();
        i.userId = userId;
        i.status = InterviewStatus.PREPARING;
        i.resumeText = "resume";
        i.jobDescription = "job description";
        i.interviewerName = "Alex";
        i.questionCount = 3;
        i.maxFollowUps = 1;
        i.createdAt = OffsetDateTime.now();
        i.updatedAt = i.createdAt;
        i.lastActivityAt = i.createdAt;
        return i;
    }

    private static void block(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
