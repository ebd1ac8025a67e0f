package io.intervu.interview.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/** rag-service's shapes as this service reads them (tolerant: unknown fields are ignored). */
public final class KnowledgeDtos {

    private KnowledgeDtos() {
    }

    public record SearchRequest(List<String> queries, int topK, double minScore, List<String> topics, List<String> roles, boolean diversity) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SearchResponse(List<SearchHit> results) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SearchHit(String chunkId, String documentId, String documentTitle, String text, double score,
                            List<String> topics, List<String> roles) {
    }

    /**
     * {@code probes[i]} is the follow-up for a missed {@code keyPoints[i]}; {@code misconceptions} are confident wrong
     * claims candidates typically make on the question. Either is absent or empty when the document has none.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record BankQuestion(String ref, String documentId, String documentTitle, List<String> topics, List<String> roles,
                               String type, String difficulty, String question, List<String> keyPoints, List<String> probes,
                               List<String> misconceptions) {
    }

    /** One topic of the knowledge base with how many documents and questions carry it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TopicCount(String topic, int documents, int questions) {
    }
}
