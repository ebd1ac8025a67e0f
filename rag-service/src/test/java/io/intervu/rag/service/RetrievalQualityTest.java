package io.intervu.rag.service;

import io.intervu.rag.repository.ChunkHit;
import io.intervu.rag.repository.DocumentRepository;
import io.intervu.rag.repository.DocumentRow;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Retrieval quality over the starter corpus: every query in retrieval-queries.tsv names the one
 * document it should find. Reports hit@1 and hit@3 (over chunks, as the API returns them) and the
 * cosine scores of the right hits, which is what the minScore default has to live with.
 */
@QuarkusTest
class RetrievalQualityTest {

    /** Floor a little under the measured rate (README), so a real regression fails. */
    static final double HIT_AT_3_FLOOR = 0.88;

    @Inject
    SearchService search;
    @Inject
    DocumentRepository documents;

    record Case(String query, String expected) {
    }

    @Test
    void topThreeHitRateOnTheStarterCorpus() throws Exception {
        Map<UUID, String> slugById = new HashMap<>();
        for (DocumentRow d : documents.list(500, 0)) {
            String source = d.source();
            slugById.put(d.id(), source.substring(source.lastIndexOf('/') + 1).replace(".md", ""));
        }
        List<Case> cases = cases();
        assertTrue(cases.size() >= 30, "at least 30 queries");
        List<String> missing = cases.stream().map(Case::expected).distinct().filter(e -> !slugById.containsValue(e)).toList();
        assertTrue(missing.isEmpty(), "expected documents not loaded: " + missing);

        int hit1 = 0;
        int hit3 = 0;
        List<Double> rightScores = new ArrayList<>();
        List<String> misses = new ArrayList<>();
        for (Case c : cases) {
            List<ChunkHit> hits = search.search(new SearchService.Query(List.of(c.query()), 3, -1, List.of(), List.of(), false));
            int rank = -1;
            for (int i = 0; i < hits.size(); i++) {
                if (c.expected().equals(slugById.get(hits.get(i).documentId()))) {
                    rank = i;
                    rightScores.add(hits.get(i).score());
                    break;
                }
            }
            if (rank == 0) {
                hit1++;
            }
            if (rank >= 0) {
                hit3++;
            } else {
                misses.add(c.query() + " -> expected " + c.expected() + ", got "
                        + hits.stream().map(h -> slugById.get(h.documentId()) + String.format("(%.3f)", h.score())).toList());
            }
        }
        double rate3 = (double) hit3 / cases.size();
        double[] scores = rightScores.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        long below = Arrays.stream(scores).filter(s -> s < 0.58).count();
        System.out.printf("RETRIEVAL QUALITY: %d queries, hit@1 %.3f, hit@3 %.3f%n", cases.size(), (double) hit1 / cases.size(), rate3);
        System.out.printf("RETRIEVAL SCORES of the right hit: min %.3f p10 %.3f p25 %.3f median %.3f p75 %.3f max %.3f; %d of %d below 0.58%n",
                scores[0], pct(scores, 10), pct(scores, 25), pct(scores, 50), pct(scores, 75), scores[scores.length - 1], below, scores.length);
        misses.forEach(m -> System.out.println("RETRIEVAL MISS: " + m));
        assertTrue(rate3 >= HIT_AT_3_FLOOR, "hit@3 " + rate3 + " under the floor " + HIT_AT_3_FLOOR);
    }

    private static double pct(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.floor(p / 100.0 * sorted.length))];
    }

    static List<Case> cases() throws Exception {
        List<Case> cases = new ArrayList<>();
        try (InputStream in = RetrievalQualityTest.class.getClassLoader().getResourceAsStream("retrieval-queries.tsv");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            boolean header = true;
            while ((line = reader.readLine()) != null) {
                if (header) {
                    header = false;
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length >= 2 && !cols[0].isBlank()) {
                    cases.add(new Case(cols[0].strip(), cols[1].strip()));
                }
            }
        }
        return cases;
    }
}
