package io.intervu.rag.rest;

import io.intervu.rag.repository.DocumentRow;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A stored document as the admin API shows it; {@code created} is false when the upload was already present. */
public record DocumentView(UUID id, String title, String source, String contentHash, String mediaType, String summary,
                           List<String> topics, List<String> roles, OffsetDateTime createdAt, int chunks, int questions,
                           Boolean created) {

    static DocumentView of(DocumentRow row, Boolean created) {
        return new DocumentView(row.id(), row.title(), row.source(), row.contentHash().strip(), row.mediaType(), row.summary(),
                row.topics(), row.roles(), row.createdAt(), row.chunks(), row.questions(), created);
    }
}
