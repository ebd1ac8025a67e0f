package io.intervu.rag.service;

import io.intervu.rag.repository.ChunkRepository;
import io.intervu.rag.service.embedding.Embedder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Re-computes every chunk's vector with the configured model, then records that model. Pages are
 * committed one by one; if it stops half-way the stored model is still the old one, the guard
 * still refuses searches, and running it again finishes the job.
 */
@ApplicationScoped
public class ReembedService {

    private static final Logger LOG = Logger.getLogger(ReembedService.class);
    private static final int PAGE = 64;

    private final ChunkRepository chunks;
    private final Embedder embedder;
    private final EmbeddingModelGuard guard;

    public ReembedService(ChunkRepository chunks, Embedder embedder, EmbeddingModelGuard guard) {
        this.chunks = chunks;
        this.embedder = embedder;
        this.guard = guard;
    }

    public record Result(String model, int dimension, long chunks, long millis) {
    }

    public synchronized Result reembedAll() {
        long start = System.nanoTime();
        long done = 0;
        UUID after = new UUID(0L, 0L); // PostgreSQL orders uuids as unsigned bytes: this is the lowest
        while (true) {
            List<ChunkRepository.StoredChunk> page = chunks.page(after, PAGE);
            if (page.isEmpty()) {
                break;
            }
            List<String> texts = new ArrayList<>();
            List<UUID> ids = new ArrayList<>();
            for (ChunkRepository.StoredChunk c : page) {
                texts.add(IngestionService.embeddingText(c.documentTitle(), c.text()));
                ids.add(c.id());
            }
            updatePage(ids, embedder.embedDocuments(texts));
            done += page.size();
            after = page.get(page.size() - 1).id();
        }
        guard.adopted();
        long millis = (System.nanoTime() - start) / 1_000_000;
        LOG.infof("re-embedded %d chunks with %s in %d ms", done, embedder.modelName(), millis);
        return new Result(embedder.modelName(), embedder.dimension(), done, millis);
    }

    @Transactional
    void updatePage(List<UUID> ids, List<float[]> vectors) {
        chunks.updateEmbeddings(ids, vectors);
    }
}
