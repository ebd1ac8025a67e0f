package io.intervu.rag.repository;

import java.util.List;
import java.util.UUID;

/**
 * A stored interview question with its document's title and tags; {@code probes} and {@code misconceptions} are empty
 * when the document has none.
 */
public record QuestionRow(String ref, UUID documentId, String documentTitle, List<String> topics, List<String> roles,
                          String type, String difficulty, String question, List<String> keyPoints, List<String> probes,
                          List<String> misconceptions) {
}
