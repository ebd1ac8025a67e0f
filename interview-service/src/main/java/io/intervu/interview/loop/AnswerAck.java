package io.intervu.interview.loop;

/** The 202 body of an accepted answer; {@code duplicate} = this submission was already received and had no new effect. */
public record AnswerAck(String interviewId, String turnId, String status, boolean duplicate) {
}
