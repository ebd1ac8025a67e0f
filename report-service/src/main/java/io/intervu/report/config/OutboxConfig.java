package io.intervu.report.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "intervu.outbox")
public interface OutboxConfig {

    /** How often the relay looks for pending events (a Quarkus duration, at least 1s); commits also wake it at once. */
    @WithDefault("1s")
    String pollInterval();

    /** How many pending events one relay pass publishes at most. */
    @WithDefault("100")
    int batchSize();

    /** CloudEvents {@code source} of everything this service publishes. */
    @WithDefault("/intervu/report-service")
    String source();

    /**
     * How long a published event stays in the outbox (to re-publish it by hand if a consumer lost it)
     * before the retention purge deletes it. Pending events are never purged.
     */
    @WithDefault("7d")
    Duration retention();

    /** How often the retention purge runs (a Quarkus duration). */
    @WithDefault("1h")
    String purgeInterval();

    /** How many published rows one purge transaction deletes at most; the purge repeats until none are left. */
    @WithDefault("1000")
    int purgeBatchSize();
}
