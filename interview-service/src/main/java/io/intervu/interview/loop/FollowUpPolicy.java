package io.intervu.interview.loop;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The offline follow-up rules: an answer that is too short, has no specifics, misses key points
 * or leans on vague terms gets a follow-up probing one missing key point. It only proposes; the
 * loop enforces the bounds.
 */
public final class FollowUpPolicy {

    static final int SHORT_ANSWER_WORDS = 25;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'+#.-]*");
    private static final Pattern SPECIFIC = Pattern.compile("\\d|%|\\b(ms|seconds?|minutes?|percent|p9\\d|for example|for instance|such as)\\b");
    private static final List<String> VAGUE = List.of("something", "stuff", "things", "basically", "etc", "i guess", "kind of",
            "sort of", "whatever", "or so", "you know", "somehow", "just use");
    private static final Set<String> STOP = Set.of("the", "and", "for", "with", "that", "this", "from", "your", "you", "what",
            "how", "why", "when", "into", "their", "they", "its", "are", "was", "were", "has", "have", "not", "but", "about",
            "own", "all", "any", "each", "only", "more", "than", "then", "them", "use", "using", "used");

    /**
     * What was found, and whether to follow up (else move on). {@code proposedBy} is "rules" or "gemini";
     * {@code text} is the model's own wording (null = the rules' wording); {@code geminiFailure} says why a
     * Gemini proposal was not usable when the rules stood in for it.
     */
    public record Proposal(boolean followUp, String missingKeyPoint, List<String> signals, String reason, String text,
                           String proposedBy, String geminiFailure) {

        public Proposal(boolean followUp, String missingKeyPoint, List<String> signals, String reason) {
            this(followUp, missingKeyPoint, signals, reason, null, "rules", null);
        }

        public Proposal withGeminiFailure(String failure) {
            return new Proposal(followUp, missingKeyPoint, signals, reason, text, proposedBy, failure);
        }
    }

    private FollowUpPolicy() {
    }

    public static Proposal propose(String answer, List<String> keyPoints, Set<String> alreadyProbed) {
        String text = answer == null ? "" : answer.toLowerCase(Locale.ROOT);
        Set<String> answerWords = words(text);
        int wordCount = WORD.matcher(text).results().mapToInt(r -> 1).sum();
        List<String> signals = new ArrayList<>();
        if (wordCount < SHORT_ANSWER_WORDS) {
            signals.add("too-short");
        }
        if (!SPECIFIC.matcher(text).find()) {
            signals.add("no-specifics");
        }
        for (String vague : VAGUE) {
            if (Pattern.compile("\\b" + Pattern.quote(vague) + "\\b").matcher(text).find()) {
                signals.add("vague-terms");
                break;
            }
        }
        List<String> missing = new ArrayList<>();
        for (String keyPoint : keyPoints) {
            if (!covered(keyPoint, answerWords)) {
                missing.add(keyPoint);
            }
        }
        if (!missing.isEmpty() && missing.size() * 2 >= Math.max(1, keyPoints.size())) {
            signals.add("key-points-missing");
        }
        String probe = missing.stream().filter(k -> !alreadyProbed.contains(k)).findFirst().orElse(null);
        boolean weak = signals.contains("too-short") || signals.contains("vague-terms") || signals.contains("key-points-missing")
                || (signals.contains("no-specifics") && !missing.isEmpty());
        if (weak && probe != null) {
            return new Proposal(true, probe, signals, "answer " + String.join(", ", signals) + "; probing: " + probe);
        }
        return new Proposal(false, null, signals, signals.isEmpty() ? "answer covers the key points" : "nothing left worth probing");
    }

    /** A key point counts as covered when at least half of its content words (by stem) occur in the answer. */
    static boolean covered(String keyPoint, Set<String> answerWords) {
        Set<String> content = words(keyPoint.toLowerCase(Locale.ROOT));
        if (content.isEmpty()) {
            return true;
        }
        long hits = content.stream().filter(answerWords::contains).count();
        return hits * 2 >= content.size();
    }

    private static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        WORD.matcher(text).results().map(r -> r.group()).filter(w -> w.length() > 2 && !STOP.contains(w))
                .forEach(w -> out.add(stem(w)));
        return out;
    }

    /** A crude suffix stripper: enough to match "retries" with "retry" and "indexing" with "index". */
    static String stem(String word) {
        String w = word.replaceAll("[.'-]+$", "");
        for (String suffix : List.of("ing", "ies", "es", "ed", "s", "ly")) {
            if (w.length() > suffix.length() + 3 && w.endsWith(suffix)) {
                return w.substring(0, w.length() - suffix.length());
            }
        }
        return w;
    }

    /** The follow-up's wording: the model's (already validated) text, else chosen by the strongest signal. */
    public static String followUpText(Proposal proposal, int followUpIndex) {
        if (proposal.text() != null && !proposal.text().isBlank()) {
            return proposal.text();
        }
        String point = proposal.missingKeyPoint();
        if (proposal.signals().contains("vague-terms")) {
            return "Let's make that concrete. Specifically, what about " + point + "? A real example from your work would help.";
        }
        if (proposal.signals().contains("too-short")) {
            return "Could you go a bit deeper? In particular, how would you address " + point + "?";
        }
        return followUpIndex == 0
                ? "Thanks. One thing you did not cover: " + point + ". How would you handle that?"
                : "And what about " + point + "? Please be as specific as you can.";
    }
}
