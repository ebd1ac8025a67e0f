package io.intervu.interview.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Per-user quotas: every interview started and every answer can cost Gemini calls. Counted from the
 * stored interviews and turns, so they hold across restarts and replicas. 0 switches a quota off.
 */
@ConfigMapping(prefix = "intervu.quota")
public interface QuotaConfig {

    /** Interviews one user may start in any 24 hours. */
    @WithDefault("20")
    int interviewsPerDay();

    /** Answers one user may submit in any minute, over all their interviews. */
    @WithDefault("30")
    int answersPerMinute();
}
