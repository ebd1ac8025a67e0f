package io.intervu.evaluation.service.offline;

import java.util.ArrayList;
import java.util.List;

/**
 * Embedding-based measures of one answer: how close it is to the question (and to this turn's
 * prompt), and how well each key point is covered by some sentence (or pair of
 * adjacent sentences, since one idea often spans two).
 */
public record SemanticMeasures(double questionSimilarity, List<KeyPointMatch> keyPoints) {

    /** Cosine similarity at or above which a key point counts as covered. */
    public static final double COVERED = 0.62;
    /** At or above this it counts as touched on (half credit). */
    public static final double PARTIAL = 0.50;

    public record KeyPointMatch(String keyPoint, double similarity, String bestSentence) {
        public boolean covered() {
            return similarity >= COVERED;
        }

        public boolean partial() {
            return !covered() && similarity >= PARTIAL;
        }
    }

    public long covered() {
        return keyPoints.stream().filter(KeyPointMatch::covered).count();
    }

    public long partial() {
        return keyPoints.stream().filter(KeyPointMatch::partial).count();
    }

    /** Covered key points count fully, touched-on ones half. */
    public double coverage() {
        return keyPoints.isEmpty() ? 0 : (covered() + 0.5 * partial()) / keyPoints.size();
    }

    public static SemanticMeasures measure(SentenceEmbedder embedder, List<String> sentences, String content,
                                           String question, String prompt, List<String> keyPoints) {
        if (sentences.isEmpty()) {
            List<KeyPointMatch> none = new ArrayList<>();
            keyPoints.forEach(k -> none.add(new KeyPointMatch(k, 0, null)));
            return new SemanticMeasures(0, none);
        }
        List<String> units = new ArrayList<>(sentences);
        for (int i = 0; i + 1 < sentences.size(); i++) {
            units.add(sentences.get(i) + " " + sentences.get(i + 1));
        }
        units.add(content);
        List<float[]> unitVectors = embedder.embed(units);
        float[] whole = unitVectors.get(unitVectors.size() - 1);

        List<String> plan = new ArrayList<>(keyPoints);
        plan.add(question);
        plan.add(prompt);
        List<float[]> planVectors = embedder.embedCached(plan);
        int n = keyPoints.size();

        List<KeyPointMatch> matches = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            double best = -1;
            int bestUnit = 0;
            for (int u = 0; u < unitVectors.size(); u++) {
                double sim = SentenceEmbedder.cosine(planVectors.get(k), unitVectors.get(u));
                if (sim > best) {
                    best = sim;
                    bestUnit = u;
                }
            }
            String cited = bestUnit < sentences.size() ? sentences.get(bestUnit)
                    : bestUnit < units.size() - 1 ? sentences.get(bestUnit - sentences.size()) : sentences.get(0);
            matches.add(new KeyPointMatch(keyPoints.get(k), best, cited));
        }
        double questionSim = Math.max(SentenceEmbedder.cosine(whole, planVectors.get(n)),
                SentenceEmbedder.cosine(whole, planVectors.get(n + 1)));
        return new SemanticMeasures(questionSim, matches);
    }
}
