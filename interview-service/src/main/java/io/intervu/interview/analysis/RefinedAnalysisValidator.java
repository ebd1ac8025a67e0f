package io.intervu.interview.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.intervu.interview.analysis.UntrustedText.InvalidOutputException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks an LLM's refined analysis field by field and grounds it in the inputs: topics from the
 * knowledge base's vocabulary, a short role title whose words the JD uses, a company the JD names,
 * projects the resume names. Anything off rejects the whole output with a reason.
 */
final class RefinedAnalysisValidator {

    static final List<String> SENIORITIES = List.of("junior", "mid", "senior", "lead", "staff");
    static final int MIN_TOPICS = 3;
    static final int MAX_ROLE_CHARS = 80;
    static final int MAX_ROLE_WORDS = 10;
    private static final int MAX_SKILLS = 40;
    private static final int MAX_REQUIREMENTS = 30;
    private static final int MAX_PROJECTS = 8;

    private RefinedAnalysisValidator() {
    }

    static Analysis validate(String output, Analysis draft, String resume, String jobDescription, ObjectMapper json, String source) {
        JsonNode root = UntrustedText.parseJson(output, json);
        if (!root.isObject()) {
            throw new InvalidOutputException("not a JSON object");
        }
        String role = role(root, jobDescription);
        String seniority = text(root, "seniority", 10).toLowerCase(Locale.ROOT);
        if (!SENIORITIES.contains(seniority)) {
            throw new InvalidOutputException("unknown seniority " + seniority);
        }
        String company = company(root, jobDescription);
        List<String> topics = topics(root);
        List<String> skills = list(root, "candidateSkills", MAX_SKILLS, 60);
        List<String> requirements = list(root, "requirements", MAX_REQUIREMENTS, 300);
        List<Analysis.Project> projects = projects(root, draft, resume);
        return new Analysis(role, ProfileAnalyzer.roleProfile(role, draft.jobEmphasis()), seniority,
                company != null ? company : draft.company(), draft.candidateName(), topics, draft.jobEmphasis(),
                draft.resumeEvidence(), skills.isEmpty() ? draft.candidateSkills() : skills,
                requirements.isEmpty() ? draft.requirements() : requirements,
                projects.isEmpty() ? draft.projects() : projects, draft.candidateYears(), source);
    }

    /** A title, not a sentence or the whole text, and in the JD's own words (a model cannot invent a role). */
    private static String role(JsonNode root, String jd) {
        String role = text(root, "role", MAX_ROLE_CHARS);
        String[] words = role.split("\\s+");
        if (role.length() < 3 || words.length > MAX_ROLE_WORDS || role.endsWith(".") || role.contains(":")) {
            throw new InvalidOutputException("role is not a short job title");
        }
        Set<String> jdWords = words(jd);
        List<String> roleWords = Arrays.stream(words).map(RefinedAnalysisValidator::word).filter(w -> w.length() > 1).toList();
        long grounded = roleWords.stream().filter(jdWords::contains).count();
        if (roleWords.isEmpty() || grounded * 2 < roleWords.size()) {
            throw new InvalidOutputException("role \"" + role + "\" is not in the job description's words");
        }
        return role;
    }

    private static String company(JsonNode root, String jd) {
        JsonNode v = root.path("company");
        if (v.isMissingNode() || v.isNull() || (v.isTextual() && v.asText().isBlank())) {
            return null;
        }
        String company = text(root, "company", 80);
        if (!UntrustedText.appearsIn(company, jd)) {
            throw new InvalidOutputException("company \"" + company + "\" is not named in the job description");
        }
        return company;
    }

