package io.intervu.interview.plan;

import io.intervu.interview.client.KnowledgeDtos;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Carries what a planned question's bank question knows beyond the plan's fields: the probe of each key point and
 * the texts of the other questions of the same knowledge document (its neighbours). Works for either planner, so a
 * Gemini plan that reuses a bank question and its key points gets the same probes.
 */
final class BankDetails {

    private BankDetails() {
    }

    static List<PlannedQuestion> attach(List<PlannedQuestion> plan, List<KnowledgeDtos.BankQuestion> bank,
                                        List<KnowledgeDtos.BankQuestion> fallbackBank) {
        List<KnowledgeDtos.BankQuestion> all = new ArrayList<>(bank);
        all.addAll(fallbackBank);
        return plan.stream().map(q -> attach(q, all, bank)).toList();
    }

    private static PlannedQuestion attach(PlannedQuestion q, List<KnowledgeDtos.BankQuestion> all, List<KnowledgeDtos.BankQuestion> bank) {
        KnowledgeDtos.BankQuestion source = q.questionRef() == null ? null
                : all.stream().filter(b -> q.questionRef().equals(b.ref())).findFirst().orElse(null);
        List<String> probes = source == null ? q.probes() : probes(q.keyPoints(), source);
        List<String> neighbours = q.documentId() == null ? List.of() : bank.stream()
                .filter(b -> q.documentId().equals(b.documentId()) && !Objects.equals(q.questionRef(), b.ref()) && b.question() != null)
                .map(KnowledgeDtos.BankQuestion::question).distinct().toList();
        return q.withBankDetails(probes, neighbours);
    }

    /**
     * The bank's probe for each planned key point that is one of the bank question's key points, "" for a point the
     * planner reworded or added (the loop then asks a generic probe); aligned with the key points, so probes[i]
     * always belongs to keyPoints[i]. Empty when no point matches.
     */
    static List<String> probes(List<String> keyPoints, KnowledgeDtos.BankQuestion source) {
        List<String> bankPoints = source.keyPoints() == null ? List.of() : source.keyPoints();
        List<String> bankProbes = source.probes() == null ? List.of() : source.probes();
        if (bankProbes.size() != bankPoints.size()) {
            return List.of();
        }
        List<String> probes = new ArrayList<>();
        for (String keyPoint : keyPoints) {
            int at = -1;
            for (int i = 0; i < bankPoints.size() && at < 0; i++) {
                if (normal(bankPoints.get(i)).equals(normal(keyPoint))) {
                    at = i;
                }
            }
            probes.add(at < 0 ? "" : bankProbes.get(at));
        }
        return probes.stream().allMatch(String::isEmpty) ? List.of() : probes;
    }

    private static String normal(String s) {
        return s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
    }
}
