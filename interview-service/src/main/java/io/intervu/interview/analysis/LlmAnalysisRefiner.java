package io.intervu.interview.analysis;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.intervu.interview.client.LlmChat;
import io.intervu.interview.config.LlmConfig;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/**
 * The configured language model (LLM_PROVIDER) refines the offline (CoreNLP) analysis. The output must
 * pass {@link RefinedAnalysisValidator}; a failed or invalid attempt is retried once, then the CoreNLP
 * analysis is kept. Each failure is added to the notes the interview keeps.
 */
@ApplicationScoped
public class LlmAnalysisRefiner {

    static final int ATTEMPTS = 2;

    private final LlmChat llm;
    private final ObjectMapper json;
    private final boolean wanted;

    public LlmAnalysisRefiner(LlmChat llm, ObjectMapper json, LlmConfig config) {
        this.llm = llm;
        this.json = json;
        this.wanted = config.refineAnalysis();
    }

    public boolean enabled() {
        return wanted && llm.configured();
    }

    /** The refined analysis (source: the provider), or {@code draft} itself (source "corenlp") when the model is unusable. */
    public Analysis refine(Analysis draft, String resume, String jobDescription, List<String> notes) {
        String user = AnalysisPrompt.user(draft, resume, jobDescription);
        return llm.firstValid(llm.provider() + " analysis", AnalysisPrompt.system(), user, ATTEMPTS,
                        text -> RefinedAnalysisValidator.validate(text, draft, resume, jobDescription, json, llm.provider()), notes)
                .orElseGet(() -> {
                    notes.add(llm.provider() + " analysis unusable: CoreNLP analysis kept");
                    return draft;
                });
    }
}
