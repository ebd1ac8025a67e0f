package io.intervu.rag.repository;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A stored document with how many chunks and questions it has. */
public record DocumentRow(UUID id, String title, String source, String contentHash, String mediaType, String summary,
                          List<String> topics, List<String> roles, OffsetDateTime createdAt, int chunks, int questions) {
}
