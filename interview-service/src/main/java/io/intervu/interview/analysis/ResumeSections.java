package io.intervu.interview.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Splits a resume into its sections by the many ways people spell the headers. */
public final class ResumeSections {

    public static final String HEAD = "head";
    public static final String EXPERIENCE = "experience";
    public static final String PROJECTS = "projects";
    public static final String SKILLS = "skills";
    public static final String OTHER = "other";

    private static final Map<String, String> HEADERS = new LinkedHashMap<>();
    private static final Pattern NON_LETTERS = Pattern.compile("[^a-z& ]");

    static {
        for (String h : List.of("experience", "work experience", "professional experience", "work history", "employment",
                "employment history", "career history", "relevant experience", "career", "professional background",
                "positions held", "experience & projects")) {
            HEADERS.put(h, EXPERIENCE);
        }
        for (String h : List.of("projects", "project", "personal projects", "side projects", "selected projects", "selected work",
                "key projects", "notable projects", "open source", "open source projects", "portfolio", "project experience",
                "academic projects", "things i have built", "things i've built")) {
            HEADERS.put(h, PROJECTS);
        }
        for (String h : List.of("skills", "technical skills", "core skills", "key skills", "technologies", "tech stack",
                "skills & tools", "tools", "competencies", "core competencies")) {
            HEADERS.put(h, SKILLS);
        }
        for (String h : List.of("summary", "profile", "about", "about me", "objective", "education", "languages",
                "certifications", "awards", "interests", "publications", "contact", "references", "volunteering", "hobbies")) {
            HEADERS.put(h, OTHER);
        }
    }

    private final Map<String, List<String>> sections = new LinkedHashMap<>();

    private ResumeSections() {
    }

    public static ResumeSections of(String text) {
        ResumeSections result = new ResumeSections();
        String current = HEAD;
        for (String raw : text.split("\\R")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            String kind = headerKind(line);
            if (kind != null) {
                current = kind;
                result.sections.computeIfAbsent(current, k -> new ArrayList<>());
                continue;
            }
            result.sections.computeIfAbsent(current, k -> new ArrayList<>()).add(line);
        }
        return result;
    }

    /** The section kind when the line is a header, else null. */
    static String headerKind(String line) {
        if (line.length() > 40) {
            return null;
        }
        String key = NON_LETTERS.matcher(line.toLowerCase(Locale.ROOT).replace("’", "'").replace("'", ""))
                .replaceAll(" ").replaceAll("\\s+", " ").strip();
        return HEADERS.get(key.replace("ive built", "i've built"));
    }

    public List<String> lines(String kind) {
        return sections.getOrDefault(kind, List.of());
    }

    public boolean has(String kind) {
        return !lines(kind).isEmpty();
    }
}
