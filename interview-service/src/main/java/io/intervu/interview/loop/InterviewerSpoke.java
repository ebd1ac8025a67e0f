package io.intervu.interview.loop;

import java.util.UUID;

/** Fired inside the transaction that created an interviewer message; observers act after commit. */
public record InterviewerSpoke(UUID interviewId, UUID turnId, String text) {
}
