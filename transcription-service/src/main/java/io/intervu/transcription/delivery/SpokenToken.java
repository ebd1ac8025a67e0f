package io.intervu.transcription.delivery;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A transcript word, lower-cased without punctuation, remembering whether punctuation stood before or after it. */
record SpokenToken(String text, boolean boundaryBefore, boolean boundaryAfter) {

    static List<SpokenToken> of(String transcript) {
        List<SpokenToken> tokens = new ArrayList<>();
        boolean boundary = true; // the start of the answer is a boundary
        for (String raw : transcript.replace('’', '\'').split("\\s+")) {
            if (raw.isEmpty()) {
                continue;
            }
            String text = raw.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}']", "").replaceAll("^'+|'+$", "");
            boolean punctuationBefore = !raw.isEmpty() && !Character.isLetterOrDigit(raw.charAt(0)) && raw.charAt(0) != '\'';
            boolean punctuationAfter = !Character.isLetterOrDigit(raw.charAt(raw.length() - 1));
            if (text.isEmpty()) {
                boundary = true; // a dash or ellipsis standing alone
                continue;
            }
            tokens.add(new SpokenToken(text, boundary || punctuationBefore, punctuationAfter));
            boundary = punctuationAfter;
        }
        return tokens;
    }
}
