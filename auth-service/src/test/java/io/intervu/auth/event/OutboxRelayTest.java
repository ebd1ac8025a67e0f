package io.intervu.auth.event;

import io.intervu.auth.OutboxEvent;
import io.intervu.auth.repository.OutboxRepository;
import io.intervu.testsupport.AdvisoryLockHold;
import io.intervu.testsupport.KafkaProbe;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.mockito.InjectSpy;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class OutboxRelayTest {

    static final String TOPIC = "auth.outbox-test";

    @Inject
    OutboxWriter writer;

    @Inject
    OutboxRelay relay;

    @InjectSpy
    OutboxRepository repository;

    @Inject
    Scheduler scheduler;

    @Inject
    AgroalDataSource dataSource;

    /**
     * Stubs the spy while no relay pass touches it: Mockito takes a concurrent call on the mock for
     * the one being stubbed (the relay's tryRelayLock() got the answer, and every pass failed after).
     * The scheduler is paused; holding the relay's lock means no pass is running, and the short settle
     * lets a pass that started just before the pause reach the lock and give up.
     */
    private void whileTheRelayIsIdle(Runnable stubbing) throws Exception {
        scheduler.pause();
        try (AdvisoryLockHold idle = AdvisoryLockHold.hold(dataSource, OutboxRetentionTest.RELAY_LOCK)) {
            Thread.sleep(300);
            stubbing.run();
        } finally {
            scheduler.resume();
        }
    }

    @Test
    void eventWrittenInCommittedTransactionIsPublishedOnceAsCloudEvent() {
        String key = UUID.randomUUID().toString();
        try (KafkaProbe probe = new KafkaProbe(TOPIC)) {
            UUID id = QuarkusTransaction.requiringNew().call(() -> writer.append(TOPIC, key, "test.happened", Map.of("n", 1)));

            List<ConsumerRecord<String, String>> got = probe.await(r -> key.equals(r.key()), 1, Duration.ofSeconds(20));
            assertEquals(1, got.size(), "the committed event reaches the broker");
            var json = KafkaProbe.json(got.get(0));
            assertEquals("1.0", json.get("specversion").asText());
            assertEquals(id.toString(), json.get("id").asText());
            assertEquals("test.happened", json.get("type").asText());
            assertEquals(key, json.get("subject").asText());
            assertEquals(1, json.get("data").get("n").asInt());
            assertNotNull(json.get("time"));

            // more passes must not send it again
            relay.publishPending();
            assertEquals(0, probe.drain(r -> key.equals(r.key()), Duration.ofSeconds(2)).size());
            assertTrue(QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>find("id", id).firstResult().publishedAt != null));
        }
    }

    @Test
    void eventOfRolledBackTransactionIsNeverPublished() {
        String key = UUID.randomUUID().toString();
        try (KafkaProbe probe = new KafkaProbe(TOPIC)) {
            assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
                writer.append(TOPIC, key, "test.rolled-back", Map.of());
                throw new IllegalStateException("the state change failed");
            }));
            relay.publishPending();
            assertEquals(0, probe.drain(r -> key.equals(r.key()), Duration.ofSeconds(3)).size());
            assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("eventKey", key)));
        }
    }

    @Test
    void crashBetweenSendAndMarkResendsTheSameEventAndThenMarksIt() throws Exception {
        String key = UUID.randomUUID().toString();
        try (KafkaProbe probe = new KafkaProbe(TOPIC)) {
            // The first mark that covers this event fails, as if the process died right after the
            // broker acked. Other passes (other tests' events, empty polls) are left alone.
            AtomicBoolean crashed = new AtomicBoolean();
            whileTheRelayIsIdle(() -> Mockito.doAnswer(call -> {
                List<Long> seqs = call.getArgument(0);
                boolean ours = seqs.stream().anyMatch(seq -> key.equals(OutboxEvent.<OutboxEvent>findById(seq).eventKey));
                if (ours && crashed.compareAndSet(false, true)) {
                    throw new IllegalStateException("crash before mark");
                }
                return call.callRealMethod();
            }).when(repository).markPublished(Mockito.anyList()));
            UUID id = QuarkusTransaction.requiringNew().call(() -> writer.append(TOPIC, key, "test.crash", Map.of()));

            List<ConsumerRecord<String, String>> got = probe.await(r -> key.equals(r.key()), 2, Duration.ofSeconds(20));
            assertEquals(2, got.size(), "at-least-once: the unmarked event is sent again");
            assertEquals(id.toString(), KafkaProbe.json(got.get(0)).get("id").asText());
            assertEquals(id.toString(), KafkaProbe.json(got.get(1)).get("id").asText(), "same CloudEvent id, so consumers can drop it");
            assertTrue(crashed.get());
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(() ->
                    QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>find("id", id).firstResult().publishedAt != null));
        } finally {
            Mockito.reset(repository);
        }
    }

    @Test
    void eventsOfOneKeyArriveInWriteOrder() {
        String key = UUID.randomUUID().toString();
        try (KafkaProbe probe = new KafkaProbe(TOPIC)) {
            for (int i = 0; i < 20; i++) {
                int n = i;
                QuarkusTransaction.requiringNew().run(() -> writer.append(TOPIC, key, "test.seq", Map.of("n", n)));
            }
            List<ConsumerRecord<String, String>> got = probe.await(r -> key.equals(r.key()), 20, Duration.ofSeconds(20));
            assertEquals(20, got.size());
            for (int i = 0; i < 20; i++) {
                assertEquals(i, KafkaProbe.json(got.get(i)).get("data").get("n").asInt());
            }
        }
    }
}
