package io.intervu.rag.service;

import io.intervu.rag.ChunkDraft;
import io.intervu.rag.repository.ChunkRepository;
import io.intervu.rag.repository.DocumentRepository;
import io.intervu.rag.repository.DocumentRow;
import io.intervu.rag.repository.QuestionRepository;
import io.intervu.rag.service.parse.ParsedDocument;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.UUID;

/** Stores one document with all its chunks and questions in one transaction: all or nothing. */
@ApplicationScoped
public class DocumentWriter {

    private final DocumentRepository documents;
    private final ChunkRepository chunks;
    private final QuestionRepository questions;

    public DocumentWriter(DocumentRepository documents, ChunkRepository chunks, QuestionRepository questions) {
        this.documents = documents;
        this.chunks = chunks;
        this.questions = questions;
    }

    /** With {@code replaceSource}, earlier versions from the same source are removed in the same transaction. */
    @Transactional
    public DocumentRow store(ParsedDocument doc, String source, String contentHash, List<ChunkDraft> drafts,
                             List<float[]> embeddings, boolean replaceSource) {
        if (replaceSource) {
            for (DocumentRow old : documents.findBySource(source)) {
                documents.delete(old.id());
            }
        }
        UUID id = UUID.randomUUID();
        documents.insert(id, doc.title(), source, contentHash, doc.mediaType(), doc.summary(), doc.topics(), doc.roles());
        chunks.insertAll(id, drafts, embeddings);
        questions.insertAll(id, doc.questions(), doc.topics(), doc.roles());
        return documents.findById(id).orElseThrow();
    }

    @Transactional
    public boolean delete(UUID id) {
        return documents.delete(id);
    }
}
