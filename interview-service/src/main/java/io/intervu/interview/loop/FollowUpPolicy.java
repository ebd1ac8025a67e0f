package io.intervu.interview.loop;

import io.intervu.interview.Turn;
import io.intervu.interview.loop.AnswerClassifier.Reading;
import io.intervu.interview.loop.Proposal.Move;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The offline follow-up rules, and the rules every path keeps:
 * <ul>
 * <li>a request to repeat or clarify gets the message again (with a clarification of the asked-about term), at most
 * {@value #MAX_CLARIFICATIONS} times per question, and is not the answer;</li>
 * <li>a non-answer ("I don't know", too short, off the question) is never probed: a brief supportive transition and
 * the next question, except one gentle rephrasing of a question the candidate seems to have misunderstood;</li>
 * <li>an answer is followed up only while it misses something: not once it covers {@value #HIGH_COVERAGE_PERCENT} % of
 * the key points; then with the probe of the most important missed point, opened by an acknowledgement of a phrase
 * from the answer.</li>
 * </ul>
 * No message it writes shares four consecutive words with a key point. It only proposes; the loop keeps the bounds.
 */
final class FollowUpPolicy {

    static final int MAX_CLARIFICATIONS = 2;
    static final int HIGH_COVERAGE_PERCENT = 75;

    private FollowUpPolicy() {
    }

    static Proposal decide(AnswerContext c) {
        return decide(c, AnswerClassifier.read(c.answer(), c.questionStems()));
    }

    static Proposal decide(AnswerContext c, Reading reading) {
        Reading r = reading;
        if (r.kind() == AnswerKind.CLARIFICATION_REQUEST) {
            if (c.clarifications() < MAX_CLARIFICATIONS) {
                return repeat(c, r);
            }
            r = new Reading(AnswerKind.NON_ANSWER, "still unclear after the question was repeated", null);
        }
        if (r.kind() == AnswerKind.NON_ANSWER) {
            if (AnswerClassifier.OFF_QUESTION.equals(r.reason()) && Turn.QUESTION.equals(c.turnKind()) && !c.rephrased()
                    && c.followUpsLeft() > 0) {
                Proposal rephrasing = rephrase(c);
                if (rephrasing != null) {
                    return rephrasing;
                }
            }
            String transition = c.lastQuestion() ? null
                    : Openings.choose(Openings.Kind.TRANSITION, null, c.questionNumber(), c.earlierPrompts(), c.seed());
            return Proposal.rules(Move.NEXT, transition, null, AnswerKind.NON_ANSWER, "non-answer (" + r.reason() + "): no probing");
        }
        return onAnswer(c);
    }

    private static Proposal onAnswer(AnswerContext c) {
        if (c.followUpsLeft() <= 0) {
            return next("follow-up limit reached for this question");
        }
        // judge everything said about this question so far, so a point covered earlier is not probed again
        List<String> said = new ArrayList<>(c.earlierAnswers());
        said.add(c.answer());
        Set<String> saidStems = KeyPointCoverage.stems(String.join(" ", said));
        int covered = KeyPointCoverage.coveredCount(c.keyPoints(), saidStems);
        String coverage = "answer covers " + covered + " of " + c.keyPoints().size() + " key points";
        if (c.keyPoints().isEmpty() || covered * 100 >= HIGH_COVERAGE_PERCENT * c.keyPoints().size()) {
            return next(coverage + ": no follow-up needed");
        }
        Set<String> probed = new HashSet<>(c.probedKeyPoints());
        int missed = KeyPointCoverage.mostImportantMissed(c.keyPoints(), saidStems, KeyPointCoverage.stems(c.questionText()), probed);
        if (missed < 0) {
            return next(coverage + "; every missed point was probed already");
        }
        String keyPoint = c.keyPoints().get(missed);
        String probe = probe(c, missed);
        if (probe == null) {
            return next(coverage + "; no probe for the missed point that keeps it unsaid");
        }
        String text = acknowledged(c, probe);
        return Proposal.rules(Move.PROBE, text, keyPoint, AnswerKind.ANSWER, coverage + "; probing the most important missed point: " + keyPoint);
    }

    /** The written probe of the missed point, else a generic one; never one that reads a key point out. */
    private static String probe(AnswerContext c, int index) {
        List<String> options = new ArrayList<>();
        if (c.probe(index) != null) {
            options.add(c.probe(index));
        }
        options.add(GenericProbes.forKeyPoint(c.keyPoints().get(index), c.questionType()));
        return options.stream().filter(p -> FourWordOverlap.revealed(p, c.keyPoints()) == null).findFirst().orElse(null);
    }

    /** The probe opened by an acknowledgement of a phrase from the answer (the best one that keeps every key point unsaid). */
    private static String acknowledged(AnswerContext c, String probe) {
        List<String> earlier = c.earlierPrompts();
        String said = " " + String.join(" ", FourWordOverlap.words(String.join(" ", earlier))) + " ";
        // a phrase the interviewer already acknowledged would make it sound like a loop
        List<String> phrases = AnswerPhrase.candidates(c.answerTokens(), c.questionStems(), c.questionText()).stream()
                .filter(p -> !said.contains(" " + String.join(" ", FourWordOverlap.words(p)) + " ")).limit(5).toList();
        for (String phrase : phrases) {
            String opening = Openings.choose(Openings.Kind.ACKNOWLEDGE, phrase, c.questionNumber(), earlier, c.seed());
            if (opening != null && FourWordOverlap.revealed(opening + " " + probe, c.keyPoints()) == null) {
                return opening + " " + probe;
            }
        }
        String opening = Openings.choose(Openings.Kind.ACKNOWLEDGE, null, c.questionNumber(), earlier, c.seed());
        return opening == null ? probe : opening + " " + probe;
    }

    private static Proposal rephrase(AnswerContext c) {
        String body = QuestionRewording.rephrase(c.questionText());
        String opening = Openings.choose(Openings.Kind.REPHRASE, null, c.questionNumber(), c.earlierPrompts(), c.seed());
        String text = opening == null ? body : opening + " " + body;
        if (FourWordOverlap.revealed(text, c.keyPoints()) != null) {
            return null;
        }
        return Proposal.rules(Move.REPHRASE, text, null, AnswerKind.NON_ANSWER,
                "the answer is off the question: the candidate may have misunderstood it, so it is rephrased once");
    }

    private static Proposal repeat(AnswerContext c, Reading r) {
        String body = repeatedBody(c);
        if (r.term() != null) {
            String opening = Openings.choose(Openings.Kind.CLARIFY, r.term(), c.questionNumber(), c.earlierPrompts(), c.seed());
            if (opening != null && FourWordOverlap.revealed(opening, c.keyPoints()) == null) {
                return Proposal.rules(Move.CLARIFY, opening + " " + body, c.turnProbedKeyPoint(), AnswerKind.CLARIFICATION_REQUEST, r.reason());
            }
        } else if (AnswerClassifier.CLARIFY_REQUEST.equals(r.reason()) && Turn.QUESTION.equals(c.turnKind())) {
            // "what do you mean?" about the whole question: the question in other words is the clarification
            String opening = Openings.choose(Openings.Kind.CLARIFY, null, c.questionNumber(), c.earlierPrompts(), c.seed());
            String text = (opening == null ? "" : opening + " ") + QuestionRewording.rephrase(c.questionText());
            if (FourWordOverlap.revealed(text, c.keyPoints()) == null) {
                return Proposal.rules(Move.CLARIFY, text, null, AnswerKind.CLARIFICATION_REQUEST, r.reason());
            }
        }
        String opening = Openings.choose(Openings.Kind.REPEAT, null, c.questionNumber(), c.earlierPrompts(), c.seed());
        return Proposal.rules(Move.REPEAT, opening == null ? body : opening + " " + body, c.turnProbedKeyPoint(),
                AnswerKind.CLARIFICATION_REQUEST, r.reason());
    }

    /** What is asked again: the prepared question, or a follow-up's probe without the acknowledgement that opened it. */
    private static String repeatedBody(AnswerContext c) {
        if (Turn.QUESTION.equals(c.turnKind())) {
            return c.questionText();
        }
        int index = c.turnProbedKeyPoint() == null ? -1 : c.keyPoints().indexOf(c.turnProbedKeyPoint());
        String probe = index < 0 ? null : c.probe(index);
        if (probe != null && c.turnPrompt().endsWith(probe)) {
            return probe;
        }
        String generic = index < 0 ? null : GenericProbes.forKeyPoint(c.turnProbedKeyPoint(), c.questionType());
        if (generic != null && c.turnPrompt().endsWith(generic)) {
            return generic;
        }
        // a rephrasing or a model's follow-up: drop the opening sentence, the part that asks stays
        String opening = Openings.firstSentence(c.turnPrompt());
        String rest = c.turnPrompt().strip().substring(opening.length()).strip();
        return opening.endsWith("?") || rest.isEmpty() ? c.turnPrompt() : rest;
    }

    private static Proposal next(String reason) {
        return Proposal.rules(Move.NEXT, null, null, AnswerKind.ANSWER, reason);
    }
}
