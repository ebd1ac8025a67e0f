package io.intervu.interview.loop;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a reply before any follow-up is considered: a request to repeat or clarify the question, a non-answer
 * ("I don't know", too short, off the question) or an answer. Relevance is judged against what the interviewer knows
 * about the question (its text, topic and key points), on stemmed content words.
 */
final class AnswerClassifier {

    /** Fewer words than this cannot be judged as an answer. */
    static final int MIN_ANSWER_WORDS = 5;
    /** A request to repeat or clarify is short; a longer reply that contains "what do you mean" is an answer. */
    static final int MAX_REQUEST_WORDS = 20;
    /** Up to this many words, a reply that says "I don't know" is that, whatever else it mentions. */
    static final int MAX_DONT_KNOW_WORDS = 6;
    /** From this many words on, a reply sharing at most one content word with the question is off the question. */
    static final int RAMBLING_WORDS = 25;

    private static final Pattern REPEAT = Pattern.compile("\\b(repeat|say (that|it) again|come again|one more time|"
            + "didn'?t (quite )?(catch|hear|get|understand) (that|it|the question|you)|missed (that|the question)|"
            + "what was the question|what's the question|pardon|rephrase|reword)\\b");
    private static final List<Pattern> CLARIFY_TERM = List.of(
            Pattern.compile("\\bwhat (?:do|did) you mean by (.+)$"),
            Pattern.compile("\\bwhat (?:is|was) meant by (.+)$"),
            Pattern.compile("\\b(?:clarify|explain) what you mean by (.+)$"),
            Pattern.compile("\\bnot sure what you mean by (.+)$"),
            Pattern.compile("\\bwhat (?:does|do) (.+?) mean\\b"),
            Pattern.compile("\\bwhat (?:is|are) (?:a |an |the )?(.+?) (?:exactly|here|in this context)\\b"));
    private static final Pattern CLARIFY = Pattern.compile("\\b(what do you mean|what did you mean|clarify|"
            + "not sure what you mean|what exactly are you asking|what are you asking|do you mean)\\b");
    private static final Pattern DONT_KNOW = Pattern.compile("\\b(i )?(really )?(don'?t|do not|dont) (really )?know\\b|\\bno idea\\b|"
            + "\\bno clue\\b|\\bnot sure\\b|\\bunsure\\b|\\bi'?m not certain\\b|^(i'?ll |i will |i'?d like to |let me )?(pass|skip)\\b|"
            + "\\b(pass|skip) on (this|that)\\b|\\bskip (this|that)( one)?\\b|"
            + "\\b(can'?t|cannot|don'?t|do not) (really )?(remember|recall)\\b|\\bdunno\\b|\\bno experience\\b|"
            + "\\bnot familiar\\b|\\b(have not|haven'?t|never) (really )?(worked|used|done|dealt|touched)\\b|"
            + "\\bno (real )?knowledge\\b|\\bi'?m blanking\\b|\\bdraw(ing)? a blank\\b");

    private AnswerClassifier() {
    }

    /** What the reply is; {@code reason} says why, {@code term} is what a clarification request asked about (or null). */
    record Reading(AnswerKind kind, String reason, String term) {
        static Reading answer() {
            return new Reading(AnswerKind.ANSWER, "answer", null);
        }
    }

    static final String DOES_NOT_KNOW = "the candidate does not know";
    static final String TOO_SHORT = "too short to judge";
    static final String OFF_QUESTION = "off the question";
    static final String CLARIFY_REQUEST = "asked for a clarification";
    static final String REPEAT_REQUEST = "asked to hear the question again";

    static Reading read(String reply, Set<String> questionStems) {
        String text = reply == null ? "" : reply.strip().toLowerCase(Locale.ROOT).replace('’', '\'');
        int words = KeyPointCoverage.wordCount(text);
        if (words <= MAX_REQUEST_WORDS) {
            Reading request = request(text);
            if (request != null) {
                return request;
            }
        }
        long relevant = KeyPointCoverage.stems(text).stream().filter(questionStems::contains).count();
        // "I'm not sure, but key hashing picks the partition" is an answer; "I'm not sure, I never worked on that" is not
        if (DONT_KNOW.matcher(text).find() && (words <= MAX_DONT_KNOW_WORDS || relevant <= 1)) {
            return new Reading(AnswerKind.NON_ANSWER, DOES_NOT_KNOW, null);
        }
        if (words < MIN_ANSWER_WORDS) {
            return new Reading(AnswerKind.NON_ANSWER, TOO_SHORT, null);
        }
        if (relevant == 0 || (relevant == 1 && words >= RAMBLING_WORDS)) {
            return new Reading(AnswerKind.NON_ANSWER, OFF_QUESTION, null);
        }
        return Reading.answer();
    }

    private static Reading request(String text) {
        for (Pattern p : CLARIFY_TERM) {
            Matcher m = p.matcher(text);
            if (m.find()) {
                return new Reading(AnswerKind.CLARIFICATION_REQUEST, "asked what a term means", term(m.group(1)));
            }
        }
        if (CLARIFY.matcher(text).find()) {
            return new Reading(AnswerKind.CLARIFICATION_REQUEST, CLARIFY_REQUEST, null);
        }
        if (REPEAT.matcher(text).find() || text.equals("sorry?") || text.equals("what?") || text.equals("huh?")) {
            return new Reading(AnswerKind.CLARIFICATION_REQUEST, REPEAT_REQUEST, null);
        }
        return null;
    }

    /** The asked-about term, cleaned for quoting back: no quotes or trailing punctuation, at most six words. */
    static String term(String raw) {
        String t = raw.replaceAll("[\"“”‘`]", "").replaceAll("^'+|'+$", "").replaceAll("[?.!,;:]+.*$", "")
                .replaceAll("^(the|a|an) ", "").strip();
        int words = KeyPointCoverage.wordCount(t);
        return words == 0 || words > 6 ? null : t;
    }
}
