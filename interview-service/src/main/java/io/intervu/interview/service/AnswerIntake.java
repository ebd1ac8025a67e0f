package io.intervu.interview.service;

import io.intervu.interview.RequestRefusedException;
import io.intervu.interview.loop.AnswerAck;
import io.intervu.interview.loop.AnswerSubmission;
import io.intervu.interview.loop.LoopTransitions;
import io.intervu.interview.repository.ErasureRecordRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.UUID;

/** Accepts an answer within the user's per-minute quota; the loop's own rules are in {@link LoopTransitions#accept}. */
@ApplicationScoped
public class AnswerIntake {

    private final LoopTransitions transitions;
    private final ErasureRecordRepository erasures;
    private final UsageQuotas quotas;

    public AnswerIntake(LoopTransitions transitions, ErasureRecordRepository erasures, UsageQuotas quotas) {
        this.transitions = transitions;
        this.erasures = erasures;
        this.quotas = quotas;
    }

    /**
     * One transaction: the user's lock first (the order erasure and intake take it, before any
     * interview row), so a user's answers to different interviews are counted one after another. The
     * count is read before the answer is stored; a refusal is thrown only after the loop has had its
     * say, so a repeat of an accepted answer stays a 202 duplicate and a wrong turn stays a 409, and
     * the rollback leaves nothing of the refused answer behind.
     */
    @Transactional
    public AnswerAck accept(UUID interviewId, String userId, AnswerSubmission submission) {
        erasures.lockUser(userId);
        RequestRefusedException refusal = quotas.answerRefusal(userId);
        AnswerAck ack = transitions.accept(interviewId, userId, submission);
        if (refusal != null && !ack.duplicate()) {
            throw refusal;
        }
        return ack;
    }
}
