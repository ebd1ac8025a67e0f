package io.intervu.interview.loop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.intervu.interview.analysis.UntrustedText;
import io.intervu.interview.analysis.UntrustedText.InvalidOutputException;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Checks a model's follow-up proposal. The follow-up text becomes an interviewer message, so it is
 * cleaned, length-bounded and must be a question about one of the question's key points; text
 * that talks about scores, ending the interview or instructions is refused, and so is text that gives
 * a key point away (four consecutive words shared with any key point) or opens the way an earlier
 * message of the interview opened.
 */
final class FollowUpValidator {

    static final int MIN_TEXT = 15;
    static final int MAX_TEXT = 300;
    /** What an interviewer's follow-up never says; a model that says it has followed injected instructions. */
    private static final Pattern OFF_LIMITS = Pattern.compile("(?i)\\b(scores?|scored|scoring|grades?|graded|rating|rated|marks)\\b"
            + "|\\b\\d+(\\.\\d+)?\\s*(/|out of)\\s*\\d+\\b|\\b(interview|session) (is|has) (over|ended|finished|complete)"
            + "|\\bend (the|this) interview\\b|\\b(previous|prior|earlier) instructions\\b|\\bsystem (note|prompt)\\b");

    private FollowUpValidator() {
    }

    /** {@code proposer} is the provider whose output this is; it is named in the proposal and its reason. */
    static Proposal validate(String output, List<String> keyPoints, List<String> usedOpenings, ObjectMapper json, String proposer) {
        JsonNode root = UntrustedText.parseJson(output, json);
        String action = root.path("action").asText("");
        String reason = UntrustedText.clean(root.path("reason").asText(""));
        if (reason.isEmpty() || reason.length() > 500) {
            throw new InvalidOutputException("missing or overlong reason");
        }
        reason = proposer + ": " + reason;
        if ("next".equals(action)) {
            return new Proposal(Proposal.Move.NEXT, null, null, AnswerKind.ANSWER, reason, proposer, null);
        }
        if (!"follow_up".equals(action)) {
            throw new InvalidOutputException("unknown action " + abbreviate(action));
        }
        String text = UntrustedText.clean(root.path("followUp").asText(""));
        if (text.length() < MIN_TEXT || text.length() > MAX_TEXT) {
            throw new InvalidOutputException("follow-up text must be " + MIN_TEXT + " to " + MAX_TEXT + " characters");
        }
        if (!text.contains("?")) {
            throw new InvalidOutputException("follow-up is not a question");
        }
        if (OFF_LIMITS.matcher(text).find()) {
            throw new InvalidOutputException("follow-up talks about scoring, ending the interview or instructions");
        }
        String revealed = FourWordOverlap.revealed(text, keyPoints);
        if (revealed != null) {
            throw new InvalidOutputException("follow-up gives a key point away (\"" + FourWordOverlap.shared(revealed, text) + "\")");
        }
        String opening = normal(Openings.firstSentence(text));
        if (!opening.endsWith("?") && usedOpenings.stream().map(FollowUpValidator::normal).anyMatch(opening::equals)) {
            throw new InvalidOutputException("follow-up opens like an earlier message of the interview");
        }
        String probes = UntrustedText.clean(root.path("probes").asText(""));
        String keyPoint = keyPoints.stream().filter(k -> k.strip().equalsIgnoreCase(probes)).findFirst()
                .orElseThrow(() -> new InvalidOutputException("probes \"" + abbreviate(probes) + "\" is not one of the key points"));
        return new Proposal(Proposal.Move.PROBE, text, keyPoint, AnswerKind.ANSWER, reason, proposer, null);
    }

    private static String normal(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
