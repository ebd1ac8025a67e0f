package io.intervu.interview.loop;

import java.util.UUID;

/** Fired inside a transaction that changed what a client sees of an interview; observers act after commit. */
public record InterviewChanged(UUID interviewId) {
}
