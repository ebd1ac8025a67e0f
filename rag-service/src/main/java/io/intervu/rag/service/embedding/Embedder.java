package io.intervu.rag.service.embedding;

import java.util.List;

/** Turns text into vectors; documents and queries may be embedded differently (Gemini task types). */
public interface Embedder {

    /** Stored with the vectors and checked at startup, e.g. {@code all-minilm-l6-v2}. */
    String modelName();

    int dimension();

    List<float[]> embedDocuments(List<String> texts);

    List<float[]> embedQueries(List<String> texts);
}
