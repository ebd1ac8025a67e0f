package io.intervu.transcription.consumer;

import io.intervu.transcription.ErasureRecord;
import io.intervu.transcription.ProcessedEvent;
import io.intervu.testsupport.KafkaProbe;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class UserDeletedConsumerTest {

    static long erasures(String userId) {
        return QuarkusTransaction.requiringNew().call(() -> ErasureRecord.count("userId", userId));
    }

    @Test
    void sameEventDeliveredTwiceHasOneEffect() {
        String userId = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        String event = KafkaProbe.cloudEvent(eventId, "auth.user-deleted", "/intervu/auth-service", userId, Map.of("userId", userId));

        KafkaProbe.send("auth.user-deleted", userId, event);
        KafkaProbe.send("auth.user-deleted", userId, event); // a relay that crashed before marking sends it again

        await().atMost(Duration.ofSeconds(30)).until(() -> erasures(userId) >= 1);
        // a later event on the same partition proves the duplicate was consumed, not still in flight
        String laterUser = UUID.randomUUID().toString();
        KafkaProbe.send("auth.user-deleted", userId, KafkaProbe.cloudEvent(UUID.randomUUID().toString(),
                "auth.user-deleted", "/intervu/auth-service", laterUser, Map.of("userId", laterUser)));
        await().atMost(Duration.ofSeconds(30)).until(() -> erasures(laterUser) == 1);

        assertEquals(1, erasures(userId));
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> ProcessedEvent.count("eventId", eventId)));
    }

    @Test
    void malformedEventGoesToTheDeadLetterTopicAndDoesNotBlockTheNext() {
        String key = UUID.randomUUID().toString();
        try (KafkaProbe dlq = new KafkaProbe("auth.user-deleted.dlq")) {
            KafkaProbe.send("auth.user-deleted", key, "{not json");
            String userId = UUID.randomUUID().toString();
            KafkaProbe.send("auth.user-deleted", key, KafkaProbe.cloudEvent(UUID.randomUUID().toString(),
                    "auth.user-deleted", "/intervu/auth-service", userId, Map.of("userId", userId)));

            assertEquals(1, dlq.await(r -> key.equals(r.key()), 1, Duration.ofSeconds(30)).size());
            await().atMost(Duration.ofSeconds(30)).until(() -> erasures(userId) == 1);
        }
    }
}
