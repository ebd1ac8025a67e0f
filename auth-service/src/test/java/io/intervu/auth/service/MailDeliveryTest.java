package io.intervu.auth.service;

import io.smallrye.mutiny.TimeoutException;
import io.smallrye.mutiny.Uni;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MailDeliveryTest {

    private final MailDelivery delivery = new MailDelivery(Duration.ofMillis(200), 2, Duration.ofMillis(10));

    @Test
    void aFailedSendIsTriedAgainWithAFreshAttempt() {
        AtomicInteger calls = new AtomicInteger();
        delivery.attempts(() -> calls.incrementAndGet() == 1
                ? Uni.createFrom().failure(new IOException("connection reset"))
                : Uni.createFrom().voidItem()).await().atMost(Duration.ofSeconds(5));
        assertEquals(2, calls.get());
    }

    @Test
    void aServerThatNeverAnswersFailsEachAttemptAtTheTimeoutAndGivesUpAfterTheRetries() {
        AtomicInteger calls = new AtomicInteger();
        RuntimeException failure = assertThrows(RuntimeException.class, () -> delivery.attempts(() -> {
            calls.incrementAndGet();
            return Uni.createFrom().nothing();
        }).await().atMost(Duration.ofSeconds(5)));
        assertInstanceOf(TimeoutException.class, failure);
        assertEquals(3, calls.get(), "one send and two retries");
    }

    @Test
    void withoutRetriesASendIsMadeOnce() {
        AtomicInteger calls = new AtomicInteger();
        MailDelivery once = new MailDelivery(Duration.ofMillis(200), 0, Duration.ofMillis(10));
        assertThrows(IllegalStateException.class, () -> once.attempts(() -> {
            calls.incrementAndGet();
            return Uni.createFrom().failure(new IllegalStateException("refused"));
        }).await().atMost(Duration.ofSeconds(5)));
        assertEquals(1, calls.get());
    }
}
