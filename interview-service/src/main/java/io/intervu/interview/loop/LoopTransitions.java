package io.intervu.interview.loop;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.intervu.interview.Interview;
import io.intervu.interview.InterviewStatus;
import io.intervu.interview.PreparedQuestion;
import io.intervu.interview.RequestRefusedException;
import io.intervu.interview.RequestRefusedException.Reason;
import io.intervu.interview.Turn;
import io.intervu.interview.analysis.Analysis;
import io.intervu.interview.event.OutboxWriter;
import io.intervu.interview.event.Topics;
import io.intervu.interview.plan.Plan;
import io.intervu.interview.plan.PlannedQuestion;
import io.intervu.interview.repository.InterviewRepository;
import io.intervu.interview.repository.PreparedQuestionRepository;
import io.intervu.interview.repository.TurnRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Every state change of the loop, each in one transaction with the interview row locked, so any
 * replica can serve any request and a replayed step has no second effect. Events go to the outbox
 * in the same transaction.
 */
@ApplicationScoped
public class LoopTransitions {

    private final InterviewRepository interviews;
    private final PreparedQuestionRepository questions;
    private final TurnRepository turns;
    private final OutboxWriter outbox;
    private final EventComposer events;
    private final ObjectMapper json;
    private final Event<InterviewerSpoke> spoke;
    private final Event<InterviewChanged> changed;

    public LoopTransitions(InterviewRepository interviews, PreparedQuestionRepository questions, TurnRepository turns,
                           OutboxWriter outbox, EventComposer events, ObjectMapper json, Event<InterviewerSpoke> spoke,
                           Event<InterviewChanged> changed) {
        this.interviews = interviews;
        this.questions = questions;
        this.turns = turns;
        this.outbox = outbox;
        this.events = events;
        this.json = json;
        this.spoke = spoke;
        this.changed = changed;
    }

    /** PREPARING -> READY: the plan is stored, the greeting is waiting, interview.started is in the outbox. */
    @Transactional
    public boolean ready(UUID id, Analysis analysis, Plan plan) {
        Interview i = interviews.lock(id);
        if (i == null || i.status != InterviewStatus.PREPARING) {
            return false;
        }
        i.role = analysis.role();
        i.roleProfile = analysis.roleProfile();
        i.seniority = analysis.seniority();
        if (i.company == null) {
            i.company = analysis.company();
        }
        if (i.candidateName == null) {
            i.candidateName = analysis.candidateName();
        }
        i.focusTopics = write(analysis.focusTopics());
        i.analysis = write(analysis);
        i.planSource = plan.source();
        i.llmProvider = plan.llmProvider();
        i.planNotes = write(plan.notes());
        int ordinal = 0;
        for (PlannedQuestion p : plan.questions()) {
            PreparedQuestion q = new PreparedQuestion();
            q.id = UUID.randomUUID();
            q.interviewId = id;
            q.ordinal = ++ordinal;
            q.type = p.type();
            q.topic = p.topic();
            q.difficulty = p.difficulty();
            q.text = p.text();
            q.keyPoints = write(p.keyPoints());
            q.probes = write(p.probes());
            q.neighbours = write(p.neighbours());
            q.misconceptions = write(p.misconceptions());
            q.rationale = p.rationale();
            q.sourceDocumentId = p.documentId();
            q.sourceDocumentTitle = p.documentTitle();
            q.sourceQuestionRef = p.questionRef();
            questions.persist(q);
        }
        i.questionCount = ordinal;
        OffsetDateTime now = OffsetDateTime.now();
        i.startedAt = now;
        i.status = InterviewStatus.READY;
        touch(i, now);
        ask(i, Turn.GREETING, null, 0, InterviewerLines.greeting(i), now);
        questions.flush();
        outbox.append(Topics.STARTED, id.toString(), Topics.STARTED, events.started(i));
        return true;
    }

    @Transactional
    public void fail(UUID id, String reason) {
        Interview i = interviews.lock(id);
        if (i != null && i.status == InterviewStatus.PREPARING) {
            i.status = InterviewStatus.FAILED;
            i.failureReason = reason;
            touch(i, OffsetDateTime.now());
        }
    }

    /**
     * The current interviewer message, or null while the server is still working (the caller answers 204).
     * Clients poll this, so it reads without a row lock and locks only for the one transition it makes
     * (READY/ASKING -> AWAITING_ANSWER), re-checking the state once the lock is held.
     */
    @Transactional
    public Turn deliver(UUID id, String userId) {
        InterviewRepository.LoopPosition position = interviews.position(id, userId);
        switch (position.status()) {
            case PREPARING, PROCESSING_ANSWER:
                return null;
            case FAILED:
                throw new RequestRefusedException(Reason.CONFLICT, "interview-failed", "The interview could not be prepared",
                        position.failureReason() == null ? "Preparation failed." : position.failureReason());
            case ABANDONED:
                throw new RequestRefusedException(Reason.CONFLICT, "interview-abandoned", "The interview was abandoned",
                        "This interview ended after a period of inactivity. Please start a new one.");
            case READY, ASKING:
                return markDelivered(id);
            default:
                return turns.findById(position.currentTurnId());
        }
    }

