package io.intervu.interview.service;

import io.intervu.interview.Interview;
import io.intervu.interview.InterviewStatus;
import io.intervu.interview.RequestRefusedException;
import io.intervu.interview.RequestRefusedException.Reason;
import io.intervu.interview.config.InterviewConfig;
import io.intervu.interview.intake.ResumeReader;
import io.intervu.interview.repository.ErasureRecordRepository;
import io.intervu.interview.repository.InterviewRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Validates the intake (everything before anything is stored) and creates the PREPARING interview. */
@ApplicationScoped
public class InterviewIntake {

    public static final int JD_MIN = 50;
    public static final int JD_MAX = 20_000;

    private final ResumeReader resumes;
    private final InterviewRepository interviews;
    private final ErasureRecordRepository erasures;
    private final InterviewConfig config;
    private final StartChecks checks;
    private final RequestedTopics requestedTopics;

    public InterviewIntake(ResumeReader resumes, InterviewRepository interviews, ErasureRecordRepository erasures,
                           InterviewConfig config, StartChecks checks, RequestedTopics requestedTopics) {
        this.resumes = resumes;
        this.interviews = interviews;
        this.erasures = erasures;
        this.config = config;
        this.checks = checks;
        this.requestedTopics = requestedTopics;
    }

    /**
     * Returns the new interview, or the earlier one started with the same Idempotency-Key. A deleted
     * user's token stays valid for minutes: their erasure, done or concurrent, wins (401 account-gone).
     *
     * <p>The resume is read between two short transactions, never inside one: parsing may take the
     * whole parse time limit, and meanwhile it must hold neither a pooled connection nor the user's
     * erasure lock. So the write re-checks under the lock what the first look saw.
     *
     * <p>A repeat of an earlier start is answered before the daily quota is asked, so it never counts
     * twice; the first look refuses an exhausted quota before the resume is parsed, the write again
     * under the user's lock, so concurrent starts cannot both take the last slot.
     */
    public Interview start(String userId, StartRequest request, String bearer) {
        Interview earlier = QuarkusTransaction.requiringNew().call(() -> {
            Interview found = checks.earlierStart(userId, request.idempotencyKey());
            if (found == null) {
                checks.refuseOverQuota(userId);
            }
            return found;
        });
        if (earlier != null) {
            return earlier;
        }
        validateOptions(request);
        String jd = request.jobDescription() == null ? "" : request.jobDescription().strip();
        if (jd.length() < JD_MIN || jd.length() > JD_MAX) {
            throw new RequestRefusedException(Reason.UNPROCESSABLE, "job-description-length", "Job description length",
                    "Please paste the job description (between " + JD_MIN + " and " + JD_MAX + " characters; this one has " + jd.length() + ").");
        }
        requestedTopics.requireKnown(request.focusTopics(), bearer);
        String resumeText = resumes.read(request.resumePdf());
        return QuarkusTransaction.requiringNew().call(() -> {
            erasures.lockUser(userId);
            Interview concurrent = checks.earlierStart(userId, request.idempotencyKey());
            if (concurrent != null) {
                return concurrent;
            }
            checks.refuseOverQuota(userId);
            return create(userId, request, jd, resumeText);
        });
    }

    private Interview create(String userId, StartRequest request, String jd, String resumeText) {
        OffsetDateTime now = OffsetDateTime.now();
        Interview i = new Interview();
        i.id = UUID.randomUUID();
        i.userId = userId;
        i.status = InterviewStatus.PREPARING;
        i.startKey = request.idempotencyKey();
        i.candidateName = blankToNull(request.candidateName());
        i.interviewerName = request.interviewerName() == null || request.interviewerName().isBlank()
                ? config.defaultInterviewerName() : request.interviewerName().strip();
        i.company = blankToNull(request.company());
        i.resumeText = resumeText;
        i.jobDescription = jd;
        i.questionCount = request.questionCount() == null ? config.defaultQuestionCount() : request.questionCount();
        i.maxFollowUps = request.maxFollowUps() == null ? config.defaultMaxFollowUps() : request.maxFollowUps();
        i.confidenceOptIn = request.confidenceOptIn();
        i.requestedTopics = request.focusTopics().isEmpty() ? null : String.join(",", request.focusTopics());
        i.createdAt = now;
        i.updatedAt = now;
        i.lastActivityAt = now;
        interviews.persist(i);
        return i;
    }

    /** The same problem auth-service answers for a deleted account's token. */
    private void validateOptions(StartRequest r) {
        Map<String, Object> errors = new LinkedHashMap<>();
        if (r.questionCount() != null && (r.questionCount() < config.minQuestionCount() || r.questionCount() > config.maxQuestionCount())) {
            errors.put("questionCount", "must be between " + config.minQuestionCount() + " and " + config.maxQuestionCount());
        }
        if (r.maxFollowUps() != null && (r.maxFollowUps() < 0 || r.maxFollowUps() > config.maxFollowUpsLimit())) {
            errors.put("maxFollowUps", "must be between 0 and " + config.maxFollowUpsLimit());
        }
        for (Map.Entry<String, String> name : Map.of("candidateName", nz(r.candidateName()), "interviewerName", nz(r.interviewerName()),
                "company", nz(r.company())).entrySet()) {
            if (name.getValue().length() > 100) {
                errors.put(name.getKey(), "must be at most 100 characters");
            }
        }
        String topics = RequestedTopics.formatError(r.focusTopics());
        if (topics != null) {
            errors.put("focusTopics", topics);
        }
        if (!errors.isEmpty()) {
            throw new RequestRefusedException(Reason.INVALID, "validation", "Invalid request", "Some fields are invalid.", errors, null);
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
