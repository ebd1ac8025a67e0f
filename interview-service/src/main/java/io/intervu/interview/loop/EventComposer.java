package io.intervu.interview.loop;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.intervu.interview.Interview;
import io.intervu.interview.PreparedQuestion;
import io.intervu.interview.Turn;
import io.intervu.interview.event.AnswerRecorded;
import io.intervu.interview.event.InterviewCompleted;
import io.intervu.interview.event.InterviewStarted;
import io.intervu.interview.event.PlanQuestionPayload;
import io.intervu.interview.repository.PreparedQuestionRepository;
import io.intervu.interview.repository.TurnRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Builds the published payloads from persisted state, so a replayed transition publishes the same facts. */
@ApplicationScoped
public class EventComposer {

    private final ObjectMapper json;
    private final PreparedQuestionRepository questions;
    private final TurnRepository turns;

    public EventComposer(ObjectMapper json, PreparedQuestionRepository questions, TurnRepository turns) {
        this.json = json;
        this.questions = questions;
        this.turns = turns;
    }

    public InterviewStarted started(Interview i) {
        return new InterviewStarted(i.id.toString(), i.userId, i.role, i.seniority, i.company, focusTopics(i), i.questionCount,
                i.maxFollowUps, i.planSource, plan(i), time(i.startedAt));
    }

    public AnswerRecorded answerRecorded(Interview i, Turn turn, PreparedQuestion question) {
        AnswerRecorded.Answer answer = new AnswerRecorded.Answer(turn.answerText, turn.answerSource, turn.transcriptionId,
                turn.answerProvider, turn.durationSeconds, turn.speechDetected);
        return new AnswerRecorded(i.id.toString(), i.userId, turn.answerId.toString(), turn.id.toString(), turn.kind,
                turn.followUpIndex, turn.prompt, followUp(turn), PlanQuestionPayload.forEvaluation(question, json), i.role, focusTopics(i), answer,
                node(turn.delivery), i.confidenceOptIn ? node(turn.confidence) : null, time(turn.answeredAt));
    }

    private static AnswerRecorded.FollowUp followUp(Turn turn) {
        return Turn.FOLLOW_UP.equals(turn.kind) ? new AnswerRecorded.FollowUp(turn.probedKeyPoint, turn.proposedBy, turn.followUpReason) : null;
    }

    public InterviewCompleted completed(Interview i) {
        List<InterviewCompleted.TranscriptEntry> transcript = new ArrayList<>();
        List<Turn> all = turns.ofInterview(i.id);
        for (Turn t : all) {
            String questionId = t.questionId == null ? null : t.questionId.toString();
            transcript.add(new InterviewCompleted.TranscriptEntry(t.id.toString(), t.kind, questionId, "interviewer", t.prompt, time(t.askedAt)));
            if (t.answered()) {
                transcript.add(new InterviewCompleted.TranscriptEntry(t.id.toString(), t.kind, questionId, "candidate", t.answerText, time(t.answeredAt)));
            }
        }
        // a request to repeat or clarify stays in the transcript but was never published as an answer
        int answers = (int) all.stream().filter(Turn::countsAsAnswer).count();
        int followUps = Turn.followUpCount(all);
        OffsetDateTime start = i.startedAt != null ? i.startedAt : i.createdAt;
        double duration = i.completedAt == null ? 0 : Duration.between(start, i.completedAt).toMillis() / 1000.0;
        return new InterviewCompleted(i.id.toString(), i.userId, i.candidateName, i.role, i.company, i.seniority, focusTopics(i),
                i.status.name(), time(start), time(i.completedAt), duration, i.questionCount, answers, followUps, i.confidenceOptIn,
                i.planSource, new InterviewCompleted.Providers(i.llmProvider == null ? "offline" : i.llmProvider,
                i.speechProvider == null ? "client" : i.speechProvider),
                plan(i), transcript);
    }

    public List<PlanQuestionPayload> plan(Interview i) {
        return questions.ofInterview(i.id).stream().map(q -> PlanQuestionPayload.of(q, json)).toList();
    }

    public List<String> focusTopics(Interview i) {
        if (i.focusTopics == null) {
            return List.of();
        }
        try {
            return json.readValue(i.focusTopics, new TypeReference<List<String>>() {
            });
        } catch (Exception e) {
            return List.of();
        }
    }

    private JsonNode node(String stored) {
        if (stored == null) {
            return null;
        }
        try {
            return json.readTree(stored);
        } catch (Exception e) {
            return null;
        }
    }

    static String time(OffsetDateTime t) {
        return t == null ? null : t.withOffsetSameInstant(ZoneOffset.UTC).toInstant().toString();
    }
}
