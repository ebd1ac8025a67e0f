package io.intervu.rag.service.embedding;

import io.intervu.rag.client.GeminiEmbeddingClient;
import io.intervu.rag.config.RagConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** Picks the embedding provider from configuration; an unusable choice stops the service at startup. */
public class EmbedderProducer {

    @Produces
    @ApplicationScoped
    Embedder embedder(RagConfig config) {
        String provider = config.embedding().provider().trim().toLowerCase();
        switch (provider) {
            case "minilm":
                return new MiniLmEmbedder();
            case "gemini":
                RagConfig.Embedding.Gemini gemini = config.embedding().gemini();
                String key = gemini.apiKey().filter(k -> !k.isBlank())
                        .orElseThrow(() -> new IllegalStateException("rag.embedding.provider=gemini needs GOOGLE_API_KEY"));
                GeminiEmbeddingClient client = new GeminiEmbeddingClient(gemini.baseUrl(), key, gemini.model(),
                        MiniLmEmbedder.DIMENSION, gemini.timeout());
                return new GeminiEmbedder(client, gemini.model(), gemini.batchSize());
            default:
                throw new IllegalStateException("unknown rag.embedding.provider '" + provider + "' (minilm or gemini)");
        }
    }
}
