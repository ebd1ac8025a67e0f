package io.intervu.evaluation.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.intervu.evaluation.event.AnswerRecorded;
import io.intervu.evaluation.AnswerInput;
import io.intervu.evaluation.RubricResult;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/**
 * Evaluates one recorded answer. The evaluation (possibly a slow provider call) runs outside any
 * transaction; only storing it is transactional, and that is where duplicates are refused.
 */
@ApplicationScoped
public class EvaluationService {

    private final AnswerEvaluator evaluator;
    private final EvaluationRecorder recorder;

    public EvaluationService(AnswerEvaluator evaluator, EvaluationRecorder recorder) {
        this.evaluator = evaluator;
        this.recorder = recorder;
    }

    /** Returns false when the event was a duplicate, a turn that is not scored or about a user erased here. */
    public boolean onAnswerRecorded(String eventId, AnswerRecorded answer, JsonNode data) {
        if (recorder.alreadyProcessed(eventId) || recorder.skipIfErased(eventId, answer.userId())) {
            return false;
        }
        if ("greeting".equalsIgnoreCase(answer.turnKind())) {
            recorder.skip(eventId);
            return false;
        }
        RubricResult result = evaluator.evaluate(toInput(answer));
        return recorder.record(eventId, answer, data, result);
    }

    /**
     * A follow-up asks about one key point of its question, so its answer is judged on that point;
     * a prepared question (or a follow-up whose probe is unknown) on all of the question's points.
     */
    static List<String> keyPointsOfTurn(AnswerRecorded a) {
        List<String> all = a.question() == null || a.question().keyPoints() == null ? List.of() : a.question().keyPoints();
        String probes = a.followUp() == null ? null : a.followUp().probes();
        return "follow-up".equalsIgnoreCase(a.turnKind()) && probes != null && all.contains(probes) ? List.of(probes) : all;
    }

    static AnswerInput toInput(AnswerRecorded a) {
        AnswerRecorded.PlanQuestion q = a.question();
        return new AnswerInput(q == null ? null : q.type(), q == null ? null : q.topic(), q == null ? null : q.difficulty(),
                q == null || q.text() == null ? a.prompt() : q.text(), a.prompt(), a.turnKind(),
                keyPointsOfTurn(a), a.role(), a.focusTopics(),
                a.answer() == null ? null : a.answer().text(), a.speechDetected(), a.fillerRate(),
                q == null ? null : q.neighbours(), q == null ? null : q.misconceptions());
    }
}
