package io.intervu.rag.service.parse;

import java.util.List;

/** One interview question a knowledge document carries, with the key points a strong answer covers. */
public record KnowledgeQuestion(String ref, String type, String difficulty, String question, List<String> keyPoints) {
}
