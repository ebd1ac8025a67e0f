package io.intervu.transcription.delivery;

import java.util.ArrayList;
import java.util.List;

/** Finds hedging phrases ("I think", "maybe", "I'm not sure"); the longest phrase wins where they overlap. */
public final class HedgeDetector {

    /** Longest first, so "i'm not sure" is one hedge, not also "not sure". */
    private static final List<String[]> PHRASES = List.of(
            "i'm not sure".split(" "), "i am not sure".split(" "), "i feel like".split(" "), "more or less".split(" "),
            "i would say".split(" "), "i think".split(" "), "i guess".split(" "), "i believe".split(" "),
            "i suppose".split(" "), "not sure".split(" "), "might be".split(" "), "could be".split(" "),
            "maybe".split(" "), "probably".split(" "), "perhaps".split(" "), "possibly".split(" "));

    private HedgeDetector() {
    }

    /** Every hedge in order of occurrence, as displayed ("I think"). */
    public static List<String> hedges(List<SpokenToken> tokens) {
        List<String> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            String[] match = null;
            for (String[] phrase : PHRASES) {
                if (matches(tokens, i, phrase)) {
                    match = phrase;
                    break;
                }
            }
            if (match == null) {
                i++;
            } else {
                found.add(display(match));
                i += match.length;
            }
        }
        return found;
    }

    private static boolean matches(List<SpokenToken> tokens, int at, String[] phrase) {
        if (at + phrase.length > tokens.size()) {
            return false;
        }
        for (int k = 0; k < phrase.length; k++) {
            if (!tokens.get(at + k).text().equals(phrase[k])) {
                return false;
            }
        }
        return true;
    }

    private static String display(String[] phrase) {
        String text = String.join(" ", phrase);
        return text.startsWith("i ") || text.startsWith("i'") ? "I" + text.substring(1) : text;
    }
}
