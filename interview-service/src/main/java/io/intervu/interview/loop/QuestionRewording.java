package io.intervu.interview.loop;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The question said again in another way, from the question's own words only (never from its key points): a
 * compound question narrowed to its first part, else the same question asked "in your own words".
 */
final class QuestionRewording {

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.?!])\\s+");
    /** Where a compound question starts its second part: ", and how …", " and what …", "; …". */
    private static final Pattern SECOND_PART = Pattern.compile(",? and (how|what|why|when|which|where|who|would|do|does|is|are|can)\\b|; |, or (how|what|why)\\b");
    private static final Set<String> OPENERS = Set.of("how", "what", "why", "when", "which", "where", "who", "explain", "describe",
            "tell", "compare", "walk", "give", "design", "imagine", "suppose", "your", "a", "an", "the", "you", "is", "are", "do",
            "does", "can", "would", "should", "if", "in", "on", "for", "with");

    private QuestionRewording() {
    }

    /** A rephrasing of the question that asks the same thing more simply. */
    static String rephrase(String question) {
        List<String> sentences = Arrays.asList(SENTENCE_END.split(question.strip()));
        String ask = sentences.get(sentences.size() - 1);
        String context = String.join(" ", sentences.subList(0, sentences.size() - 1));
        String narrowed = narrow(ask);
        String body = narrowed != null ? narrowed : "In your own words, " + decapitalise(ask);
        return context.isEmpty() ? body : context + " " + body;
    }

    /** The first part of a compound question ("How does X work, and what does Y give you?" → "How does X work?"), else null. */
    static String narrow(String ask) {
        Matcher m = SECOND_PART.matcher(ask);
        if (!m.find()) {
            return null;
        }
        String first = ask.substring(0, m.start()).replaceAll("[,;:\\s]+$", "");
        if (KeyPointCoverage.wordCount(first) < 4) {
            return null;
        }
        return first.replaceAll("[.?!]+$", "") + "?";
    }

    private static String decapitalise(String s) {
        String first = s.split("\\s+", 2)[0].replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT);
        return OPENERS.contains(first) && !s.isEmpty() ? Character.toLowerCase(s.charAt(0)) + s.substring(1) : s;
    }
}
