package io.intervu.interview.analysis;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The offline analysis (the topic vocabulary, CoreNLP for the resume's proper nouns): role, seniority,
 * company, skills, requirements, projects and focus topics = what the JD emphasises, ranked by
 * where it says it, the resume's evidence adding a little ({@link FocusTopicRanker}).
 */
@ApplicationScoped
public class ProfileAnalyzer {

    static final int MAX_FOCUS_TOPICS = FocusTopicRanker.MAX_FOCUS_TOPICS;
    private static final Pattern CANDIDATE_YEARS = Pattern.compile("(?i)(\\d{1,2})\\+?\\s*years?\\s+(?:of\\s+)?(?:professional\\s+)?(?:experience|building|developing|working)");
    private static final Pattern PERSON_NAME = Pattern.compile("^\\p{Lu}[\\p{L}'-]+(?:\\s+\\p{Lu}[\\p{L}'.-]+){1,3}$");

    private final TopicMatcher topics;
    private final LanguageAnalyzer language;

    public ProfileAnalyzer(TopicMatcher topics, LanguageAnalyzer language) {
        this.topics = topics;
        this.language = language;
    }

    public Analysis analyse(String resume, String jobDescription) {
        String title = JobDescriptionReader.roleTitle(jobDescription);
        Map<String, Integer> emphasis = JobEmphasis.of(jobDescription, topics);
        ResumeSections sections = ResumeSections.of(resume);
        Map<String, Integer> evidence = ResumeEvidence.of(resume, topics);
        String profile = roleProfile(title, emphasis);
        String role = title != null ? title : defaultTitle(profile);
        return new Analysis(
                role,
                profile,
                JobDescriptionReader.seniority(title, jobDescription),
                JobDescriptionReader.company(jobDescription),
                candidateName(sections),
                FocusTopicRanker.rank(emphasis, evidence, profile),
                emphasis,
                evidence,
                skills(sections, resume),
                JobDescriptionReader.requirements(jobDescription),
                ProjectExtractor.projects(sections),
                candidateYears(resume),
                "corenlp");
    }

    static String roleProfile(String title, Map<String, Integer> emphasis) {
        String t = title == null ? "" : title.toLowerCase(Locale.ROOT);
        if (t.matches(".*\\b(full[ -]?stack)\\b.*")) {
            return "fullstack";
        }
        if (t.matches(".*\\b(front[ -]?end|ui|web developer|react)\\b.*")) {
            return "frontend";
        }
        if (t.matches(".*\\b(data scien\\w*|machine learning|ml|analytics|statistician)\\b.*")) {
            return "data-science";
        }
        if (t.matches(".*\\b(sre|site reliability|devops|platform|infrastructure|cloud)\\b.*")) {
            return "sre";
        }
        if (t.matches(".*\\b(back[ -]?end|java|server|api)\\b.*")) {
            return "backend";
        }
        String best = "backend";
        int bestScore = -1;
        for (String profile : TopicVocabulary.ROLE_PROFILES) {
            int score = 0;
            for (String topic : TopicVocabulary.profileTopics(profile)) {
                score += emphasis.getOrDefault(topic, 0);
            }
            if (score > bestScore) {
                best = profile;
                bestScore = score;
            }
        }
        return best;
    }

    private static String defaultTitle(String profile) {
        return switch (profile) {
            case "frontend" -> "Frontend Engineer";
            case "fullstack" -> "Full-Stack Engineer";
            case "data-science" -> "Data Scientist";
            case "sre" -> "Site Reliability Engineer";
            default -> "Backend Engineer";
        };
    }

    private static String candidateName(ResumeSections sections) {
        List<String> head = sections.lines(ResumeSections.HEAD);
        if (!head.isEmpty()) {
            String first = head.get(0).strip();
            if (PERSON_NAME.matcher(first).matches()) {
                return first;
            }
        }
        return null;
    }

    /** Items of the skills section, else the proper nouns CoreNLP tags in the resume that name a known term. */
    private List<String> skills(ResumeSections sections, String resume) {
        Set<String> skills = new LinkedHashSet<>();
        for (String line : sections.lines(ResumeSections.SKILLS)) {
            for (String item : line.split("[,;·|•]")) {
                String skill = item.replaceAll("\\(.*?\\)", "").strip();
                if (skill.length() >= 1 && skill.length() <= 40 && !skill.isBlank()) {
                    skills.add(skill);
                }
            }
        }
        if (skills.isEmpty()) {
            Set<String> known = new LinkedHashSet<>();
            TopicVocabulary.TERMS.values().forEach(terms -> terms.forEach(term -> known.add(term.toLowerCase(Locale.ROOT))));
            for (LanguageAnalyzer.Token token : language.tokens(resume)) {
                if (token.isProperNoun() && known.contains(token.lemma())) {
                    skills.add(token.word());
                }
            }
        }
        return new ArrayList<>(skills).subList(0, Math.min(skills.size(), 40));
    }

    private static Integer candidateYears(String resume) {
        Matcher m = CANDIDATE_YEARS.matcher(resume);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }
}
