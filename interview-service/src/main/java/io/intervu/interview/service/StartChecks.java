package io.intervu.interview.service;

import io.intervu.interview.Interview;
import io.intervu.interview.RequestRefusedException;
import io.intervu.interview.RequestRefusedException.Reason;
import io.intervu.interview.repository.ErasureRecordRepository;
import io.intervu.interview.repository.InterviewRepository;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * What every way of starting an interview (a new one, a practice round) checks before it stores one: the account
 * still exists, an Idempotency-Key seen before returns that start's interview, and the daily quota has room. Run
 * inside the caller's transaction; the write that follows them holds the user's erasure lock.
 */
@ApplicationScoped
public class StartChecks {

    private final InterviewRepository interviews;
    private final ErasureRecordRepository erasures;
    private final UsageQuotas quotas;

    public StartChecks(InterviewRepository interviews, ErasureRecordRepository erasures, UsageQuotas quotas) {
        this.interviews = interviews;
        this.erasures = erasures;
        this.quotas = quotas;
    }

    /** The interview this Idempotency-Key already started, or null; 401 account-gone for an erased user. */
    Interview earlierStart(String userId, String idempotencyKey) {
        if (erasures.erased(userId)) {
            throw new RequestRefusedException(Reason.UNAUTHENTICATED, "account-gone", "Account no longer exists", "This account has been deleted.");
        }
        return idempotencyKey == null ? null : interviews.byStartKey(userId, idempotencyKey);
    }

    /** The quota's refusal when the user has no interview left today. */
    void refuseOverQuota(String userId) {
        RequestRefusedException refusal = quotas.interviewRefusal(userId);
        if (refusal != null) {
            throw refusal;
        }
    }
}
