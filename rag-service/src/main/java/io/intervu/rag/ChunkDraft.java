package io.intervu.rag;

/** A chunk before it has an embedding: its text, the section it starts in and its token count. */
public record ChunkDraft(int ordinal, String text, String section, int tokenCount) {
}
