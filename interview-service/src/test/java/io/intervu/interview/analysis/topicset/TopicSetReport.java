package io.intervu.interview.analysis.topicset;

import java.util.List;
import java.util.Locale;

/** The per-pair table and the macro-averaged totals, as printed by {@code FocusTopicAccuracyTest}. */
public record TopicSetReport(String part, List<PairScore> scores) {

    public double meanPrecision() {
        return scores.stream().mapToDouble(PairScore::precision).average().orElse(0);
    }

    public double meanRecall() {
        return scores.stream().mapToDouble(PairScore::recall).average().orElse(0);
    }

    public long mostEmphasisedInTop3() {
        return scores.stream().filter(PairScore::mostEmphasisedInTop3).count();
    }

    public String table() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%n| %s pair | P@6 | R@6 | most emphasised at | focus topics |%n|---|---|---|---|---|%n", part));
        for (PairScore s : scores) {
            out.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %s | %s |%n", s.name(), s.precision(), s.recall(),
                    s.mostEmphasisedRank() == 0 ? "absent" : String.valueOf(s.mostEmphasisedRank()), String.join(", ", s.predicted())));
        }
        out.append(String.format(Locale.ROOT, "| **%s: %d pairs** | **%.2f** | **%.2f** | **%d/%d in top 3** | |%n", part, scores.size(),
                meanPrecision(), meanRecall(), mostEmphasisedInTop3(), scores.size()));
        return out.toString();
    }
}
