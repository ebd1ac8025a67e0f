package io.intervu.interview.intake;

import io.intervu.interview.RequestRefusedException;
import io.intervu.interview.RequestRefusedException.Reason;

/** A resume we cannot read; the message is written for the candidate. */
public class ResumeRejectedException extends RequestRefusedException {

    public ResumeRejectedException(String slug, String detail) {
        super(Reason.UNPROCESSABLE, slug, "We could not read this resume", detail);
    }
}
