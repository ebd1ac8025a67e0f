package io.intervu.interview.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.intervu.interview.Interview;
import io.intervu.interview.PreparedQuestion;
import io.intervu.interview.Turn;
import io.intervu.interview.loop.EventComposer;
import io.intervu.interview.repository.InterviewRepository;
import io.intervu.interview.repository.PreparedQuestionRepository;
import io.intervu.interview.repository.TurnRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Read models for the API; ownership is checked on every read. */
@ApplicationScoped
public class InterviewQueries {

    private final InterviewRepository interviews;
    private final TurnRepository turns;
    private final PreparedQuestionRepository questions;
    private final EventComposer composer;
    private final ObjectMapper json;

    public InterviewQueries(InterviewRepository interviews, TurnRepository turns, PreparedQuestionRepository questions,
                            EventComposer composer, ObjectMapper json) {
        this.interviews = interviews;
        this.turns = turns;
        this.questions = questions;
        this.composer = composer;
        this.json = json;
    }

    @Transactional
    public InterviewView view(UUID id, String userId) {
        Interview i = interviews.owned(id, userId);
        List<Turn> all = turns.ofInterview(id);
        int answers = (int) all.stream().filter(Turn::countsAsAnswer).count();
        int followUps = Turn.followUpCount(all);
        return new InterviewView(i.id.toString(), i.status.name(), i.failureReason, i.notice, i.role, i.roleProfile, i.seniority,
                i.company, i.candidateName, i.interviewerName, composer.focusTopics(i), i.questionCount, i.maxFollowUps,
                i.confidenceOptIn, i.planSource, i.llmProvider, notes(i.planNotes), new InterviewView.Progress(i.currentOrdinal, answers, followUps),
                time(i.createdAt), time(i.startedAt), time(i.completedAt), i.overallScore, i.readiness, i.reportId, i.reportUrl,
                i.status.isTerminal() ? composer.plan(i) : null, PracticeOf.of(i));
    }

    @Transactional
    public List<HistoryItem> history(String userId) {
        return interviews.history(userId).stream()
                .map(i -> new HistoryItem(i.id.toString(), i.status.name(), i.role, i.company, composer.focusTopics(i),
                        time(i.createdAt), time(i.completedAt), i.overallScore, i.readiness, i.reportId, i.reportUrl, PracticeOf.of(i)))
                .toList();
    }

    /** The message view of a turn, with the notice of the interview when it concerns this turn. */
    @Transactional
    public MessageView message(UUID id, Turn turn) {
        Interview i = interviews.findById(id);
        int number = Turn.GREETING.equals(turn.kind) ? 0 : Turn.CLOSING.equals(turn.kind) ? i.questionCount : i.currentOrdinal;
        PreparedQuestion q = turn.questionId == null ? null : questions.findById(turn.questionId);
        return new MessageView(turn.id.toString(), turn.kind, turn.prompt, q == null ? null : q.id.toString(),
                q == null ? null : q.type, q == null ? null : q.topic, q == null ? null : q.difficulty,
                number, i.questionCount, turn.followUpIndex, Turn.CLOSING.equals(turn.kind),
                turn.id.equals(i.currentTurnId) ? i.notice : null);
    }

    /** A small fingerprint of what the UI shows, for the event stream to notice changes; read as a projection (it is polled). */
    @Transactional
    public Snapshot snapshot(UUID id, String userId) {
        InterviewRepository.LoopPosition p = interviews.position(id, userId);
        return new Snapshot(p.status().name(), p.currentTurnId() == null ? null : p.currentTurnId().toString(), p.reportId(),
                p.overallScore());
    }

    public record Snapshot(String status, String currentTurnId, String reportId, Double overallScore) {
    }

    private List<String> notes(String stored) {
        if (stored == null) {
            return null;
        }
        try {
            return List.of(json.readValue(stored, String[].class));
        } catch (Exception e) {
            return null;
        }
    }

    private static String time(OffsetDateTime t) {
        return t == null ? null : t.toInstant().toString();
    }
}
