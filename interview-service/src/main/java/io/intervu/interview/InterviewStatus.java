package io.intervu.interview;

import java.util.EnumSet;
import java.util.Set;

/** The loop's persisted states (ARCHITECTURE.md); the server owns every transition. */
public enum InterviewStatus {
    PREPARING, READY, ASKING, AWAITING_ANSWER, PROCESSING_ANSWER, COMPLETED, FAILED, ABANDONED;

    /** States in which the current turn may be answered. */
    public static final Set<InterviewStatus> ANSWERABLE = EnumSet.of(READY, ASKING, AWAITING_ANSWER);

    public boolean isTerminal() {
        return this == COMPLETED || this == FAILED || this == ABANDONED;
    }
}
