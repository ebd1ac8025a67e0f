package io.intervu.interview.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the role title, company, seniority and requirement lines out of a job description. */
public final class JobDescriptionReader {

    private static final Pattern ROLE_NOUN = Pattern.compile(
            "(?i)\\b(engineer|developer|scientist|analyst|architect|designer|manager|administrator|consultant|specialist|"
                    + "programmer|sre|devops|lead|head of|intern|researcher|tester)\\b");
    private static final Pattern HIRING = Pattern.compile(
            "(?i)\\b(?:hiring|looking for|seeking|searching for|recruiting)\\s+(?:an?\\s+|our next\\s+|a new\\s+)?"
                    + "([A-Za-z][\\w/+#.-]*(?:\\s+[A-Za-z][\\w/+#.-]*){0,6}?)\\s*(?:\\bto\\b|\\bwho\\b|\\bwith\\b|\\bfor\\b|\\bin\\b|[,.;:(–-]|$)");
    private static final Pattern COMPANY = Pattern.compile(
            "(?:\\bat|\\bjoin|\\bAbout|\\bCompany:)\\s+([A-Z][\\w&.'-]*(?:\\s+[A-Z][\\w&.'-]*){0,3})");
    private static final Pattern COMPANY_HIRING = Pattern.compile("^([A-Z][\\w&.'-]*(?:\\s+[A-Z][\\w&.'-]*){0,3})\\s+is\\s+(?:hiring|looking)");
    private static final Set<String> NOT_A_COMPANY = Set.of("the", "our", "us", "you", "we", "this", "a", "an", "scale", "least", "home");
    private static final Pattern REQUIREMENT_HEADER = Pattern.compile(
            "(?i)^(requirements|what we are looking for|what we're looking for|what you bring|you have|must have|must-have|"
                    + "qualifications|required|skills|who you are|about you|nice to have|bonus|what you will need|what you'll need).*");
    private static final Pattern YEARS = Pattern.compile("(\\d{1,2})\\s*\\+?\\s*(?:years|yrs)");

    private JobDescriptionReader() {
    }

    /** The role title: a title line, a "hiring a ..." phrase, or the first heading naming a role; never the whole text. */
    public static String roleTitle(String jd) {
        List<String> lines = lines(jd);
        if (!lines.isEmpty() && looksLikeTitle(lines.get(0))) {
            return trimTitle(lines.get(0));
        }
        Matcher hiring = HIRING.matcher(jd);
        while (hiring.find()) {
            String phrase = hiring.group(1).strip();
            if (ROLE_NOUN.matcher(phrase).find()) {
                return trimTitle(phrase);
            }
        }
        for (String line : lines.subList(0, Math.min(lines.size(), 15))) {
            if (looksLikeTitle(line)) {
                return trimTitle(line);
            }
        }
        return null;
    }

    static boolean looksLikeTitle(String line) {
        String words[] = line.split("\\s+");
        return line.length() <= 100 && words.length <= 12 && !line.endsWith(".") && ROLE_NOUN.matcher(line).find()
                && !line.startsWith("-") && !line.startsWith("*") && !line.startsWith("•");
    }

    /** "Senior Backend Engineer – Payments Platform (Java / Kafka)" -> "Senior Backend Engineer". */
    static String trimTitle(String line) {
        String title = line.replaceAll("^[#*_\\s]+|[*_\\s]+$", "") // markdown: "# Title", "**Title**"
                .replaceAll("\\(.*?\\)", " ").replaceAll("(?i)^(job title|role|position)\\s*:\\s*", "");
        for (String separator : new String[]{" – ", " — ", " - ", ",", " | ", ":"}) {
            int at = title.indexOf(separator);
            if (at > 0 && ROLE_NOUN.matcher(title.substring(0, at)).find()) {
                title = title.substring(0, at);
            }
        }
        title = title.replaceAll("\\s+", " ").strip();
        String[] words = title.split(" ");
        if (words.length > 8) {
            title = String.join(" ", java.util.Arrays.copyOf(words, 8));
        }
        return title;
    }

    public static String company(String jd) {
        for (String line : lines(jd)) {
            Matcher hiring = COMPANY_HIRING.matcher(line);
            if (hiring.find()) {
                return hiring.group(1);
            }
        }
        Matcher m = COMPANY.matcher(jd);
        while (m.find()) {
            String name = m.group(1).strip().replaceAll("[.,]$", "");
            if (!NOT_A_COMPANY.contains(name.split("\\s+")[0].toLowerCase(Locale.ROOT)) && !ROLE_NOUN.matcher(name).find()) {
                return name;
            }
        }
        return null;
    }

    public static String seniority(String title, String jd) {
        String t = (title == null ? "" : title).toLowerCase(Locale.ROOT);
        if (t.matches(".*\\b(intern|internship|graduate|junior|jr\\.?|entry)\\b.*")) {
            return "junior";
        }
        if (t.matches(".*\\b(principal|staff|distinguished)\\b.*")) {
            return "staff";
        }
        if (t.matches(".*\\b(lead|head)\\b.*")) {
            return "lead";
        }
        if (t.matches(".*\\b(senior|sr\\.?)\\b.*")) {
            return "senior";
        }
        Integer years = maxYears(jd);
        if (years == null) {
            return "mid";
        }
        return years >= 8 ? "staff" : years >= 5 ? "senior" : years >= 2 ? "mid" : "junior";
    }

    public static Integer maxYears(String text) {
        Matcher m = YEARS.matcher(text);
        Integer max = null;
        while (m.find()) {
            int years = Integer.parseInt(m.group(1));
            if (years <= 40 && (max == null || years > max)) {
                max = years;
            }
        }
        return max;
    }

    /** Bullet lines under requirement headings, and inline "Must have: ..." lists. */
    public static List<String> requirements(String jd) {
        List<String> out = new ArrayList<>();
        boolean inRequirements = false;
        for (String line : lines(jd)) {
            boolean bullet = line.matches("^[-*•·▪◦]\\s*.*");
            if (REQUIREMENT_HEADER.matcher(line).matches()) {
                inRequirements = true;
                int colon = line.indexOf(':');
                if (colon > 0 && colon < line.length() - 1) {
                    out.add(line.substring(colon + 1).strip());
                }
                continue;
            }
            if (inRequirements && bullet) {
                out.add(line.replaceFirst("^[-*•·▪◦]\\s*", ""));
            } else if (!bullet && line.split("\\s+").length <= 6) {
                inRequirements = false;
            }
        }
        return out;
    }

    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        for (String raw : text.split("\\R")) {
            String line = raw.strip();
            if (!line.isEmpty()) {
                lines.add(line);
            }
        }
        return lines;
    }
}
