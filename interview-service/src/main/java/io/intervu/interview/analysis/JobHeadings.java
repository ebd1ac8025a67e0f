package io.intervu.interview.analysis;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Recognises the section headings of a job description ("What you'll do", "Nice to have:", "About Acme"). */
final class JobHeadings {

    /**
     * A heading line: the zone it opens and the text it carries itself: what follows its colon
     * ("Bonus: Go, Rust"), or the whole line when it only starts like a heading ("You will run k8s").
     */
    record Heading(EmphasisZone zone, String inline) {

        /** "Location: Berlin" or "About us: …" speaks for itself only; the lines after it stay where they were. */
        boolean opensZone() {
            return inline.isEmpty() || (zone != EmphasisZone.OFFER && zone != EmphasisZone.COMPANY);
        }
    }

    private static final Map<String, EmphasisZone> PHRASES = new LinkedHashMap<>();
    /** "- x", "* x", "1. x", "•x"; not "**Requirements**", which is a markdown heading. */
    private static final Pattern BULLET = Pattern.compile("^((?:[-*]|\\d{1,2}[.)])\\s+|[•·▪◦]\\s*)\\S.*");
    private static final int MAX_HEADING_WORDS = 7;

    static {
        phrases(EmphasisZone.SUMMARY, "the role", "about the role", "role", "role overview", "overview", "summary", "job summary",
                "about the job", "the job", "your role", "your mission", "the mission", "the opportunity", "about the position", "the role in short", "tl dr", "tldr", "in short", "what the job is",
                "position summary", "role summary", "job description", "what is the role", "what's the role");
        phrases(EmphasisZone.DUTIES, "responsibilities", "key responsibilities", "your responsibilities", "main responsibilities",
                "what you'll do", "what you will do", "what you'll be doing", "what you will be doing", "you will", "you'll",
                "in this role you will", "in this role you'll", "day to day", "what you'll work on", "what you will work on",
                "what you'll build", "what you will build", "your impact", "duties", "your day", "what you'll own",
                "the work", "your tasks", "tasks", "what will you do", "what will you be doing", "how you'll make an impact");
        phrases(EmphasisZone.REQUIREMENTS, "requirements", "required", "required skills", "minimum qualifications",
                "basic qualifications", "qualifications", "what you bring", "what we look for", "what we're looking for",
                "what we are looking for", "you have", "you bring", "must have", "must haves", "must", "about you",
                "who you are", "skills and experience", "skills", "experience", "what you need", "what we need from you",
                "what you'll need", "what you will need", "ideal candidate", "your profile", "your background", "key skills",
                "essential", "essential skills", "technical skills", "you should have", "what we'd like to see",
                "we'd love you to have", "what you'll bring", "what you will bring", "who are you", "what do you need",
                "what are we looking for", "what do we look for", "what you should have");
        phrases(EmphasisZone.NICE_TO_HAVE, "nice to have", "nice to haves", "bonus", "bonus points", "plus", "plus points",
                "pluses", "preferred", "preferred qualifications", "preferred skills", "desirable", "desired", "good to have",
                "extra credit", "even better", "optional", "it's a plus if");
        // the team's blurb is context like the company's: its sentences about "you" or the role still count as summary
        phrases(EmphasisZone.COMPANY, "about us", "who we are", "about the company", "our company", "the company", "company",
                "our story", "why us", "our mission", "about the team", "the team", "our team", "meet the team");
        phrases(EmphasisZone.OFFER, "benefits", "what we offer", "we offer", "perks", "why join", "why join us", "compensation",
                "salary", "how to apply", "interview process", "our process", "equal opportunity", "diversity", "location",
                "what's in it for you", "perks and benefits");
    }

    private JobHeadings() {
    }

    private static void phrases(EmphasisZone zone, String... phrases) {
        for (String phrase : phrases) {
            PHRASES.put(phrase, zone);
        }
    }

    /** The heading the line is, or null when it is ordinary text. */
    static Heading parse(String line) {
        if (BULLET.matcher(line).matches()) {
            return null;
        }
        String head = line;
        String inline = "";
        int colon = line.indexOf(':');
        if (colon > 0) {
            head = line.substring(0, colon);
            inline = line.substring(colon + 1).strip();
        } else if (line.endsWith(".") || line.endsWith("!")) {
            return null;
        }
        String key = normalise(head);
        if (key.isEmpty() || key.split(" ").length > MAX_HEADING_WORDS) {
            return null;
        }
        EmphasisZone exact = PHRASES.get(key);
        if (exact != null) {
            return new Heading(exact, inline);
        }
        EmphasisZone started = startedZone(key);
        // a line that only starts like a heading keeps its own words: "You will run our k8s clusters"
        return started == null ? null : new Heading(started, colon > 0 ? inline : line);
    }

    private static EmphasisZone startedZone(String key) {
        for (Map.Entry<String, EmphasisZone> phrase : PHRASES.entrySet()) {
            // "what you'll do at acme", "requirements for the role"; one-word phrases only as the whole heading
            if (phrase.getKey().contains(" ") && key.startsWith(phrase.getKey() + " ")) {
                return phrase.getValue();
            }
        }
        // "About Acme" is the company; "About the role" is a phrase of its own
        return key.startsWith("about ") && key.split(" ").length <= 4 ? EmphasisZone.COMPANY : null;
    }

    /** Lower case, hyphens and curly quotes plain, markdown and punctuation around the words gone. */
    static String normalise(String head) {
        String s = head.toLowerCase(Locale.ROOT).replace('’', '\'').replace('-', ' ').replace(';', ' ');
        s = s.replaceAll("[^\\p{L}\\p{N}' &]", " ").replaceAll("\\s+", " ").strip();
        return s;
    }

    static boolean isBullet(String line) {
        return BULLET.matcher(line).matches();
    }
}
