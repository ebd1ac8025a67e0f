package io.intervu.rag.service;

import io.intervu.rag.config.RagConfig;
import io.intervu.rag.repository.ChunkHit;
import io.intervu.rag.repository.ChunkRepository;
import io.intervu.rag.service.embedding.Embedder;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Similarity search over the chunks: every query is embedded and searched on its own, the hits
 * are merged (a chunk found by several queries keeps its best score), cut at minScore, and the
 * top K are picked by score or, with diversity, by maximal marginal relevance.
 */
@ApplicationScoped
public class SearchService {

    private final Embedder embedder;
    private final ChunkRepository chunks;
    private final EmbeddingModelGuard guard;
    private final RagConfig.Search config;

    public SearchService(Embedder embedder, ChunkRepository chunks, EmbeddingModelGuard guard, RagConfig config) {
        this.embedder = embedder;
        this.chunks = chunks;
        this.guard = guard;
        this.config = config.search();
    }

    public record Query(List<String> queries, int topK, double minScore, List<String> topics, List<String> roles,
                        boolean diversity) {
    }

    public List<ChunkHit> search(Query q) {
        guard.requireUsable();
        List<float[]> vectors = embedder.embedQueries(q.queries());
        int candidates = q.topK() * Math.max(1, config.candidateFactor());
        Map<UUID, ChunkHit> best = new LinkedHashMap<>();
        for (float[] vector : vectors) {
            for (ChunkHit hit : chunks.nearest(vector, candidates, q.topics(), q.roles(), config.efSearch(), false, q.diversity())) {
                best.merge(hit.chunkId(), hit, (a, b) -> a.score() >= b.score() ? a : b);
            }
        }
        List<ChunkHit> ranked = new ArrayList<>(best.values().stream().filter(h -> h.score() >= q.minScore()).toList());
        ranked.sort(Comparator.comparingDouble(ChunkHit::score).reversed());
        List<ChunkHit> picked = q.diversity() ? Mmr.select(ranked, q.topK(), config.mmrLambda()) : ranked.subList(0, Math.min(q.topK(), ranked.size()));
        return picked.stream().map(SearchService::withoutEmbedding).toList();
    }

    private static ChunkHit withoutEmbedding(ChunkHit h) {
        return new ChunkHit(h.chunkId(), h.documentId(), h.documentTitle(), h.text(), h.score(), h.topics(), h.roles(), null);
    }
}
