package io.intervu.interview.loop;

/**
 * What the interviewer does after a reply, as proposed by the follow-up policy (or the language model): the loop only applies it
 * within its bounds. {@code text} is the whole message for a probe, rephrasing, repeat or clarification, and the
 * transition said before the next question (or null) for {@link Move#NEXT}. {@code proposedBy} is "rules" or
 * the model's provider (gemini, openai-compatible); {@code modelFailure} says which model's proposal was not usable,
 * and why, when the rules stood in for it.
 */
public record Proposal(Move move, String text, String probedKeyPoint, AnswerKind answerKind, String reason, String proposedBy,
                       String modelFailure) {

    public enum Move {
        /** A follow-up inviting the candidate to show a missed key point. */
        PROBE("probe"),
        /** The question once more in other words, after a reply that seems to have misunderstood it. */
        REPHRASE("rephrase"),
        /** The current message again, on request; the request is not the answer. */
        REPEAT("repeat"),
        /** A clarification of a term of the current message, then the message again; the request is not the answer. */
        CLARIFY("clarify"),
        /** On to the next prepared question (or the closing). */
        NEXT(null);

        /** The value kept on the turn the move creates. */
        final String stored;

        Move(String stored) {
            this.stored = stored;
        }

        /** A follow-up turn, counted against the interview's K follow-ups per question. */
        boolean isFollowUp() {
            return this == PROBE || this == REPHRASE;
        }

        /** The same message again; the reply that asked for it is not the answer. */
        boolean isRepeat() {
            return this == REPEAT || this == CLARIFY;
        }
    }

    static Proposal rules(Move move, String text, String probedKeyPoint, AnswerKind kind, String reason) {
        return new Proposal(move, text, probedKeyPoint, kind, reason, "rules", null);
    }

    Proposal withModelFailure(String failure) {
        return new Proposal(move, text, probedKeyPoint, answerKind, reason, proposedBy, failure);
    }
}