    private Turn markDelivered(UUID id) {
        Interview i = interviews.lock(id);
        if (i.status == InterviewStatus.PROCESSING_ANSWER) {
            return null; // an answer to this message was accepted between the read and the lock
        }
        if (i.status == InterviewStatus.READY || i.status == InterviewStatus.ASKING) {
            i.status = InterviewStatus.AWAITING_ANSWER;
            touch(i, OffsetDateTime.now());
        }
        return turns.findById(i.currentTurnId);
    }

    /** Accepts an answer for the current turn (or recognises a duplicate); the work itself happens after commit. */
    @Transactional
    public AnswerAck accept(UUID id, String userId, AnswerSubmission s) {
        Interview i = interviews.ownedForUpdate(id, userId);
        if (s.idempotencyKey() != null) {
            if (s.idempotencyKey().equals(i.pendingKey)) {
                return ack(i, i.pendingTurnId, true);
            }
            Turn earlier = turns.byAnswerKey(id, s.idempotencyKey());
            if (earlier != null) {
                return ack(i, earlier.id, true);
            }
        }
        if (s.turnId() != null) {
            if (s.turnId().equals(i.pendingTurnId)) {
                return ack(i, i.pendingTurnId, true);
            }
            Turn turn = turns.findById(s.turnId());
            if (turn != null && turn.interviewId.equals(id) && turn.answered()) {
                return ack(i, turn.id, true);
            }
            if (!s.turnId().equals(i.currentTurnId)) {
                throw outOfTurn("This answer is for a turn that is not the current one.");
            }
        }
        if (i.status.isTerminal()) {
            throw new RequestRefusedException(Reason.CONFLICT, "interview-finished", "The interview is over",
                    "This interview has ended (" + i.status + "); it takes no more answers.");
        }
        if (!InterviewStatus.ANSWERABLE.contains(i.status)) {
            throw outOfTurn(i.status == InterviewStatus.PREPARING ? "The interview is still being prepared."
                    : "The previous answer is still being processed; fetch the next message first.");
        }
        OffsetDateTime now = OffsetDateTime.now();
        i.pendingTurnId = i.currentTurnId;
        i.pendingKey = s.idempotencyKey();
        i.pendingText = s.text();
        i.pendingTranscript = s.clientTranscript();
        i.pendingAudio = s.audio();
        i.pendingAudioName = s.audioName();
        i.pendingAudioType = s.audioType();
        i.pendingSince = now;
        i.notice = null;
        i.status = InterviewStatus.PROCESSING_ANSWER;
        touch(i, now);
        return ack(i, i.pendingTurnId, false);
    }

    /**
     * Records the pending reply and moves on: the same message again (a request to repeat or clarify, which is not
     * published as an answer), a follow-up (if proposed and within K), the next prepared question (after a transition
     * when the proposal has one), or the closing message. Returns false when the work was already done.
     */
    @Transactional
    public boolean recordAnswer(UUID id, UUID turnId, RecordedAnswer answer, Proposal proposal, String speechProvider) {
        Interview i = interviews.lock(id);
        if (i == null || i.status != InterviewStatus.PROCESSING_ANSWER || !turnId.equals(i.pendingTurnId)) {
            return false;
        }
        OffsetDateTime now = OffsetDateTime.now();
        Turn turn = turns.findById(turnId);
        turn.answerId = UUID.randomUUID();
        turn.answerKey = i.pendingKey;
        turn.answerText = answer.text();
        turn.answerSource = answer.source();
        turn.answerProvider = answer.provider();
        turn.transcriptionId = answer.transcriptionId();
        turn.durationSeconds = answer.durationSeconds();
        turn.speechDetected = answer.speechDetected();
        turn.delivery = answer.deliveryJson();
        turn.confidence = i.confidenceOptIn ? answer.confidenceJson() : null;
        turn.answeredAt = now;
        turn.answerKind = proposal == null ? null : proposal.answerKind().stored;
        i.clearPending();
        if (proposal != null && proposal.modelFailure() != null) {
            // kept with the interview's other fallbacks; once per distinct failure, so a model outage is one line
            addNote(i, proposal.modelFailure() + ": offline rules used");
        }
        if (speechProvider != null && i.speechProvider == null) {
            i.speechProvider = speechProvider;
        }
        touch(i, now);

        if (Turn.GREETING.equals(turn.kind)) {
            // the readiness reply is kept in the transcript but never evaluated
            askQuestion(i, 1, now);
            return true;
        }
        PreparedQuestion question = questions.findById(turn.questionId);
        if (proposal != null && proposal.move().isRepeat()) {
            // the same message again, in place of the turn that asked for it; that reply is kept but is not the answer
            Turn again = ask(i, turn.kind, question.id, turn.followUpIndex, proposal.text(), now);
            again.move = proposal.move().stored;
            again.probedKeyPoint = turn.probedKeyPoint;
            again.proposedBy = turn.proposedBy;
            again.followUpReason = turn.followUpReason;
            i.status = InterviewStatus.ASKING;
            return true;
        }
        turns.flush();
        outbox.append(Topics.ANSWER_RECORDED, id.toString(), Topics.ANSWER_RECORDED, events.answerRecorded(i, turn, question));

        if (proposal != null && proposal.move().isFollowUp() && i.followUpsAsked < i.maxFollowUps) {
            i.followUpsAsked++;
            Turn followUp = ask(i, Turn.FOLLOW_UP, question.id, i.followUpsAsked, proposal.text(), now);
            followUp.move = proposal.move().stored;
            followUp.probedKeyPoint = proposal.probedKeyPoint();
            followUp.proposedBy = proposal.proposedBy();
            followUp.followUpReason = proposal.reason() == null || proposal.reason().length() <= 500 ? proposal.reason()
                    : proposal.reason().substring(0, 500) + "…";
            i.status = InterviewStatus.ASKING;
            return true;
        }
        String transition = proposal != null && proposal.move() == Proposal.Move.NEXT ? proposal.text() : null;
        askQuestion(i, i.currentOrdinal + 1, transition, now);
        return true;
    }

