package io.intervu.evaluation.service.offline;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Word-level helpers shared by the features and the baselines: tokens, stems, function words. */
public final class Lexicon {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'_+#-]*");
    /** English function words: explanations are full of them, keyword lists have almost none. */
    public static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "and", "or", "but", "so", "because", "if", "then",
            "when", "while", "that", "which", "who", "this", "these", "those", "it", "its", "is", "are", "was", "were", "be", "been",
            "being", "to", "of", "in", "on", "at", "by", "for", "with", "from", "into", "as", "not", "no", "can", "could", "would",
            "should", "will", "do", "does", "did", "have", "has", "had", "you", "we", "they", "i", "he", "she", "them", "our", "your",
            "my", "their", "there", "here", "than", "also", "just", "only", "even", "about", "after", "before", "what", "how", "why",
            "where", "since", "until", "once", "each", "every", "all", "any", "some", "more", "most", "less", "other", "same", "own",
            "up", "out", "over", "under", "again", "both", "either", "neither", "nor", "yet", "still", "very", "too", "may", "might",
            "must", "one", "get", "gets", "got", "way", "like", "me", "us", "him", "her", "his");
    private static final Set<String> STOP = Set.of("the", "and", "for", "with", "that", "this", "from", "your", "you", "what",
            "how", "why", "when", "into", "their", "they", "its", "are", "was", "were", "has", "have", "not", "but", "about", "own",
            "all", "any", "each", "only", "more", "than", "then", "them", "use", "using", "used", "can", "one", "such", "also",
            "which", "who", "will", "would", "should", "does", "did", "been", "being", "there", "other");

    private Lexicon() {
    }

    public static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text == null ? "" : text);
        while (m.find()) {
            out.add(m.group().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /** Stems of the content words (no stop words, at least three letters). */
    public static Set<String> contentStems(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : words(text)) {
            if (w.length() > 2 && !STOP.contains(w)) {
                out.add(stem(w));
            }
        }
        return out;
    }

    /** Distinct content words (no stop or function words, at least three letters), in order, at most {@code limit}. */
    public static List<String> contentWords(String text, int limit) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : words(text)) {
            if (w.length() > 2 && !STOP.contains(w) && !FUNCTION_WORDS.contains(w) && out.size() < limit) {
                out.add(w);
            }
        }
        return new ArrayList<>(out);
    }

    /** A crude suffix stripper: enough to match "retries" with "retry" and "indexing" with "index". */
    public static String stem(String word) {
        String w = word.replaceAll("['-]+$", "");
        for (String suffix : List.of("ations", "ation", "ing", "ies", "ied", "es", "ed", "s", "ly", "y", "e")) {
            if (w.length() > suffix.length() + 3 && w.endsWith(suffix)) {
                return w.substring(0, w.length() - suffix.length());
            }
        }
        return w;
    }

    /** Share of a key point's content stems that occur in the answer. */
    public static double overlap(String keyPoint, Set<String> answerStems) {
        return overlap(contentStems(keyPoint), answerStems);
    }

    public static double overlap(Set<String> point, Set<String> answerStems) {
        if (point.isEmpty()) {
            return 0;
        }
        return (double) point.stream().filter(answerStems::contains).count() / point.size();
    }
}
