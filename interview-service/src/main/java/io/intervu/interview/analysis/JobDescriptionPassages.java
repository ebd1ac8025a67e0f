package io.intervu.interview.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A job description cut into passages (the title line, a sentence, a bullet), each with the zone it
 * stands in: headings open zones; before any heading, sentences that talk to the candidate or about
 * the role are its summary and the rest is company blurb; a "… is a plus" line is nice-to-have
 * wherever it stands.
 */
final class JobDescriptionPassages {

    /** A piece of the job description and where it was written. */
    record Passage(String text, EmphasisZone zone) {

        /** The zone's weight, half as much again for a duty or requirement that stresses its point. */
        int weight() {
            // only asks are stressed: "we care deeply about observability" in a blurb is culture, not a requirement
            boolean ask = zone == EmphasisZone.DUTIES || zone == EmphasisZone.REQUIREMENTS;
            return ask && STRESSED.matcher(text).find() ? zone.weight() * 3 / 2 : zone.weight();
        }
    }

    private static final Pattern STRESSED = Pattern.compile(
            "(?i)\\b(strong|solid|deep|deeply|expert|expertise|excellent|extensive|proficient|proficiency|fluent|advanced"
                    + "|in-depth|mastery)\\b");

    private static final Pattern NICE_MARKER = Pattern.compile(
            "(?i)(\\bnice[- ]to[- ]have\\b|\\b(is|are|would be|a|an) (big |huge |real )?(plus|bonus|advantage)\\b"
                    + "|\\bbonus points?\\b|^bonus\\b|\\bnot required\\b)");
    private static final Pattern ABOUT_THE_ROLE = Pattern.compile(
            "(?i)\\b(you|you'll|you're|your|we're hiring|we are hiring|is hiring|are hiring|looking for|seeking|this role"
                    + "|the role|this position|join)\\b");
    private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=[.!?])\\s+(?=[\\p{Lu}\\d\"'(])");
    private static final Pattern BULLET_MARK = Pattern.compile("^((?:[-*]|\\d{1,2}[.)])\\s+|[•·▪◦]\\s*)");
    private static final int MAX_UNKNOWN_HEADING_WORDS = 5;

    private JobDescriptionPassages() {
    }

    static List<Passage> of(String jd) {
        List<String> lines = JobDescriptionReader.lines(jd);
        List<Passage> passages = new ArrayList<>();
        int titleLine = titleLine(jd, lines);
        if (titleLine < 0) {
            String title = JobDescriptionReader.roleTitle(jd);
            if (title != null) {
                passages.add(new Passage(title, EmphasisZone.TITLE));
            }
        }
        // without any heading, plain sentences are as likely duties as company blurb
        EmphasisZone intro = hasHeadings(lines) ? EmphasisZone.COMPANY : EmphasisZone.OTHER;
        EmphasisZone zone = null; // null: the introduction before the first heading
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (i == titleLine) {
                passages.add(new Passage(line, EmphasisZone.TITLE));
            } else if (JobHeadings.isBullet(line)) {
                passages.add(new Passage(BULLET_MARK.matcher(line).replaceFirst(""), bulletZone(line, zone)));
            } else {
                if (zone != null && looksLikeUnknownHeading(line) && JobHeadings.parse(line) == null) {
                    zone = EmphasisZone.OTHER;
                }
                // sentence by sentence, since a pasted one-paragraph posting has its headings inline
                for (String sentence : sentences(line)) {
                    JobHeadings.Heading heading = JobHeadings.parse(sentence);
                    if (heading != null) {
                        if (heading.opensZone()) {
                            zone = heading.zone();
                        }
                        if (!heading.inline().isEmpty()) {
                            passages.add(new Passage(heading.inline(), proseZone(heading.inline(), heading.zone(), intro)));
                        }
                    } else {
                        passages.add(new Passage(sentence, proseZone(sentence, zone, intro)));
                    }
                }
            }
        }
        return passages;
    }

    private static boolean hasHeadings(List<String> lines) {
        return lines.stream().filter(l -> !JobHeadings.isBullet(l))
                .flatMap(l -> sentences(l).stream())
                .anyMatch(s -> JobHeadings.parse(s) != null);
    }

    private static List<String> sentences(String line) {
        return List.of(SENTENCE_BREAK.split(line));
    }

    private static EmphasisZone bulletZone(String line, EmphasisZone zone) {
        if (zone != EmphasisZone.OFFER && NICE_MARKER.matcher(BULLET_MARK.matcher(line).replaceFirst("")).find()) {
            return EmphasisZone.NICE_TO_HAVE;
        }
        return zone == null ? EmphasisZone.OTHER : zone;
    }

    /** Prose outside the role's own sections counts as its summary only when it speaks of the role. */
    private static EmphasisZone proseZone(String sentence, EmphasisZone zone, EmphasisZone intro) {
        if (zone != EmphasisZone.OFFER && NICE_MARKER.matcher(sentence).find()) {
            return EmphasisZone.NICE_TO_HAVE;
        }
        boolean general = zone == null || zone == EmphasisZone.COMPANY || zone == EmphasisZone.OTHER;
        if (general && ABOUT_THE_ROLE.matcher(sentence).find()) {
            return EmphasisZone.SUMMARY;
        }
        return zone == null ? intro : zone;
    }

    private static boolean looksLikeUnknownHeading(String line) {
        return !JobHeadings.isBullet(line) && !line.matches(".*[.,;!]$") && line.split("\\s+").length <= MAX_UNKNOWN_HEADING_WORDS;
    }

    /** The line the role title was read from, or -1 when it came from a sentence ("we are hiring a …"). */
    private static int titleLine(String jd, List<String> lines) {
        String title = JobDescriptionReader.roleTitle(jd);
        if (title == null || lines.isEmpty()) {
            return -1;
        }
        if (JobDescriptionReader.looksLikeTitle(lines.get(0))) {
            return 0;
        }
        for (int i = 0; i < Math.min(lines.size(), 15); i++) {
            if (JobDescriptionReader.looksLikeTitle(lines.get(i)) && JobDescriptionReader.trimTitle(lines.get(i)).equals(title)) {
                return i;
            }
        }
        return -1;
    }
}
