package io.intervu.interview.analysis;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.intervu.interview.client.GeminiChat;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;

/**
 * Gemini refines the offline (CoreNLP) analysis when GOOGLE_API_KEY is set. The output must pass
 * {@link RefinedAnalysisValidator}; a failed or invalid attempt is retried once, then the CoreNLP
 * analysis is kept. Each failure is added to the notes the interview keeps.
 */
@ApplicationScoped
public class GeminiAnalysisRefiner {

    static final int ATTEMPTS = 2;

    private final GeminiChat gemini;
    private final ObjectMapper json;
    private final boolean wanted;

    public GeminiAnalysisRefiner(GeminiChat gemini, ObjectMapper json,
                                 @ConfigProperty(name = "intervu.gemini.refine-analysis", defaultValue = "true") boolean wanted) {
        this.gemini = gemini;
        this.json = json;
        this.wanted = wanted;
    }

    public boolean enabled() {
        return wanted && gemini.configured();
    }

    /** The refined analysis (source "gemini"), or {@code draft} itself (source "corenlp") when Gemini is unusable. */
    public Analysis refine(Analysis draft, String resume, String jobDescription, List<String> notes) {
        String user = AnalysisPrompt.user(draft, resume, jobDescription);
        return gemini.firstValid("gemini analysis", AnalysisPrompt.system(), user, ATTEMPTS,
                        text -> RefinedAnalysisValidator.validate(text, draft, resume, jobDescription, json), notes)
                .orElseGet(() -> {
                    notes.add("gemini analysis unusable: CoreNLP analysis kept");
                    return draft;
                });
    }
}
