package io.intervu.auth.event;

import io.agroal.api.AgroalDataSource;
import io.intervu.auth.Accounts;
import io.intervu.auth.Accounts.Account;
import io.intervu.auth.Accounts.Tokens;
import io.intervu.auth.OutboxEvent;
import io.intervu.auth.repository.OutboxRepository;
import io.intervu.testsupport.AdvisoryLockHold;
import io.intervu.testsupport.KafkaProbe;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.mockito.InjectSpy;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class OutboxRetentionTest {

    static final String TOPIC = "auth.outbox-test";
    /** The relay's lock: held, no relay pass publishes or marks a row meanwhile. */
    static final String RELAY_LOCK = "auth.outbox-relay";

    @Inject
    OutboxRetention retention;

    @Inject
    MockMailbox mailbox;

    @Inject
    AgroalDataSource dataSource;

    @InjectSpy
    OutboxRepository repository;

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
    void purgeWorksThroughABacklogLargerThanOneBatch() throws SQLException {
        String user = UUID.randomUUID().toString();
        OffsetDateTime old = OffsetDateTime.now(ZoneOffset.UTC).minusDays(10);
        try (AdvisoryLockHold relayPaused = AdvisoryLockHold.hold(dataSource, RELAY_LOCK)) {
            List<UUID> ids = QuarkusTransaction.requiringNew().call(() ->
                    IntStream.range(0, 2_500).mapToObj(i -> persist(user, old, old)).toList());
            assertTrue(retention.purge() >= 2_500, "three batches of 1000");
            assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("id in ?1", ids)));
        }
    }

    @Test
    void deletingAnAccountDropsTheUsersPublishedEventsButStillPublishesUserDeleted() {
        Account a = Accounts.confirmed(mailbox);
        Tokens t = Accounts.loginOk(a);
        String userId = given().auth().oauth2(t.access()).get("/api/auth/me").then().statusCode(200).extract().path("id");
        String otherUser = UUID.randomUUID().toString();
        OffsetDateTime hourAgo = OffsetDateTime.now(ZoneOffset.UTC).minusHours(1);
        UUID mine = insert(userId, hourAgo, hourAgo);
        UUID theirs = insert(otherUser, hourAgo, hourAgo);

        try (KafkaProbe probe = new KafkaProbe("auth.user-deleted")) {
            given().auth().oauth2(t.access()).contentType(ContentType.JSON).header("X-Forwarded-For", Accounts.randomIp())
                    .body(Map.of("password", a.password())).delete("/api/auth/me").then().statusCode(204);

            assertFalse(exists(mine), "the deleted user's published event is gone");
            assertTrue(exists(theirs), "another user's event stays");
            assertEquals(1, probe.await(r -> userId.equals(r.key()), 1, Duration.ofSeconds(20)).size(),
                    "auth.user-deleted still goes out for the user who is gone");
        }

        // Once published, the user-deleted event itself leaves with the retention purge.
        await().atMost(Duration.ofSeconds(10)).until(() -> QuarkusTransaction.requiringNew().call(() ->
                OutboxEvent.count("eventKey = ?1 and type = 'auth.user-deleted' and publishedAt is not null", userId)) == 1);
        QuarkusTransaction.requiringNew().run(() -> OutboxEvent.update("publishedAt = ?1 where eventKey = ?2",
                OffsetDateTime.now(ZoneOffset.UTC).minusDays(8), userId));
        retention.purge();
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("eventKey", userId)));
    }

    @Test
    void relayPassesWithNothingPublishedDoNotMarkAnything() {
        Mockito.clearInvocations(repository);
        // the relay polls every second; let a few empty passes happen
        await().pollDelay(Duration.ofMillis(2500)).atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                Mockito.verify(repository, Mockito.atLeast(2)).lockPending(Mockito.anyInt()));
        Mockito.verify(repository, Mockito.never()).markPublished(Mockito.argThat((List<Long> seqs) -> seqs.isEmpty()));
    }

    private static UUID insert(String userId, OffsetDateTime createdAt, OffsetDateTime publishedAt) {
        return QuarkusTransaction.requiringNew().call(() -> persist(userId, createdAt, publishedAt));
    }

    /** An event about this user, as the writer would store it (the payload names the user). */
    private static UUID persist(String userId, OffsetDateTime createdAt, OffsetDateTime publishedAt) {
        OutboxEvent e = new OutboxEvent();
        e.id = UUID.randomUUID();
        e.topic = TOPIC;
        e.eventKey = userId;
        e.type = "test.retention";
        e.payload = "{\"specversion\":\"1.0\",\"id\":\"" + e.id + "\",\"type\":\"test.retention\",\"data\":{\"userId\":\"" + userId + "\"}}";
        e.createdAt = createdAt;
        e.publishedAt = publishedAt;
        e.persist();
        return e.id;
    }

    private static boolean exists(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("id", id)) == 1;
    }
}
