package io.intervu.interview.plan;

import io.intervu.interview.analysis.Analysis;
import io.intervu.interview.client.KnowledgeDtos;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;

/** Placeholder until the Gemini planner lands: never enabled. */
@ApplicationScoped
public class GeminiPlanner {

    public boolean enabled() {
        return false;
    }

    public String providerName() {
        return "offline";
    }

    public Optional<List<PlannedQuestion>> plan(Analysis analysis, String resume, String jobDescription, int questionCount,
                                                List<KnowledgeDtos.BankQuestion> bank, List<KnowledgeDtos.SearchHit> context,
                                                List<String> notes) {
        return Optional.empty();
    }
}
