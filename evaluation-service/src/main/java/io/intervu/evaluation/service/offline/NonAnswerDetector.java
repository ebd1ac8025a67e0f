package io.intervu.evaluation.service.offline;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises answers that say the candidate does not know or wants to skip ("I don't know", "pass",
 * "I'm blanking on this one", "I'd have to look that up", "could we come back to that later?").
 * Such an answer scores 1 on every criterion: nothing in it can be graded. A short answer is one
 * when it declines and has no clause about the question itself; "not sure, but I think the key
 * picks the partition" is graded, since its clause after "but" talks about the question.
 */
public final class NonAnswerDetector {

    private static final Pattern DECLINES = Pattern.compile(
            "\\b(?:(?:do not|don't|dont|didn't|did not) (?:really )?(?:know|remember|recall)|no idea|not sure|no clue|pass|skip"
                    + "|(?:can't|cannot|can not|couldn't|could not) (?:really )?(?:remember|recall|say|tell|explain|think of)"
                    + "|never (?:been|worked|used|done|heard|touched|dealt|had|seen|faced|encountered|tried|come across|run into)"
                    + "|(?:haven't|have not|havent) (?:been|worked|used|done|heard|touched|dealt|had|seen|faced|encountered|tried)"
                    + "|not familiar|no experience|move on|next question|look (?:that|it|those|them|this) up|give up|blank\\w*"
                    + "|google (?:that|it|this)"
                    + "|nothing comes to mind|beats me|no comment|not my area|outside (?:what i know|my (?:experience|area|expertise))"
                    + "|come back to (?:that|this|it)|(?:it's|it is) gone|mix (?:them|those|these) up"
                    + "|(?:don't|do not) think (?:that's|that has|that|i've|i have) ever|rather (?:talk about|not)|not something i(?:'ve| have))\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CLAUSE = Pattern.compile("\\bbut\\b|\\bhowever\\b|\\balthough\\b|\\bthough\\b", Pattern.CASE_INSENSITIVE);
    private static final int CONTENT_CLAUSE_WORDS = 5;
    /** Longer than this, an admission of doubt sits inside an answer rather than replacing it. */
    private static final int MAX_WORDS = 25;

    private NonAnswerDetector() {
    }

    /** {@code planStems}: content stems of the question and its key points. */
    public static boolean isNonAnswer(List<String> contentSentences, Set<String> planStems) {
        String all = String.join(" ", contentSentences);
        List<String> words = Lexicon.words(AnswerText.clean(all));
        if (words.isEmpty()) {
            return true;
        }
        if (words.size() > MAX_WORDS) {
            return false;
        }
        if (!DECLINES.matcher(all).find()) {
            return words.size() <= 2 && words.stream().allMatch(w -> w.matches("hmm+|um+|uh+|ok|okay|sorry|next|nope|no|yes|well"));
        }
        for (String sentence : contentSentences) {
            for (String clause : CLAUSE.split(sentence)) {
                if (!DECLINES.matcher(clause).find() && aboutTheQuestion(clause, planStems)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean aboutTheQuestion(String clause, Set<String> planStems) {
        String cleaned = AnswerText.clean(clause);
        return Lexicon.words(cleaned).size() >= CONTENT_CLAUSE_WORDS
                && Lexicon.contentStems(cleaned).stream().anyMatch(planStems::contains);
    }
}
