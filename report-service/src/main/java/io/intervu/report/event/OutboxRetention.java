package io.intervu.report.event;

import io.intervu.report.config.OutboxConfig;
import io.intervu.report.repository.OutboxRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Deletes published outbox events once they are older than the retention: they carry user ids and
 * user data, and after publication they are only kept to re-publish one by hand.
 */
@ApplicationScoped
public class OutboxRetention {

    private static final Logger LOG = Logger.getLogger(OutboxRetention.class);

    private final OutboxRepository outbox;
    private final OutboxConfig config;

    public OutboxRetention(OutboxRepository outbox, OutboxConfig config) {
        this.outbox = outbox;
        this.config = config;
    }

    @Scheduled(every = "${intervu.outbox.purge-interval}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        try {
            purge();
        } catch (RuntimeException e) {
            LOG.warnf("outbox retention purge failed, will retry: %s", e.getMessage());
        }
    }

    /**
     * Deletes every event published longer than the retention ago and returns how many. One short
     * transaction per batch, so a large backlog never holds locks for long.
     */
    public long purge() {
        OffsetDateTime cutoff = OffsetDateTime.now(ZoneOffset.UTC).minus(config.retention());
        int batch = config.purgeBatchSize();
        long total = 0;
        int deleted;
        do {
            deleted = QuarkusTransaction.requiringNew().call(() -> outbox.deletePublishedBefore(cutoff, batch));
            total += deleted;
        } while (deleted == batch);
        if (total > 0) {
            LOG.infof("purged %d outbox events published before %s", total, cutoff);
        }
        return total;
    }
}
