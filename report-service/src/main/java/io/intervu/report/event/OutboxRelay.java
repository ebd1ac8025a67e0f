package io.intervu.report.event;

import io.intervu.report.OutboxEvent;
import io.intervu.report.config.OutboxConfig;
import io.intervu.report.repository.OutboxRepository;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.eclipse.microprofile.context.ManagedExecutor;
import jakarta.transaction.Transactional;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Publishes pending outbox rows in order and marks them only after the broker acknowledged them.
 * A crash between send and mark re-sends the row on the next pass: delivery is at least once and
 * consumers drop the duplicate by the CloudEvent id.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final OutboxRepository outbox;
    private final OutboxConfig config;
    private final MutinyEmitter<String> emitter;
    private final ManagedExecutor executor;

    public OutboxRelay(OutboxRepository outbox, OutboxConfig config, @Channel("outbox") MutinyEmitter<String> emitter,
                       ManagedExecutor executor) {
        this.outbox = outbox;
        this.config = config;
        this.emitter = emitter;
        this.executor = executor;
    }

    /** A commit that appended events wakes the relay at once instead of waiting for the next poll. */
    void onCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxAppended appended) {
        executor.execute(this::poll);
    }

    @Scheduled(every = "${intervu.outbox.poll-interval}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void poll() {
        try {
            publishPending();
        } catch (RuntimeException e) {
            LOG.warnf("outbox relay pass failed, will retry: %s", e.getMessage());
        }
    }

    /**
     * One relay pass; returns how many events were published. Always its own transaction: the
     * after-commit wake-up must not join the (finished) transaction that woke it.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int publishPending() {
        if (!outbox.tryRelayLock()) {
            return 0;
        }
        List<Long> published = new ArrayList<>();
        for (OutboxEvent event : outbox.lockPending(config.batchSize())) {
            try {
                // One at a time: the next event of a key never overtakes a failed one.
                emitter.sendMessageAndAwait(toMessage(event));
                published.add(event.seq);
            } catch (RuntimeException e) {
                event.attempts++;
                event.lastError = String.valueOf(e.getMessage());
                LOG.warnf("outbox event %s to %s not acknowledged: %s", event.id, event.topic, e.getMessage());
                break;
            }
        }
        if (!published.isEmpty()) {
            outbox.markPublished(published);
        }
        return published.size();
    }

    private static Message<String> toMessage(OutboxEvent event) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("ce_id", event.id.toString().getBytes(StandardCharsets.UTF_8));
        headers.add("ce_type", event.type.getBytes(StandardCharsets.UTF_8));
        headers.add("content-type", "application/cloudevents+json".getBytes(StandardCharsets.UTF_8));
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(event.topic)
                .withKey(event.eventKey)
                .withHeaders(headers)
                .build();
        return Message.of(event.payload).addMetadata(metadata);
    }
}
