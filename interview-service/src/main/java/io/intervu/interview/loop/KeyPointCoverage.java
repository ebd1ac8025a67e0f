package io.intervu.interview.loop;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which key points an answer covers, by content words compared on crude stems: a key point counts as covered when
 * at least half of its content words occur in the answer. Also ranks the missed points by importance.
 */
final class KeyPointCoverage {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'+#.-]*");
    /** Words that say nothing about the subject, so an answer cannot look relevant or complete through them. */
    private static final Set<String> STOP = Set.of(
            "the", "and", "for", "with", "that", "this", "from", "your", "you", "what", "how", "why", "when", "into",
            "their", "they", "its", "are", "was", "were", "has", "have", "not", "but", "about", "own", "all", "any",
            "each", "only", "more", "than", "then", "them", "use", "using", "used", "would", "could", "should", "will",
            "can", "does", "did", "doing", "done", "just", "also", "there", "here", "where", "which", "who", "whom",
            "been", "being", "some", "such", "very", "much", "many", "most", "make", "makes", "made", "get", "gets", "got",
            "think", "know", "like", "well", "really", "yeah", "yes", "okay", "one", "two", "way", "thing", "things",
            "something", "stuff", "lot", "bit", "kind", "sort", "our", "out", "over", "under", "after", "before", "while",
            "because", "other", "same", "new", "good", "work", "worked", "working", "time", "tell", "explain", "describe",
            "walk", "through", "between", "give", "take", "need", "needs", "want", "let", "lets", "let's", "it's", "i'm",
            "don't", "didn't", "i've", "we", "us", "me", "my", "his", "her", "him", "she", "he", "these", "those", "may",
            "might", "must", "shall", "again", "even", "still", "both", "either", "neither", "whether", "first", "last",
            "next", "second", "happen", "happens", "see", "say", "said", "actually", "already", "always", "never", "often",
            "sometimes", "usually", "maybe", "perhaps", "probably", "quite", "rather", "every", "few", "sure", "mean", "gives",
            "giving", "gave", "given", "takes", "taking", "took", "making", "uses", "goes", "going", "went", "come", "comes");

    private KeyPointCoverage() {
    }

    /** Content words of a text, stemmed. */
    static Set<String> stems(String text) {
        Set<String> out = new HashSet<>();
        if (text == null) {
            return out;
        }
        // possessives count as the word ("producer's" is "producer"); other contractions ("doesn't") say nothing
        WORD.matcher(text.toLowerCase(Locale.ROOT).replace('’', '\'')).results()
                .map(r -> r.group().replaceAll("[.'-]+$", "").replaceAll("'s$", ""))
                .filter(w -> w.length() > 2 && !STOP.contains(w) && w.indexOf('\'') < 0).forEach(w -> out.add(stem(w)));
        return out;
    }

    static int wordCount(String text) {
        return text == null ? 0 : (int) WORD.matcher(text).results().count();
    }

    static boolean covered(String keyPoint, Set<String> answerStems) {
        Set<String> content = stems(keyPoint);
        if (content.isEmpty()) {
            return true;
        }
        long hits = content.stream().filter(answerStems::contains).count();
        return hits * 2 >= content.size();
    }

    static int coveredCount(List<String> keyPoints, Set<String> answerStems) {
        return (int) keyPoints.stream().filter(k -> covered(k, answerStems)).count();
    }

    /**
     * The index of the most important key point the answer missed and no follow-up probed yet, else -1. Most
     * important = the point sharing most content words with what the question asked (it answers the question most
     * directly); on a tie the earlier point, as documents list the core point first.
     */
    static int mostImportantMissed(List<String> keyPoints, Set<String> answerStems, Set<String> questionStems, Set<String> probed) {
        int best = -1;
        long bestScore = -1;
        for (int i = 0; i < keyPoints.size(); i++) {
            String keyPoint = keyPoints.get(i);
            if (probed.contains(keyPoint) || covered(keyPoint, answerStems)) {
                continue;
            }
            long score = stems(keyPoint).stream().filter(questionStems::contains).count();
            if (score > bestScore) {
                best = i;
                bestScore = score;
            }
        }
        return best;
    }

    /** A crude stemmer: enough to match "retries" with "retry", "indexing" with "index" and "caches" with "cache". */
    static String stem(String word) {
        String w = word.replaceAll("[.'-]+$", "");
        if (w.length() > 4 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        for (String suffix : List.of("ing", "es", "ed", "s", "ly")) {
            if (w.length() > suffix.length() + 2 && w.endsWith(suffix) && !w.endsWith("ss")) {
                w = w.substring(0, w.length() - suffix.length());
                break;
            }
        }
        return w.length() > 4 && w.endsWith("e") ? w.substring(0, w.length() - 1) : w;
    }
}
