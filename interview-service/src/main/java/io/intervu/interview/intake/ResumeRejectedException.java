package io.intervu.interview.intake;

import io.intervu.interview.rest.ProblemException;

/** A resume we cannot read; the message is written for the candidate. */
public class ResumeRejectedException extends ProblemException {

    public ResumeRejectedException(String slug, String detail) {
        super(422, slug, "We could not read this resume", detail);
    }
}
