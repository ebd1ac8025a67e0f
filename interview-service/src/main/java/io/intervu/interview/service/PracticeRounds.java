package io.intervu.interview.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.intervu.interview.Interview;
import io.intervu.interview.InterviewStatus;
import io.intervu.interview.PreparedQuestion;
import io.intervu.interview.RequestRefusedException;
import io.intervu.interview.RequestRefusedException.Reason;
import io.intervu.interview.analysis.Analysis;
import io.intervu.interview.loop.LoopTransitions;
import io.intervu.interview.plan.Plan;
import io.intervu.interview.plan.PlannedQuestion;
import io.intervu.interview.repository.ErasureRecordRepository;
import io.intervu.interview.repository.InterviewRepository;
import io.intervu.interview.repository.PreparedQuestionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * "Practise again": a one-question round on a question of the caller's finished interview. The round is
 * an interview of its own (same resume, job description and analysis; the same prepared question with
 * its key points, probes and misconceptions; follow-ups allowed), so it is asked, evaluated and reported
 * like any other; it remembers which interview and question it repeats, so the earlier attempt's
 * evaluation can be set beside the new one. It counts against the daily interview quota.
 */
@ApplicationScoped
public class PracticeRounds {

    private final InterviewRepository interviews;
    private final PreparedQuestionRepository questions;
    private final ErasureRecordRepository erasures;
    private final StartChecks checks;
    private final LoopTransitions transitions;
    private final ObjectMapper json;

    public PracticeRounds(InterviewRepository interviews, PreparedQuestionRepository questions, ErasureRecordRepository erasures,
                          StartChecks checks, LoopTransitions transitions, ObjectMapper json) {
        this.interviews = interviews;
        this.questions = questions;
        this.erasures = erasures;
        this.checks = checks;
        this.transitions = transitions;
        this.json = json;
    }

    /** The new round, READY to greet; or the round this Idempotency-Key already started. */
    @Transactional
    public Interview start(String userId, UUID sourceId, UUID questionId, String idempotencyKey) {
        erasures.lockUser(userId);
        Interview earlier = checks.earlierStart(userId, idempotencyKey);
        if (earlier != null) {
            return earlier;
        }
        Interview source = interviews.owned(sourceId, userId);
        PreparedQuestion question = questions.findById(questionId);
        if (question == null || !question.interviewId.equals(source.id)) {
            throw new RequestRefusedException(Reason.NOT_FOUND, "question-not-found", "Question not found", "That interview has no such question.");
        }
        if (source.status != InterviewStatus.COMPLETED) {
            throw new RequestRefusedException(Reason.CONFLICT, "interview-not-finished", "Interview not finished",
                    "A question can be practised again once its interview is finished.");
        }
        checks.refuseOverQuota(userId);
        Interview round = copy(source, userId, idempotencyKey);
        round.practiceOfQuestion = question.id;
        interviews.persist(round);
        interviews.flush();
        Analysis analysis = read(source.analysis, new TypeReference<Analysis>() { }).withFocusTopics(List.of(question.topic));
        PlannedQuestion again = new PlannedQuestion(question.type, question.topic, question.difficulty, question.text,
                strings(question.keyPoints), question.rationale, question.sourceDocumentId, question.sourceDocumentTitle,
                question.sourceQuestionRef, strings(question.probes), strings(question.neighbours), strings(question.misconceptions));
        transitions.ready(round.id, analysis, new Plan(List.of(again), source.planSource, source.llmProvider, List.of()));
        return round;
    }

    private static Interview copy(Interview source, String userId, String idempotencyKey) {
        OffsetDateTime now = OffsetDateTime.now();
        Interview i = new Interview();
        i.id = UUID.randomUUID();
        i.userId = userId;
        i.status = InterviewStatus.PREPARING;
        i.startKey = idempotencyKey;
        i.candidateName = source.candidateName;
        i.interviewerName = source.interviewerName;
        i.company = source.company;
        i.resumeText = source.resumeText;
        i.jobDescription = source.jobDescription;
        i.questionCount = 1;
        i.maxFollowUps = source.maxFollowUps;
        i.confidenceOptIn = source.confidenceOptIn;
        i.practiceOfInterview = source.id;
        i.createdAt = now;
        i.updatedAt = now;
        i.lastActivityAt = now;
        return i;
    }

    private List<String> strings(String jsonArray) {
        return jsonArray == null ? List.of() : read(jsonArray, new TypeReference<List<String>>() { });
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored interview unreadable", e);
        }
    }
}
