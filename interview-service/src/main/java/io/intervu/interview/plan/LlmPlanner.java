package io.intervu.interview.plan;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.intervu.interview.analysis.Analysis;
import io.intervu.interview.client.KnowledgeDtos;
import io.intervu.interview.client.LlmChat;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;

/**
 * The plan from the configured language model (LLM_PROVIDER). The output must pass {@link PlanValidator};
 * a failed or invalid attempt is retried once, then the caller uses the offline planner. Each failure
 * is added to the notes the interview keeps.
 */
@ApplicationScoped
public class LlmPlanner {

    static final int ATTEMPTS = 2;

    private final LlmChat llm;
    private final ObjectMapper json;

    public LlmPlanner(LlmChat llm, ObjectMapper json) {
        this.llm = llm;
        this.json = json;
    }

    public boolean enabled() {
        return llm.configured();
    }

    /** The plan's source: the provider's name. */
    public String source() {
        return llm.provider();
    }

    public String providerName() {
        return llm.providerName();
    }

    public Optional<List<PlannedQuestion>> plan(Analysis analysis, String resume, String jobDescription, int questionCount,
                                                List<KnowledgeDtos.BankQuestion> bank, List<KnowledgeDtos.SearchHit> context,
                                                List<String> notes) {
        String user = PlanPrompt.user(analysis, resume, jobDescription, questionCount, bank, context);
        Optional<List<PlannedQuestion>> planned = llm.firstValid(llm.provider(), PlanPrompt.system(), user, ATTEMPTS,
                text -> PlanValidator.validate(text, questionCount, bank, json), notes);
        if (planned.isEmpty()) {
            notes.add(llm.provider() + " unusable: offline planner used");
        }
        return planned;
    }
}
