package io.intervu.interview.plan;

import java.util.List;

/**
 * One question of a plan before it is persisted (the contract's PlanQuestion without ids). {@code probes[i]} is the
 * follow-up for a missed {@code keyPoints[i]} (empty when the question has none); {@code neighbours} are the texts of
 * the other questions of the same knowledge document.
 */
public record PlannedQuestion(String type, String topic, String difficulty, String text, List<String> keyPoints,
                              String rationale, String documentId, String documentTitle, String questionRef,
                              List<String> probes, List<String> neighbours) {

    public static final List<String> TYPES = List.of("technical", "scenario", "behavioural", "project");
    public static final List<String> DIFFICULTIES = List.of("easy", "medium", "hard");

    /** A question without probes and neighbours yet ({@link BankDetails} adds them from the bank it came from). */
    public PlannedQuestion(String type, String topic, String difficulty, String text, List<String> keyPoints,
                           String rationale, String documentId, String documentTitle, String questionRef) {
        this(type, topic, difficulty, text, keyPoints, rationale, documentId, documentTitle, questionRef, List.of(), List.of());
    }

    PlannedQuestion withBankDetails(List<String> probes, List<String> neighbours) {
        return new PlannedQuestion(type, topic, difficulty, text, keyPoints, rationale, documentId, documentTitle, questionRef,
                List.copyOf(probes), List.copyOf(neighbours));
    }
}
