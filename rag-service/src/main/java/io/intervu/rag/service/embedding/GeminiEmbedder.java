package io.intervu.rag.service.embedding;

import io.intervu.rag.client.GeminiEmbeddingClient;

import java.util.ArrayList;
import java.util.List;

/** Gemini text embeddings, truncated to the same 384 dimensions as the stored column. */
public class GeminiEmbedder implements Embedder {

    private final GeminiEmbeddingClient client;
    private final String model;
    private final int batchSize;

    public GeminiEmbedder(GeminiEmbeddingClient client, String model, int batchSize) {
        this.client = client;
        this.model = model;
        this.batchSize = Math.max(1, Math.min(100, batchSize));
    }

    @Override
    public String modelName() {
        return "gemini:" + model;
    }

    @Override
    public int dimension() {
        return MiniLmEmbedder.DIMENSION;
    }

    @Override
    public List<float[]> embedDocuments(List<String> texts) {
        return inBatches(texts, "RETRIEVAL_DOCUMENT");
    }

    @Override
    public List<float[]> embedQueries(List<String> texts) {
        return inBatches(texts, "RETRIEVAL_QUERY");
    }

    private List<float[]> inBatches(List<String> texts, String taskType) {
        List<float[]> vectors = new ArrayList<>(texts.size());
        for (int from = 0; from < texts.size(); from += batchSize) {
            vectors.addAll(client.embed(texts.subList(from, Math.min(texts.size(), from + batchSize)), taskType));
        }
        return vectors;
    }
}
