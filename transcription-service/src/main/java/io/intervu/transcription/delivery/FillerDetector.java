package io.intervu.transcription.delivery;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Counts filler words with simple context rules, so "I would like to" or "a kind of queue" are
 * not fillers while "it was, like, slow" and "kind of slow" are.
 */
public final class FillerDetector {

    private static final Set<String> ALWAYS = Set.of("um", "umm", "uh", "uhh", "uhm", "er", "erm", "hmm", "ah", "mm");
    private static final Set<String> DISCOURSE = Set.of("basically", "actually", "literally");
    /** Before these, "like" is a verb or a comparison. */
    private static final Set<String> LIKE_IS_MEANT_AFTER = Set.of("i", "you", "we", "they", "he", "she", "would", "i'd", "you'd", "we'd",
            "they'd", "to", "feel", "feels", "felt", "look", "looks", "looked", "seem", "seems", "sound", "sounds", "something",
            "anything", "nothing", "much", "more", "less", "not", "don't", "didn't", "doesn't", "really", "just", "exactly", "things");
    /** After these, "like" is the filler in speech ("it was like ..."). */
    private static final Set<String> LIKE_IS_FILLER_AFTER = Set.of("was", "is", "were", "it's", "and", "but", "so", "um", "uh", "like");
    private static final Set<String> KNOW_IS_MEANT_AFTER = Set.of("do", "did", "don't", "didn't", "if", "as", "would", "will", "let", "to");
    private static final Set<String> KNOW_IS_MEANT_BEFORE = Set.of("that", "what", "how", "when", "where", "why", "who", "whether", "if",
            "the", "a", "an", "about", "it", "this", "him", "her", "them", "me", "us", "my", "your", "their", "our");
    /** After these, "kind of"/"sort of" means a type: "a kind of queue". */
    private static final Set<String> KIND_IS_MEANT_AFTER = Set.of("a", "the", "what", "this", "that", "some", "any", "which", "every",
            "one", "same", "different", "another", "each", "no", "all", "these", "those");

    private FillerDetector() {
    }

    public static Map<String, Integer> fillers(List<SpokenToken> tokens) {
        Map<String, Integer> found = new LinkedHashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            SpokenToken token = tokens.get(i);
            String previous = i > 0 ? tokens.get(i - 1).text() : "";
            String next = i + 1 < tokens.size() ? tokens.get(i + 1).text() : "";
            String word = token.text();
            if (ALWAYS.contains(word) || DISCOURSE.contains(word)) {
                count(found, word);
            } else if (word.equals("like") && isFillerLike(token, previous)) {
                count(found, "like");
            } else if (word.equals("you") && next.equals("know") && !token.boundaryAfter()) {
                String after = i + 2 < tokens.size() ? tokens.get(i + 2).text() : "";
                boolean endsThought = tokens.get(i + 1).boundaryAfter() || after.isEmpty();
                if (!KNOW_IS_MEANT_AFTER.contains(previous) && (endsThought || !KNOW_IS_MEANT_BEFORE.contains(after))) {
                    count(found, "you know");
                    i++;
                }
            } else if ((word.equals("kind") || word.equals("sort")) && next.equals("of") && !KIND_IS_MEANT_AFTER.contains(previous)) {
                count(found, word + " of");
                i++;
            } else if (word.equals("i") && next.equals("mean") && token.boundaryBefore()) {
                count(found, "i mean");
                i++;
            }
        }
        return found;
    }

    private static boolean isFillerLike(SpokenToken token, String previous) {
        if (LIKE_IS_MEANT_AFTER.contains(previous)) {
            return false;
        }
        return token.boundaryBefore() || token.boundaryAfter() || LIKE_IS_FILLER_AFTER.contains(previous);
    }

    private static void count(Map<String, Integer> found, String filler) {
        found.merge(filler, 1, Integer::sum);
    }
}
