package io.intervu.interview.service;

import io.intervu.interview.RequestRefusedException;
import io.intervu.interview.RequestRefusedException.Reason;
import io.intervu.interview.config.QuotaConfig;
import io.intervu.interview.repository.InterviewRepository;
import io.intervu.interview.repository.TurnRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Sliding-window quotas counted from what is stored (interviews by creation time, answers by the time
 * they were accepted while pending, then by the time they were recorded), not from memory: a restart or another replica sees the same count. The callers
 * hold the user's lock ({@code ErasureRecordRepository.lockUser}), so two requests cannot both take
 * the last slot.
 */
@ApplicationScoped
public class UsageQuotas {

    static final Duration DAY = Duration.ofDays(1);
    static final Duration MINUTE = Duration.ofMinutes(1);

    private final QuotaConfig config;
    private final InterviewRepository interviews;
    private final TurnRepository turns;

    public UsageQuotas(QuotaConfig config, InterviewRepository interviews, TurnRepository turns) {
        this.config = config;
        this.interviews = interviews;
        this.turns = turns;
    }

    /** The refusal for one more interview now, or null while the user's daily quota has room. */
    @Transactional(Transactional.TxType.MANDATORY)
    public RequestRefusedException interviewRefusal(String userId) {
        int limit = config.interviewsPerDay();
        if (limit <= 0) {
            return null;
        }
        OffsetDateTime now = OffsetDateTime.now();
        List<OffsetDateTime> recent = interviews.startedSince(userId, now.minus(DAY), limit);
        return refusal(recent, limit, DAY, now, "interview-quota", "Too many interviews",
                "You can start " + limit + " interviews in 24 hours.");
    }

    /** The refusal for one more answer now, or null while the user's per-minute quota has room. */
    @Transactional(Transactional.TxType.MANDATORY)
    public RequestRefusedException answerRefusal(String userId) {
        int limit = config.answersPerMinute();
        if (limit <= 0) {
            return null;
        }
        OffsetDateTime now = OffsetDateTime.now();
        OffsetDateTime since = now.minus(MINUTE);
        // an answer is either still pending on its interview or recorded on its turn, never both
        List<OffsetDateTime> recent = new ArrayList<>(turns.answeredSince(userId, since, limit));
        recent.addAll(interviews.pendingSince(userId, since));
        recent.sort(Comparator.reverseOrder());
        return refusal(recent.subList(0, Math.min(limit, recent.size())), limit, MINUTE, now, "answer-quota",
                "Too many answers", "You can submit " + limit + " answers a minute.");
    }

    /**
     * {@code newest} holds at most {@code limit} times, newest first. When full, a slot frees once the
     * oldest of them leaves the window (older ones are already out of the count).
     */
    private static RequestRefusedException refusal(List<OffsetDateTime> newest, int limit, Duration window, OffsetDateTime now,
                                            String slug, String title, String detail) {
        if (newest.size() < limit) {
            return null;
        }
        long millis = Duration.between(now, newest.get(newest.size() - 1).plus(window)).toMillis();
        int seconds = (int) Math.max(1, (millis + 999) / 1000);
        return new RequestRefusedException(Reason.TOO_MANY_REQUESTS, slug, title,
                detail + " Please try again in " + readable(seconds) + ".", null, (long) seconds);
    }

    private static String readable(int seconds) {
        if (seconds < 120) {
            return seconds + " seconds";
        }
        if (seconds < 2 * 3600) {
            return (seconds + 59) / 60 + " minutes";
        }
        return (seconds + 3599) / 3600 + " hours";
    }
}
