package io.intervu.rag.service.chunk;

import dev.langchain4j.model.embedding.onnx.HuggingFaceTokenCountEstimator;
import jakarta.enterprise.context.ApplicationScoped;

/** Counts BERT word-piece tokens, the unit all-MiniLM-L6-v2 reads, with the tokenizer shipped by langchain4j. */
@ApplicationScoped
public class TokenCounter {

    private final HuggingFaceTokenCountEstimator estimator = new HuggingFaceTokenCountEstimator();

    public int count(String text) {
        return text.isEmpty() ? 0 : estimator.estimateTokenCountInText(text);
    }
}
