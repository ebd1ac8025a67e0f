package io.intervu.rag.service.embedding;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;

import java.util.List;

/** all-MiniLM-L6-v2 run in-process through ONNX Runtime: offline, no key, 384 dimensions. */
public class MiniLmEmbedder implements Embedder {

    public static final String MODEL_NAME = "all-minilm-l6-v2";
    public static final int DIMENSION = 384;

    // Loading the ONNX model costs ~1 s and ~600 MB, so one instance serves the whole service.
    private final AllMiniLmL6V2EmbeddingModel model = new AllMiniLmL6V2EmbeddingModel();

    @Override
    public String modelName() {
        return MODEL_NAME;
    }

    @Override
    public int dimension() {
        return DIMENSION;
    }

    @Override
    public List<float[]> embedDocuments(List<String> texts) {
        return embed(texts);
    }

    @Override
    public List<float[]> embedQueries(List<String> texts) {
        return embed(texts);
    }

    private List<float[]> embed(List<String> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        List<TextSegment> segments = texts.stream().map(TextSegment::from).toList();
        return model.embedAll(segments).content().stream().map(Embedding::vector).toList();
    }
}
