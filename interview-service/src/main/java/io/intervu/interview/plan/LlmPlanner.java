package io.intervu.interview.plan;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.intervu.interview.analysis.Analysis;
import io.intervu.interview.client.GeminiChat;
import io.intervu.interview.client.KnowledgeDtos;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;

/**
 * The plan from Gemini, only when GOOGLE_API_KEY is set. The output must pass {@link PlanValidator};
 * a failed or invalid attempt is retried once, then the caller uses the offline planner. Each failure
 * is added to the notes the interview keeps.
 */
@ApplicationScoped
public class GeminiPlanner {

    static final int ATTEMPTS = 2;

    private final GeminiChat gemini;
    private final ObjectMapper json;

    public GeminiPlanner(GeminiChat gemini, ObjectMapper json) {
        this.gemini = gemini;
        this.json = json;
    }

    public boolean enabled() {
        return gemini.configured();
    }

    public String providerName() {
        return gemini.providerName();
    }

    public Optional<List<PlannedQuestion>> plan(Analysis analysis, String resume, String jobDescription, int questionCount,
                                                List<KnowledgeDtos.BankQuestion> bank, List<KnowledgeDtos.SearchHit> context,
                                                List<String> notes) {
        String user = PlanPrompt.user(analysis, resume, jobDescription, questionCount, bank, context);
        Optional<List<PlannedQuestion>> planned = gemini.firstValid("gemini", PlanPrompt.system(), user, ATTEMPTS,
                text -> PlanValidator.validate(text, questionCount, bank, json), notes);
        if (planned.isEmpty()) {
            notes.add("gemini unusable: offline planner used");
        }
        return planned;
    }
}
