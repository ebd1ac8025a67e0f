package io.intervu.interview.event;

/** The topics this service publishes (CloudEvent type = topic) and consumes. */
public final class Topics {
    public static final String STARTED = "interview.started";
    public static final String ANSWER_RECORDED = "interview.answer-recorded";
    public static final String COMPLETED = "interview.completed";

    private Topics() {
    }
}
