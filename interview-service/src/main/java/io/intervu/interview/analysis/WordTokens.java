package io.intervu.interview.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into the words topic terms are matched against, keeping their case. A word is a run
 * of letters and digits that may carry inner dots ("node.js", "2.0") and trailing + or # ("c++",
 * "c#"); a slash is a word of its own so "ci/cd" and "a/b" match as phrases; hyphens, apostrophes
 * and all other punctuation only separate words, so "event-driven" reads as "event driven".
 */
final class WordTokens {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:\\.[\\p{L}\\p{N}]+)*[+#]*|/");

    private WordTokens() {
    }

    static List<String> of(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }
}
