package io.intervu.evaluation.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "intervu.evaluation")
public interface EvaluationConfig {

    /** Load the embedding model at start-up rather than on the first answer. */
    @WithDefault("true")
    boolean warmUp();

    /**
     * The sentence encoder of the offline evaluator: {@code minilm} (all-MiniLM-L6-v2) or
     * {@code bge-small} (bge-small-en-v1.5, quantized; the default: slightly ahead of MiniLM out of
     * sample on the graded corpus, at about the same cost). Each has its own fitted rubric.
     */
    @WithDefault("bge-small")
    String encoder();

    /**
     * How long after interview.completed the assessment waits for missing evaluations (an answer
     * dead-lettered upstream) before it is made with what there is.
     */
    @WithDefault("15m")
    Duration assessmentGrace();

    /** How often the sweeper looks for such interviews (a Quarkus duration). */
    @WithDefault("60s")
    String assessmentSweepInterval();

    Model model();

    /** How the language model is used, whichever provider it is ({@link LlmConfig} chooses it). */
    interface Model {
        /** How many times to ask for schema-valid output before falling back to the offline evaluator. */
        @WithDefault("2")
        int maxOutputAttempts();

        /** The sceptical second pass over 5s, 1s and large disagreements between criteria. */
        @WithDefault("true")
        boolean reviewPass();
    }
}
