package io.intervu.interview.analysis.topicset;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How well the predicted focus topics (at most {@link #TOP_K}) match one labelled pair.
 * Recall: share of expected entries with an alternative among the predictions. Precision: share of
 * predictions that are an alternative of some expected entry. Rank of the most emphasised: 1-based, 0 = absent.
 */
public record PairScore(String name, List<String> predicted, double precision, double recall, int mostEmphasisedRank) {

    public static final int TOP_K = 6;

    public static PairScore of(LabelledPair pair, List<String> focusTopics) {
        List<String> top = focusTopics.subList(0, Math.min(TOP_K, focusTopics.size()));
        Set<String> anyExpected = new HashSet<>();
        pair.expected().forEach(anyExpected::addAll);
        long relevant = top.stream().filter(anyExpected::contains).count();
        long found = pair.expected().stream().filter(alternatives -> alternatives.stream().anyMatch(top::contains)).count();
        int rank = 0;
        for (int i = 0; i < top.size() && rank == 0; i++) {
            if (pair.mostEmphasised().contains(top.get(i))) {
                rank = i + 1;
            }
        }
        double precision = top.isEmpty() ? 0 : (double) relevant / top.size();
        return new PairScore(pair.name(), top, precision, (double) found / pair.expected().size(), rank);
    }

    public boolean mostEmphasisedInTop3() {
        return mostEmphasisedRank >= 1 && mostEmphasisedRank <= 3;
    }
}
