package io.intervu.evaluation.service.offline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An answer's text as the encoder reads it: lower case, no punctuation between words, fillers and
 * stutters dropped; cut into sentences, pairs of adjacent sentences, and overlapping word windows
 * wherever a sentence is long. Browser speech recognition writes no punctuation, so a transcript is
 * one long "sentence" that only the windows cut into comparable pieces: sentence-sized windows, and in
 * a very long one also shorter windows, so that a key point said in a dozen words between two others
 * is matched about as closely as it would be in a sentence of its own.
 */
public final class AnswerText {

    private static final Pattern SENTENCE_SPLIT = Pattern.compile("(?<=[.!?])\\s+|[\\n;]+");
    private static final Pattern FILLERS = Pattern.compile(
            "\\b(?:um+|uh+|erm+|er|ah|hmm+|mm+|you know|i mean|so yeah|yeah so|okay so|ok so|basically|kind of|sort of)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern STUTTER = Pattern.compile("\\b(\\w+)(\\s+\\1\\b)+", Pattern.CASE_INSENSITIVE);
    /** Punctuation is kept only inside a token ("max.poll.interval.ms", "don't", "read-committed", "p99/p50"). */
    private static final Pattern LOOSE_PUNCTUATION = Pattern.compile(
            "[^\\p{L}\\p{N}\\s._'/%+#=-]|(?<![\\p{L}\\p{N}])[._'/=-]|[._'/=-](?![\\p{L}\\p{N}])");
    static final int WINDOW_WORDS = 18;
    private static final int WINDOW_STRIDE = 9;
    private static final int SHORT_WINDOW_WORDS = 12;
    private static final int SHORT_WINDOW_STRIDE = 6;
    /** Longer than this (in words), a sentence is also cut into short windows: in practice, an unpunctuated transcript. */
    private static final int SHORT_WINDOWS_ABOVE = 40;
    private static final int MAX_SPANS = 72;

    /** The whole answer in canonical form. */
    public final String canonical;
    /** Sentences first, then adjacent pairs, then windows of long sentences; at most {@value #MAX_SPANS}. */
    public final List<String> spans;
    /** How many of the spans are whole sentences (they come first). */
    public final int sentenceCount;

    private AnswerText(List<String> sentences) {
        List<String> clean = new ArrayList<>();
        for (String sentence : sentences) {
            String c = canonical(sentence);
            if (!c.isEmpty()) {
                clean.add(c);
            }
        }
        this.canonical = String.join(" ", clean);
        List<String> out = new ArrayList<>(clean);
        for (int i = 0; i + 1 < clean.size(); i++) {
            out.add(clean.get(i) + " " + clean.get(i + 1));
        }
        List<String[]> words = clean.stream().map(c -> c.split(" ")).toList();
        // All sentence-sized windows before any short one: past MAX_SPANS, the short ones are what is left out.
        for (String[] w : words) {
            if (w.length > WINDOW_WORDS + WINDOW_STRIDE / 2) {
                addWindows(w, WINDOW_WORDS, WINDOW_STRIDE, out);
            }
        }
        for (String[] w : words) {
            if (w.length > SHORT_WINDOWS_ABOVE) {
                addWindows(w, SHORT_WINDOW_WORDS, SHORT_WINDOW_STRIDE, out);
            }
        }
        this.spans = List.copyOf(out.size() > MAX_SPANS ? out.subList(0, MAX_SPANS) : out);
        this.sentenceCount = clean.size();
    }

    /** Overlapping windows of {@code size} words every {@code stride} words, the last one ending with the sentence. */
    private static void addWindows(String[] words, int size, int stride, List<String> out) {
        for (int from = 0; ; from += stride) {
            int to = Math.min(words.length, from + size);
            out.add(String.join(" ", Arrays.copyOfRange(words, Math.max(0, to - size), to)));
            if (to == words.length) {
                return;
            }
        }
    }

    public static AnswerText of(List<String> sentences) {
        return new AnswerText(sentences);
    }

    /** Sentences as written, for screening (asides, requests) where punctuation helps. */
    public static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        for (String s : SENTENCE_SPLIT.split(text == null ? "" : text.strip())) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    /** Lower case, punctuation between words removed, fillers and stutters out, spaces folded. */
    public static String canonical(String text) {
        String t = LOOSE_PUNCTUATION.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ");
        return clean(t);
    }

    /** Fillers and stutters out, spaces folded. */
    public static String clean(String text) {
        String t = FILLERS.matcher(text).replaceAll(" ");
        t = STUTTER.matcher(t).replaceAll("$1");
        return t.replaceAll("\\s+", " ").strip();
    }
}
