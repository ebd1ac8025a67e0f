package io.intervu.interview.analysis;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.intervu.interview.analysis.UntrustedText.InvalidOutputException;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The refined analysis is taken only when every field is well-formed and grounded in the resume and JD. */
class RefinedAnalysisValidatorTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String JD = "Senior Backend Engineer - Payments Platform\nAcme Payments is hiring.\n"
            + "- Apache Kafka, PostgreSQL, Kubernetes.\n";
    private static final String RESUME = "Priya Raman\nPROJECTS\nLedgerly (open source)\nA bookkeeping library.\nSKILLS\nJava, Kafka\n";
    private static final Analysis DRAFT = new Analysis("Senior Backend Engineer", "backend", "senior", null, "Priya Raman",
            List.of("kafka", "sql", "kubernetes"), Map.of("kafka", 4), Map.of("kafka", 2), List.of("Java"), List.of("Kafka"),
            List.of(new Analysis.Project("Ledgerly", "A bookkeeping library.", ResumeSections.PROJECTS)), 6, "corenlp");

    private static Map<String, Object> good() {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("role", "Senior Backend Engineer (Payments)");
        a.put("seniority", "Senior");
        a.put("company", "Acme Payments");
        a.put("focusTopics", List.of("kafka", "databases", "kubernetes"));
        a.put("candidateSkills", List.of("Java", "Kafka", "<b>Kafka</b>"));
        a.put("requirements", List.of("Apache Kafka"));
        a.put("projects", List.of(Map.of("name", "ledgerly", "description", "A bookkeeping library.")));
        return a;
    }

    private static Analysis validate(Map<String, Object> output) {
        return RefinedAnalysisValidator.validate("```json\n" + GeminiWire.write(output) + "\n```", DRAFT, RESUME, JD, JSON, "gemini");
    }

    private static void rejects(Map<String, Object> output, String reason) {
        assertThatThrownBy(() -> validate(output)).isInstanceOf(InvalidOutputException.class).hasMessageContaining(reason);
    }

    @Test
    void groundedOutputRefinesTheDraft() {
        Analysis a = validate(good());
        assertThat(a.source()).isEqualTo("gemini");
        assertThat(a.role()).isEqualTo("Senior Backend Engineer (Payments)");
        assertThat(a.roleProfile()).isEqualTo("backend");
        assertThat(a.seniority()).isEqualTo("senior");
        assertThat(a.company()).isEqualTo("Acme Payments");
        assertThat(a.focusTopics()).containsExactly("kafka", "databases", "kubernetes");
        assertThat(a.candidateSkills()).containsExactly("Java", "Kafka");
        assertThat(a.projects()).singleElement().satisfies(p -> assertThat(p.section()).isEqualTo(ResumeSections.PROJECTS));
        // what Gemini is not asked about stays as CoreNLP found it
        assertThat(a.candidateName()).isEqualTo("Priya Raman");
        assertThat(a.candidateYears()).isEqualTo(6);
    }

    @Test
    void topicsMustComeFromTheVocabularyAndNotBeBehavioural() {
        Map<String, Object> unknown = good();
        unknown.put("focusTopics", List.of("kafka", "blockchain", "kubernetes"));
        rejects(unknown, "unknown focus topic");
        Map<String, Object> behavioural = good();
        behavioural.put("focusTopics", List.of("kafka", "leadership", "kubernetes"));
        rejects(behavioural, "unknown focus topic");
        Map<String, Object> tooFew = good();
        tooFew.put("focusTopics", List.of("kafka", "kafka", "sql"));
        rejects(tooFew, "repeat");
        Map<String, Object> tooMany = good();
        tooMany.put("focusTopics", List.of("kafka", "sql", "java", "jvm", "rest", "cloud", "docker"));
        rejects(tooMany, "focusTopics must list");
    }

    @Test
    void roleMustBeAShortTitleInTheJobDescriptionsWords() {
        Map<String, Object> whole = good();
        whole.put("role", JD);
        rejects(whole, "role");
        Map<String, Object> sentence = good();
        sentence.put("role", "The strongest applicant you have ever seen");
        rejects(sentence, "not in the job description's words");
        Map<String, Object> missing = good();
        missing.remove("role");
        rejects(missing, "missing role");
    }

    @Test
    void projectsAndCompanyMustBeNamedInTheInputs() {
        Map<String, Object> invented = good();
        invented.put("projects", List.of(Map.of("name", "Quantum Ledger", "description", "Made up.")));
        rejects(invented, "not named in the resume");
        Map<String, Object> company = good();
        company.put("company", "Globex");
        rejects(company, "not named in the job description");
        Map<String, Object> seniority = good();
        seniority.put("seniority", "wizard");
        rejects(seniority, "unknown seniority");
    }

    @Test
    void malformedOutputIsRejected() {
        assertThatThrownBy(() -> RefinedAnalysisValidator.validate("{\"role\": \"Senior", DRAFT, RESUME, JD, JSON, "gemini"))
                .isInstanceOf(InvalidOutputException.class);
        assertThatThrownBy(() -> RefinedAnalysisValidator.validate("Sorry, I cannot help.", DRAFT, RESUME, JD, JSON, "gemini"))
                .hasMessageContaining("no JSON object");
    }
}
