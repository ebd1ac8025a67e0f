package io.intervu.rag.service;

import io.intervu.rag.ChunkDraft;
import io.intervu.rag.KnowledgeQuestion;
import io.intervu.rag.RequestRefusedException;
import io.intervu.rag.RequestRefusedException.Reason;
import io.intervu.rag.repository.DataAccessException;
import io.intervu.rag.repository.DocumentRepository;
import io.intervu.rag.repository.DocumentRow;
import io.intervu.rag.repository.QuestionRepository;
import io.intervu.rag.service.chunk.Chunker;
import io.intervu.rag.service.embedding.Embedder;
import io.intervu.rag.service.parse.DocumentReader;
import io.intervu.rag.service.parse.FrontMatterParser;
import io.intervu.rag.service.parse.InvalidDocumentException.Flaw;
import io.intervu.rag.service.parse.InvalidDocumentException;
import io.intervu.rag.service.parse.ParsedDocument;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns uploaded bytes into a stored document: read, chunk and embed outside the transaction (slow,
 * no locks held), then store everything at once. The same bytes twice are a no-op.
 */
@ApplicationScoped
public class IngestionService {

    private final DocumentReader reader;
    private final Chunker chunker;
    private final Embedder embedder;
    private final DocumentRepository documents;
    private final QuestionRepository questions;
    private final DocumentWriter writer;
    private final EmbeddingModelGuard guard;

    public IngestionService(DocumentReader reader, Chunker chunker, Embedder embedder, DocumentRepository documents,
                            QuestionRepository questions, DocumentWriter writer, EmbeddingModelGuard guard) {
        this.reader = reader;
        this.chunker = chunker;
        this.embedder = embedder;
        this.documents = documents;
        this.questions = questions;
        this.writer = writer;
        this.guard = guard;
    }

    /** What the caller uploaded; title, topics and roles here add to (or override) the document's own. */
    public record Upload(byte[] bytes, String fileName, String contentType, String source, String title,
                         List<String> topics, List<String> roles, boolean replaceSource) {
    }

    public record Result(DocumentRow document, boolean created) {
    }

    public Result ingest(Upload upload) {
        guard.requireUsable();
        String hash = sha256(upload.bytes());
        var existing = documents.findByHash(hash);
        if (existing.isPresent()) {
            return new Result(existing.get(), false);
        }
        ParsedDocument parsed = withOverrides(reader.read(upload.bytes(), upload.fileName(), upload.contentType()), upload);
        List<ChunkDraft> drafts = chunker.chunk(parsed.body(), parsed.markdown());
        if (drafts.isEmpty()) {
            throw new InvalidDocumentException(Flaw.UNUSABLE, "empty-document", "Empty document", "The document has no text to index.");
        }
        List<float[]> vectors = embedder.embedDocuments(drafts.stream().map(d -> embeddingText(parsed.title(), d.text())).toList());
        String source = upload.source() == null || upload.source().isBlank()
                ? (upload.fileName() == null || upload.fileName().isBlank() ? "upload" : upload.fileName())
                : upload.source();
        try {
            return new Result(writer.store(parsed, source, hash, drafts, vectors, upload.replaceSource()), true);
        } catch (DataAccessException e) {
            if (!e.isUniqueViolation()) {
                throw e;
            }
            // A concurrent upload of the same bytes won the race: same outcome as a re-ingest.
            var raced = documents.findByHash(hash);
            if (raced.isPresent()) {
                return new Result(raced.get(), false);
            }
            List<String> taken = questions.existingRefs(parsed.questions().stream().map(KnowledgeQuestion::ref).toList());
            throw new RequestRefusedException(Reason.CONFLICT, "duplicate-question-ref", "Question id already used",
                    "Another document already defines the question ids " + taken + "; question ids must be unique.");
        }
    }

    /** The title travels with every chunk's vector: a paragraph rarely names its subject. */
    static String embeddingText(String title, String chunkText) {
        return title + "\n" + chunkText;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    private static ParsedDocument withOverrides(ParsedDocument doc, Upload upload) {
        String title = upload.title() == null || upload.title().isBlank() ? doc.title() : upload.title().strip();
        return new ParsedDocument(title, doc.summary(), union(doc.topics(), upload.topics()), union(doc.roles(), upload.roles()),
                doc.mediaType(), doc.body(), doc.markdown(), doc.questions());
    }

    private static List<String> union(List<String> a, List<String> b) {
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(FrontMatterParser.tags(b == null ? List.of() : b));
        return List.copyOf(all);
    }
}
