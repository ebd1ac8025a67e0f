package io.intervu.rag.repository;

import java.util.List;
import java.util.UUID;

/** A chunk found by similarity; score = cosine similarity (1 - cosine distance). */
public record ChunkHit(UUID chunkId, UUID documentId, String documentTitle, String text, double score,
                       List<String> topics, List<String> roles, float[] embedding) {
}
