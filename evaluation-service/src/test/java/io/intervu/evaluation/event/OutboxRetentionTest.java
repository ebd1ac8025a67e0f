package io.intervu.evaluation.event;

import io.agroal.api.AgroalDataSource;
import io.intervu.evaluation.ErasureRecord;
import io.intervu.evaluation.OutboxEvent;
import io.intervu.evaluation.service.UserErasureService;
import io.intervu.testsupport.AdvisoryLockHold;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class OutboxRetentionTest {

    static final String TOPIC = "evaluation.outbox-test";
    /** The relay's lock: held, no relay pass publishes or marks a row meanwhile. */
    static final String RELAY_LOCK = "evaluation.outbox-relay";

    @Inject
    OutboxRetention retention;

    @Inject
    UserErasureService erasure;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void purgeDeletesOnlyPublishedEventsOlderThanTheRetention() throws SQLException {
        String user = UUID.randomUUID().toString();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        try (AdvisoryLockHold relayPaused = AdvisoryLockHold.hold(dataSource, RELAY_LOCK)) {
            UUID expired = insert(user, now.minusDays(9), now.minusDays(8));
            UUID young = insert(user, now.minusDays(6), now.minusDays(6));
            UUID pending = insert(user, now.minusDays(30), null);

            assertTrue(retention.purge() >= 1);

            assertFalse(exists(expired), "published 8 days ago, retention 7 days: purged");
            assertTrue(exists(young), "published 6 days ago: kept");
            assertTrue(exists(pending), "never published, however old: kept");
        }
    }

    @Test
    void erasureDeletesTheUsersEventsPublishedOrPendingAndNoOneElses() throws SQLException {
        String user = UUID.randomUUID().toString();
        String otherUser = UUID.randomUUID().toString();
        OffsetDateTime hourAgo = OffsetDateTime.now(ZoneOffset.UTC).minusHours(1);
        try (AdvisoryLockHold relayPaused = AdvisoryLockHold.hold(dataSource, RELAY_LOCK)) {
            UUID published = insert(user, hourAgo, hourAgo);
            UUID pending = insert(user, hourAgo, null);
            UUID theirsPublished = insert(otherUser, hourAgo, hourAgo);
            UUID theirsPending = insert(otherUser, hourAgo, null);

            String eventId = UUID.randomUUID().toString();
            assertTrue(erasure.erase(eventId, user));

            assertFalse(exists(published), "the erased user's published event is gone");
            assertFalse(exists(pending), "and the pending one is never sent");
            assertTrue(exists(theirsPublished), "another user's events stay");
            assertTrue(exists(theirsPending));
            assertEquals(2L, QuarkusTransaction.requiringNew().call(() ->
                    ErasureRecord.<ErasureRecord>find("eventId", eventId).firstResult().rowsErased));
        }
    }

    private static UUID insert(String userId, OffsetDateTime createdAt, OffsetDateTime publishedAt) {
        return QuarkusTransaction.requiringNew().call(() -> {
            OutboxEvent e = new OutboxEvent();
            e.id = UUID.randomUUID();
            e.topic = TOPIC;
            e.eventKey = UUID.randomUUID().toString();
            e.type = "test.retention";
            // as the writer stores it: the envelope's data names the user
            e.payload = "{\"specversion\":\"1.0\",\"id\":\"" + e.id + "\",\"type\":\"test.retention\",\"data\":{\"userId\":\"" + userId + "\"}}";
            e.createdAt = createdAt;
            e.publishedAt = publishedAt;
            e.persist();
            return e.id;
        });
    }

    private static boolean exists(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("id", id)) == 1;
    }
}
