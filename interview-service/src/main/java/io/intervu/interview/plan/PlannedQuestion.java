package io.intervu.interview.plan;

import java.util.List;

/**
 * One question of a plan before it is persisted (the contract's PlanQuestion without ids). {@code probes[i]} is the
 * follow-up for a missed {@code keyPoints[i]} (empty when the question has none); {@code neighbours} are the texts of
 * the other questions of the same knowledge document; {@code misconceptions} are confident wrong claims candidates
 * typically make on this question as written (empty when it has none), for the evaluator.
 */
public record PlannedQuestion(String type, String topic, String difficulty, String text, List<String> keyPoints,
                              String rationale, String documentId, String documentTitle, String questionRef,
                              List<String> probes, List<String> neighbours, List<String> misconceptions) {

    public static final List<String> TYPES = List.of("technical", "scenario", "behavioural", "project");
    public static final List<String> DIFFICULTIES = List.of("easy", "medium", "hard");

    /**
     * A question without probes, neighbours and misconceptions ({@link BankDetails} adds probes and neighbours from the
     * bank it came from; a question the planner worded itself, such as Gemini's, has no known misconceptions).
     */
    public PlannedQuestion(String type, String topic, String difficulty, String text, List<String> keyPoints,
                           String rationale, String documentId, String documentTitle, String questionRef) {
        this(type, topic, difficulty, text, keyPoints, rationale, documentId, documentTitle, questionRef, List.of(), List.of(),
                List.of());
    }

    PlannedQuestion withBankDetails(List<String> probes, List<String> neighbours) {
        return new PlannedQuestion(type, topic, difficulty, text, keyPoints, rationale, documentId, documentTitle, questionRef,
                List.copyOf(probes), List.copyOf(neighbours), misconceptions);
    }
}
