package io.intervu.interview.loop;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Whether a text gives a key point away: it shares four consecutive words with it, compared case-insensitively with
 * punctuation stripped (apostrophes removed, so "don't" is "dont"). The same rule the knowledge base's probes are
 * written to; the interviewer's follow-ups, rephrasings and clarifications are held to it too.
 */
public final class FourWordOverlap {

    private FourWordOverlap() {
    }

    /** The first four consecutive words of {@code keyPoint} that also occur in a row in {@code text}, else null. */
    public static String shared(String keyPoint, String text) {
        List<String> point = words(keyPoint);
        String haystack = " " + String.join(" ", words(text)) + " ";
        for (int i = 0; i + 4 <= point.size(); i++) {
            String gram = String.join(" ", point.subList(i, i + 4));
            if (haystack.contains(" " + gram + " ")) {
                return gram;
            }
        }
        return null;
    }

    /** The first key point {@code text} shares four consecutive words with, else null. */
    public static String revealed(String text, List<String> keyPoints) {
        return keyPoints.stream().filter(k -> shared(k, text) != null).findFirst().orElse(null);
    }

    static List<String> words(String text) {
        if (text == null) {
            return List.of();
        }
        String cleaned = text.toLowerCase(Locale.ROOT).replace("'", "").replace("’", "").replaceAll("[^a-z0-9]+", " ").strip();
        return cleaned.isEmpty() ? List.of() : Arrays.asList(cleaned.split(" "));
    }
}
