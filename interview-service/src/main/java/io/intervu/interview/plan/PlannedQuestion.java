package io.intervu.interview.plan;

import java.util.List;

/** One question of a plan before it is persisted (the contract's PlanQuestion without ids). */
public record PlannedQuestion(String type, String topic, String difficulty, String text, List<String> keyPoints,
                              String rationale, String documentId, String documentTitle, String questionRef) {

    public static final List<String> TYPES = List.of("technical", "scenario", "behavioural", "project");
    public static final List<String> DIFFICULTIES = List.of("easy", "medium", "hard");
}
