package io.intervu.interview.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "intervu.interview")
public interface InterviewConfig {

    @WithDefault("7")
    int defaultQuestionCount();

    @WithDefault("3")
    int minQuestionCount();

    @WithDefault("12")
    int maxQuestionCount();

    @WithDefault("2")
    int defaultMaxFollowUps();

    /** Upper bound a client may ask for as max follow-ups per question. */
    @WithDefault("3")
    int maxFollowUpsLimit();

    /** The interviewer persona's name when the client gives none. */
    @WithDefault("Alex")
    String defaultInterviewerName();

    /** An interview nobody touches for this long is ABANDONED. */
    @WithDefault("30M")
    Duration inactivityTimeout();

    /** Accepted work (preparation, an answer) older than this with no result is picked up again by the sweeper. */
    @WithDefault("30S")
    Duration staleWorkAfter();

    /** Start accepted work in this process right after the commit; false leaves it all to the sweeper (crash simulation in tests). */
    @WithDefault("true")
    boolean dispatchAfterCommit();

    /** Retry-After seconds while the server is working on the next message. */
    @WithDefault("1")
    int retryAfterSeconds();

    /** How often the sweeper looks for stale work and idle interviews (read by the scheduler). */
    @WithDefault("5s")
    String sweepInterval();

    @WithDefault("5s")
    String sweepDelay();

    /**
     * Share interview changes with the other replicas through PostgreSQL LISTEN/NOTIFY, so a client
     * waiting on one replica is woken when another commits. Off: waiters re-read every second.
     */
    @WithDefault("true")
    boolean replicaWakeup();

    /** How often a waiting client re-reads anyway while replica wake-ups work: the safety net for a lost notification. */
    @WithDefault("5s")
    Duration replicaRecheck();

    @WithDefault("10000")
    int maxAnswerChars();

    @WithDefault("10485760")
    int maxAudioBytes();
}