    private static List<String> topics(JsonNode root) {
        JsonNode v = root.path("focusTopics");
        if (!v.isArray() || v.size() < MIN_TOPICS || v.size() > ProfileAnalyzer.MAX_FOCUS_TOPICS) {
            throw new InvalidOutputException("focusTopics must list " + MIN_TOPICS + " to " + ProfileAnalyzer.MAX_FOCUS_TOPICS + " topics");
        }
        Set<String> topics = new LinkedHashSet<>();
        for (JsonNode t : v) {
            String topic = t.isTextual() ? t.asText().strip().toLowerCase(Locale.ROOT) : "";
            if (!TopicVocabulary.isTopic(topic) || TopicVocabulary.BEHAVIOURAL_TOPICS.contains(topic)) {
                throw new InvalidOutputException("unknown focus topic " + abbreviate(t.toString()));
            }
            topics.add(topic);
        }
        if (topics.size() < MIN_TOPICS) {
            throw new InvalidOutputException("focusTopics repeat themselves");
        }
        return List.copyOf(topics);
    }

    private static List<String> list(JsonNode root, String field, int maxItems, int maxChars) {
        JsonNode v = root.path(field);
        if (v.isMissingNode() || v.isNull()) {
            return List.of();
        }
        if (!v.isArray() || v.size() > maxItems) {
            throw new InvalidOutputException(field + " must be a list of at most " + maxItems);
        }
        Set<String> out = new LinkedHashSet<>();
        for (JsonNode item : v) {
            String s = item.isTextual() ? UntrustedText.clean(item.asText()) : "";
            if (s.isEmpty() || s.length() > maxChars) {
                throw new InvalidOutputException("invalid " + field + " item " + abbreviate(item.toString()));
            }
            out.add(s);
        }
        return List.copyOf(out);
    }

    /** Every project must be named in the resume: a deep-dive question about invented work would be absurd. */
    private static List<Analysis.Project> projects(JsonNode root, Analysis draft, String resume) {
        JsonNode v = root.path("projects");
        if (v.isMissingNode() || v.isNull()) {
            return List.of();
        }
        if (!v.isArray() || v.size() > MAX_PROJECTS) {
            throw new InvalidOutputException("projects must be a list of at most " + MAX_PROJECTS);
        }
        ResumeSections sections = ResumeSections.of(resume);
        List<Analysis.Project> out = new ArrayList<>();
        for (JsonNode p : v) {
            String name = p.path("name").isTextual() ? UntrustedText.clean(p.path("name").asText()) : "";
            if (name.length() < 2 || name.length() > 80) {
                throw new InvalidOutputException("invalid project name " + abbreviate(p.path("name").toString()));
            }
            if (!UntrustedText.appearsIn(name, resume)) {
                throw new InvalidOutputException("project \"" + abbreviate(name) + "\" is not named in the resume");
            }
            String description = p.path("description").isTextual() ? UntrustedText.clean(p.path("description").asText()) : "";
            if (description.length() > 600) {
                throw new InvalidOutputException("project description longer than 600");
            }
            out.add(new Analysis.Project(name, description.length() > 400 ? description.substring(0, 400) : description,
                    section(name, draft, sections)));
        }
        return out;
    }

    private static String section(String name, Analysis draft, ResumeSections sections) {
        for (Analysis.Project known : draft.projects()) {
            if (known.name().equalsIgnoreCase(name)) {
                return known.section();
            }
        }
        for (String kind : List.of(ResumeSections.PROJECTS, ResumeSections.EXPERIENCE)) {
            if (UntrustedText.appearsIn(name, String.join("\n", sections.lines(kind)))) {
                return kind;
            }
        }
        return ResumeSections.OTHER;
    }

    private static String text(JsonNode root, String field, int max) {
        JsonNode v = root.path(field);
        if (!v.isTextual() || v.asText().isBlank()) {
            throw new InvalidOutputException("missing " + field);
        }
        String s = UntrustedText.clean(v.asText());
        if (s.isEmpty() || s.length() > max) {
            throw new InvalidOutputException(field + " longer than " + max);
        }
        return s;
    }

    private static Set<String> words(String text) {
        return Arrays.stream(text.split("\\s+")).map(RefinedAnalysisValidator::word).filter(w -> !w.isEmpty()).collect(Collectors.toSet());
    }

    private static String word(String w) {
        return w.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}+#]", "");
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
