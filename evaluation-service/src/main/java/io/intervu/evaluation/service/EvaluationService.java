package io.intervu.evaluation.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.intervu.evaluation.event.AnswerRecorded;
import io.intervu.evaluation.service.rubric.AnswerInput;
import io.intervu.evaluation.service.rubric.RubricResult;
import jakarta.enterprise.context.ApplicationScoped;

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

    /** Returns false when the event was a duplicate or a turn that is not scored. */
    public boolean onAnswerRecorded(String eventId, AnswerRecorded answer, JsonNode data) {
        if (recorder.alreadyProcessed(eventId)) {
            return false;
        }
        if ("greeting".equalsIgnoreCase(answer.turnKind())) {
            recorder.skip(eventId);
            return false;
        }
        RubricResult result = evaluator.evaluate(toInput(answer));
        return recorder.record(eventId, answer, data, result);
    }

    static AnswerInput toInput(AnswerRecorded a) {
        AnswerRecorded.PlanQuestion q = a.question();
        return new AnswerInput(q == null ? null : q.type(), q == null ? null : q.topic(), q == null ? null : q.difficulty(),
                q == null || q.text() == null ? a.prompt() : q.text(), a.prompt(), a.turnKind(),
                q == null ? null : q.keyPoints(), a.role(), a.focusTopics(),
                a.answer() == null ? null : a.answer().text(), a.speechDetected(), a.fillerRate());
    }
}
