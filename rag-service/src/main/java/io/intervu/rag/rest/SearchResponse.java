package io.intervu.rag.rest;

import java.util.List;
import java.util.UUID;

/** Answer of POST /api/knowledge/search, as docs/contracts.md defines it. */
public record SearchResponse(List<Result> results) {

    public record Result(UUID chunkId, UUID documentId, String documentTitle, String text, double score,
                         List<String> topics, List<String> roles) {
    }
}
