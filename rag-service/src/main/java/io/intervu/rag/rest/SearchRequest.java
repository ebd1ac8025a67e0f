package io.intervu.rag.rest;

import java.util.List;

/** Body of POST /api/knowledge/search; absent fields take the documented defaults. */
public record SearchRequest(List<String> queries, Integer topK, Double minScore, List<String> topics, List<String> roles,
                            Boolean diversity) {
}
