package io.intervu.rag.service.parse;

import io.intervu.rag.KnowledgeQuestion;
import java.util.List;

/** A document read from its bytes: metadata, the body to chunk, and its questions (Markdown front matter). */
public record ParsedDocument(String title, String summary, List<String> topics, List<String> roles,
                             String mediaType, String body, boolean markdown, List<KnowledgeQuestion> questions) {
}