    private void askQuestion(Interview i, int ordinal, OffsetDateTime now) {
        askQuestion(i, ordinal, null, now);
    }

    /** The next prepared question (after {@code transition}, when there is one) or, after the last, the closing. */
    private void askQuestion(Interview i, int ordinal, String transition, OffsetDateTime now) {
        PreparedQuestion next = ordinal <= i.questionCount ? questions.byOrdinal(i.id, ordinal) : null;
        i.followUpsAsked = 0;
        if (next == null) {
            ask(i, Turn.CLOSING, null, 0, InterviewerLines.closing(i), now);
            i.status = InterviewStatus.COMPLETED;
            i.completedAt = now;
            turns.flush();
            outbox.append(Topics.COMPLETED, i.id.toString(), Topics.COMPLETED, events.completed(i));
            return;
        }
        i.currentOrdinal = ordinal;
        String text = InterviewerLines.question(ordinal, i.questionCount, next.text);
        ask(i, Turn.QUESTION, next.id, 0, transition == null || transition.isBlank() ? text : transition + " " + text, now);
        i.status = InterviewStatus.ASKING;
    }

    /** The pending answer could not be used (e.g. no speech); the same turn is open again with a notice. */
    @Transactional
    public boolean reopen(UUID id, UUID turnId, String notice) {
        Interview i = interviews.lock(id);
        if (i == null || i.status != InterviewStatus.PROCESSING_ANSWER || !turnId.equals(i.pendingTurnId)) {
            return false;
        }
        i.clearPending();
        i.notice = notice;
        i.status = InterviewStatus.AWAITING_ANSWER;
        touch(i, OffsetDateTime.now());
        return true;
    }

    /** An open interview untouched since {@code before} is ABANDONED; interview.completed says so. */
    @Transactional
    public boolean abandon(UUID id, OffsetDateTime before) {
        Interview i = interviews.lock(id);
        if (i == null || !InterviewStatus.ANSWERABLE.contains(i.status) || !i.lastActivityAt.isBefore(before)) {
            return false;
        }
        OffsetDateTime now = OffsetDateTime.now();
        i.status = InterviewStatus.ABANDONED;
        i.completedAt = now;
        i.clearPending();
        touch(i, now);
        outbox.append(Topics.COMPLETED, id.toString(), Topics.COMPLETED, events.completed(i));
        return true;
    }

    private Turn ask(Interview i, String kind, UUID questionId, int followUpIndex, String prompt, OffsetDateTime now) {
        Turn t = new Turn();
        t.id = UUID.randomUUID();
        t.interviewId = i.id;
        t.seq = i.nextSeq++;
        t.kind = kind;
        t.questionId = questionId;
        t.followUpIndex = followUpIndex;
        t.prompt = prompt;
        t.askedAt = now;
        turns.persist(t);
        i.currentTurnId = t.id;
        spoke.fire(new InterviewerSpoke(i.id, t.id, prompt));
        return t;
    }

    private static AnswerAck ack(Interview i, UUID turnId, boolean duplicate) {
        return new AnswerAck(i.id.toString(), turnId == null ? null : turnId.toString(), i.status.name(), duplicate);
    }

    private static RequestRefusedException outOfTurn(String detail) {
        return new RequestRefusedException(Reason.CONFLICT, "out-of-turn", "Answer out of turn", detail);
    }

    /** Every visible change passes here: it stamps the row and wakes this interview's waiting clients after commit. */
    private void touch(Interview i, OffsetDateTime now) {
        i.updatedAt = now;
        i.lastActivityAt = now;
        changed.fire(new InterviewChanged(i.id));
    }

    private void addNote(Interview i, String note) {
        List<String> notes = new ArrayList<>(read(i.planNotes));
        if (!notes.contains(note)) {
            notes.add(note);
            i.planNotes = write(notes);
        }
    }

    private List<String> read(String notes) {
        try {
            return notes == null ? List.of() : List.of(json.readValue(notes, String[].class));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
