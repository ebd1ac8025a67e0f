package io.intervu.rag;

import java.util.List;

/**
 * One interview question a knowledge document carries, with the key points a strong answer covers and,
 * when the document has them, one probe per key point (probes[i] invites the candidate to show keyPoints[i]
 * without stating it); an empty list when the document has none. {@code misconceptions} are confident wrong
 * claims a candidate typically makes on the question (not paired with the key points), which the offline evaluator
 * compares answers with; empty when the document has none.
 */
public record KnowledgeQuestion(String ref, String type, String difficulty, String question, List<String> keyPoints,
                                List<String> probes, List<String> misconceptions) {
}
