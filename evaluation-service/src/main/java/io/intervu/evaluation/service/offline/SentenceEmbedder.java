package io.intervu.evaluation.service.offline;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * In-process sentence embeddings (ONNX models shipped in their jars; no network): all-MiniLM-L6-v2
 * or the quantized bge-small-en-v1.5. The model is loaded once on first use. Questions and key
 * points repeat across answers, so their vectors are cached (bounded).
 */
public class SentenceEmbedder {

    /** The encoders this service can use; {@code key} names them in configuration and in the fitted weights. */
    public enum Encoder {
        MINILM("minilm", "all-MiniLM-L6-v2", AllMiniLmL6V2EmbeddingModel::new),
        BGE_SMALL("bge-small", "bge-small-en-v1.5-q", BgeSmallEnV15QuantizedEmbeddingModel::new);

        public final String key;
        public final String modelName;
        private final Supplier<EmbeddingModel> factory;

        Encoder(String key, String modelName, Supplier<EmbeddingModel> factory) {
            this.key = key;
            this.modelName = modelName;
            this.factory = factory;
        }

        public static Encoder byKey(String key) {
            for (Encoder e : values()) {
                if (e.key.equalsIgnoreCase(key)) {
                    return e;
                }
            }
            throw new IllegalArgumentException("unknown encoder '" + key + "' (known: minilm, bge-small)");
        }
    }

    private static final int CACHE_LIMIT = 4096;
    private static final int WORD_CACHE_LIMIT = 50_000;

    private final Encoder encoder;
    private volatile EmbeddingModel model;
    private final Map<String, float[]> cache = new ConcurrentHashMap<>();
    private final Map<String, float[]> wordCache = new ConcurrentHashMap<>();

    public SentenceEmbedder(Encoder encoder) {
        this.encoder = encoder;
    }

    public Encoder encoder() {
        return encoder;
    }

    private EmbeddingModel model() {
        EmbeddingModel m = model;
        if (m == null) {
            synchronized (this) {
                if (model == null) {
                    model = encoder.factory.get();
                }
                m = model;
            }
        }
        return m;
    }

    /** Loads the model now (at start-up) instead of on the first answer. */
    public void warmUp() {
        embed(List.of("warm up"));
    }

    /** Embeds answer text; never cached (answers are personal data and rarely repeat). */
    public List<float[]> embed(List<String> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        List<TextSegment> segments = new ArrayList<>(texts.size());
        for (String t : texts) {
            segments.add(TextSegment.from(t.isBlank() ? "." : t));
        }
        List<float[]> out = new ArrayList<>(texts.size());
        model().embedAll(segments).content().forEach(e -> out.add(normalise(e.vector())));
        return out;
    }

    /**
     * Embeds single words, cached (bounded): words repeat across answers, and a lone word says nothing
     * about who wrote it.
     */
    public List<float[]> embedWords(List<String> words) {
        return cached(words, wordCache, WORD_CACHE_LIMIT);
    }

    /** Embeds plan text (questions, key points, roles), cached. */
    public List<float[]> embedCached(List<String> texts) {
        return cached(texts, cache, CACHE_LIMIT);
    }

    /** Vectors of the texts, computing only those not cached; the cache is emptied when it would grow past its limit. */
    private List<float[]> cached(List<String> texts, Map<String, float[]> store, int limit) {
        Map<String, float[]> found = new java.util.HashMap<>();
        List<String> missing = new ArrayList<>();
        for (String t : texts) {
            float[] v = store.get(t);
            if (v != null) {
                found.put(t, v);
            } else if (!found.containsKey(t) && !missing.contains(t)) {
                missing.add(t);
            }
        }
        if (!missing.isEmpty()) {
            if (store.size() + missing.size() > limit) {
                store.clear();
            }
            List<float[]> vectors = embed(missing);
            for (int i = 0; i < missing.size(); i++) {
                store.put(missing.get(i), vectors.get(i));
                found.put(missing.get(i), vectors.get(i));
            }
        }
        List<float[]> out = new ArrayList<>(texts.size());
        for (String t : texts) {
            out.add(found.get(t));
        }
        return out;
    }

    public static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }

    private static float[] normalise(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        if (norm == 0) {
            return v;
        }
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = (float) (v[i] / norm);
        }
        return out;
    }
}
