package io.intervu.rag.service;

import io.intervu.rag.repository.ChunkHit;

import java.util.ArrayList;
import java.util.List;

/**
 * Maximal marginal relevance: repeatedly take the candidate with the best
 * {@code lambda * relevance - (1 - lambda) * max similarity to what is already taken}, so near-copies
 * (overlapping chunks, one document's neighbouring sections) give way to other material.
 */
final class Mmr {

    private Mmr() {
    }

    static List<ChunkHit> select(List<ChunkHit> candidates, int k, double lambda) {
        List<ChunkHit> remaining = new ArrayList<>(candidates);
        List<ChunkHit> picked = new ArrayList<>();
        while (picked.size() < k && !remaining.isEmpty()) {
            int bestIndex = 0;
            double bestValue = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < remaining.size(); i++) {
                ChunkHit c = remaining.get(i);
                double redundancy = 0;
                for (ChunkHit p : picked) {
                    redundancy = Math.max(redundancy, cosine(c.embedding(), p.embedding()));
                }
                double value = lambda * c.score() - (1 - lambda) * redundancy;
                if (value > bestValue) {
                    bestValue = value;
                    bestIndex = i;
                }
            }
            picked.add(remaining.remove(bestIndex));
        }
        return picked;
    }

    static double cosine(float[] a, float[] b) {
        if (a == null || b == null) {
            return 0;
        }
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }
}
