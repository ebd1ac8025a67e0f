package io.intervu.rag.service;

import io.intervu.rag.RequestRefusedException;
import io.intervu.rag.RequestRefusedException.Reason;
import io.intervu.rag.repository.ChunkRepository;
import io.intervu.rag.repository.EmbeddingModelRepository;
import io.intervu.rag.service.embedding.Embedder;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Vectors from two models are not comparable, so the stored model name and dimension must match
 * the configured embedder. On a mismatch the service stays up (so an admin can run the re-embed
 * command), reports not-ready, and refuses search and ingestion with 503.
 */
@ApplicationScoped
public class EmbeddingModelGuard {

    private static final Logger LOG = Logger.getLogger(EmbeddingModelGuard.class);

    private final EmbeddingModelRepository models;
    private final ChunkRepository chunks;
    private final Embedder embedder;
    private volatile String mismatch;

    public EmbeddingModelGuard(EmbeddingModelRepository models, ChunkRepository chunks, Embedder embedder) {
        this.models = models;
        this.chunks = chunks;
        this.embedder = embedder;
    }

    /** Compares the stored model with the configured one; an empty knowledge base simply adopts it. */
    public void check() {
        var stored = models.current();
        if (stored.isEmpty() || chunks.count() == 0) {
            models.save(embedder.modelName(), embedder.dimension());
            mismatch = null;
            return;
        }
        if (stored.get().name().equals(embedder.modelName()) && stored.get().dimension() == embedder.dimension()) {
            mismatch = null;
            return;
        }
        mismatch = "stored vectors were made by " + stored.get().name() + " (" + stored.get().dimension()
                + " dimensions) but the configured model is " + embedder.modelName() + " (" + embedder.dimension()
                + "); run the re-embed command (POST /api/knowledge/admin/re-embed or RAG_REEMBED_AT_START=true)";
        LOG.error(mismatch);
    }

    public boolean usable() {
        return mismatch == null;
    }

    public String mismatch() {
        return mismatch;
    }

    void adopted() {
        models.save(embedder.modelName(), embedder.dimension());
        mismatch = null;
    }

    public void requireUsable() {
        if (mismatch != null) {
            throw new RequestRefusedException(Reason.UNAVAILABLE, "embedding-model-mismatch", "Knowledge base needs re-embedding", mismatch);
        }
    }
}
