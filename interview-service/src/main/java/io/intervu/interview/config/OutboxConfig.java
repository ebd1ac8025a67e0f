package io.intervu.interview.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "intervu.outbox")
public interface OutboxConfig {

    /** How often the relay looks for pending events (a Quarkus duration, at least 1s); commits also wake it at once. */
    @WithDefault("1s")
    String pollInterval();

    /** How many pending events one relay pass publishes at most. */
    @WithDefault("100")
    int batchSize();

    /** CloudEvents {@code source} of everything this service publishes. */
    @WithDefault("/intervu/interview-service")
    String source();
}
