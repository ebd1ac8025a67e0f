package io.intervu.evaluation.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

@ConfigMapping(prefix = "intervu.evaluation")
public interface EvaluationConfig {

    /** Load the embedding model at start-up rather than on the first answer. */
    @WithDefault("true")
    boolean warmUp();

    /**
     * How long after interview.completed the assessment waits for missing evaluations (an answer
     * dead-lettered upstream) before it is made with what there is.
     */
    @WithDefault("15m")
    Duration assessmentGrace();

    /** How often the sweeper looks for such interviews (a Quarkus duration). */
    @WithDefault("60s")
    String assessmentSweepInterval();

    Gemini gemini();

    interface Gemini {
        /** GOOGLE_API_KEY; without it the offline evaluator is used and Gemini is never called. */
        Optional<String> apiKey();

        /** The Generative Language API root; a local WireMock in tests. */
        @WithDefault("https://generativelanguage.googleapis.com")
        String baseUrl();

        @WithDefault("gemini-2.5-flash")
        String model();

        /** Per HTTP request; the fault-tolerance timeout around all retries is set in application.properties. */
        @WithDefault("20s")
        Duration requestTimeout();

        /** How many times to ask for schema-valid output before falling back to the offline evaluator. */
        @WithDefault("2")
        int maxOutputAttempts();

        /** The sceptical second pass over 5s, 1s and large disagreements between criteria. */
        @WithDefault("true")
        boolean reviewPass();
    }
}
