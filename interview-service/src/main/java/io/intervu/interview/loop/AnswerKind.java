package io.intervu.interview.loop;

import io.intervu.interview.Turn;

/** What a candidate's reply to a question or follow-up is, as the follow-up policy reads it. */
public enum AnswerKind {
    /** An attempt at the question: judged for coverage, maybe probed. */
    ANSWER(Turn.ANSWER),
    /** "I don't know", a reply too short to judge, or one that is off the question: never probed. */
    NON_ANSWER(Turn.NON_ANSWER),
    /** "Could you repeat that?", "What do you mean by X?": answered with the question again, and not the answer. */
    CLARIFICATION_REQUEST(Turn.CLARIFICATION_REQUEST);

    /** The value kept on the turn. */
    final String stored;

    AnswerKind(String stored) {
        this.stored = stored;
    }
}
