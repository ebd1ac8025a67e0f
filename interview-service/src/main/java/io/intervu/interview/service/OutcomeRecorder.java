package io.intervu.interview.service;

import io.intervu.interview.Interview;
import io.intervu.interview.loop.InterviewChanged;
import io.intervu.interview.repository.InterviewRepository;
import io.intervu.interview.repository.ProcessedEventRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Keeps the history's scores and report link up to date from evaluation-service and report-service events. */
@ApplicationScoped
public class OutcomeRecorder {

    static final String ASSESSED_CONSUMER = "interview.assessment-scores";
    static final String REPORT_CONSUMER = "interview.report-links";

    private final ProcessedEventRepository processed;
    private final InterviewRepository interviews;
    private final Event<InterviewChanged> changed;

    public OutcomeRecorder(ProcessedEventRepository processed, InterviewRepository interviews, Event<InterviewChanged> changed) {
        this.processed = processed;
        this.interviews = interviews;
        this.changed = changed;
    }

    /** Returns false for a duplicate; an unknown (e.g. erased) interview is claimed and ignored. */
    @Transactional
    public boolean assessed(String eventId, UUID interviewId, String userId, Double overallScore, String readiness) {
        if (!processed.claim(eventId, ASSESSED_CONSUMER)) {
            return false;
        }
        Interview i = interviews.lock(interviewId);
        if (i != null && (userId == null || i.userId.equals(userId))) {
            i.overallScore = overallScore;
            i.readiness = readiness;
            i.updatedAt = OffsetDateTime.now();
            changed.fire(new InterviewChanged(interviewId));
        }
        return true;
    }

    @Transactional
    public boolean reportGenerated(String eventId, UUID interviewId, String userId, String reportId, String url) {
        if (!processed.claim(eventId, REPORT_CONSUMER)) {
            return false;
        }
        Interview i = interviews.lock(interviewId);
        if (i != null && (userId == null || i.userId.equals(userId))) {
            i.reportId = reportId;
            i.reportUrl = url;
            i.updatedAt = OffsetDateTime.now();
            changed.fire(new InterviewChanged(interviewId));
        }
        return true;
    }
}
