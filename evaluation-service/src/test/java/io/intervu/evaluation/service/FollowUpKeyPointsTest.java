package io.intervu.evaluation.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.intervu.evaluation.event.AnswerRecorded;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A follow-up's answer is judged on the key point the follow-up probed, read tolerantly from the event. */
class FollowUpKeyPointsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String QUESTION = "\"question\":{\"questionId\":\"q1\",\"type\":\"technical\",\"topic\":\"kafka\","
            + "\"text\":\"How do you keep per-account ordering?\",\"keyPoints\":[\"partition by account id\",\"idempotent consumers\"],"
            + "\"unknownField\":1}";

    private static AnswerRecorded event(String turnKind, String followUp) throws Exception {
        return JSON.readValue("{\"turnKind\":\"" + turnKind + "\",\"prompt\":\"And what about idempotent consumers?\","
                + (followUp == null ? "" : "\"followUp\":" + followUp + ",") + QUESTION
                + ",\"answer\":{\"text\":\"We stored processed ids.\"},\"somethingNew\":true}", AnswerRecorded.class);
    }

    @Test
    void aFollowUpIsJudgedOnTheKeyPointItProbed() throws Exception {
        AnswerRecorded a = event("follow-up", "{\"probes\":\"idempotent consumers\",\"proposedBy\":\"rules\",\"reason\":\"short\"}");
        assertEquals(List.of("idempotent consumers"), EvaluationService.toInput(a).keyPoints());
    }

    @Test
    void aPreparedQuestionOrAnUnknownProbeKeepsAllKeyPoints() throws Exception {
        List<String> all = List.of("partition by account id", "idempotent consumers");
        assertEquals(all, EvaluationService.toInput(event("question", null)).keyPoints());
        assertEquals(all, EvaluationService.toInput(event("follow-up", null)).keyPoints(), "older producers send no followUp");
        assertEquals(all, EvaluationService.toInput(event("follow-up", "{\"probes\":\"something else\"}")).keyPoints(),
                "a probe that is not one of the question's points is ignored");
        assertEquals(all, EvaluationService.toInput(event("follow-up", "null")).keyPoints());
    }
}
